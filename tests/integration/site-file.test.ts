/**
 * Make it yours (issue #14): a ladder's own site file (`_site.yml`) names the site, sets its
 * language, heading, introduction, logo and organisation; a bad one stops the build naming the
 * file, the line and the field; and a production build without SITE_URL says so, once.
 */
import { cpSync, existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSiteAsync, type Build } from '../support/build.ts';

const FIXTURES = 'tests/fixtures/site-file';
/** The French ladder with the sample's record of published URLs still beside it (git-ignored). */
const STALE_RECORD = 'tests/.builds/site-file-stale-record-content';
/** The start of the one line a build without SITE_URL prints. */
const WARNING = 'SITE_URL is not set';

/** How many times `needle` occurs in `text`. */
const count = (text: string, needle: string) => text.split(needle).length - 1;

let ladder: Build;
let badLang: Build;
let missingLogo: Build;
let staleRecord: Build;
beforeAll(async () => {
  rmSync(STALE_RECORD, { recursive: true, force: true });
  cpSync(`${FIXTURES}/ladder`, STALE_RECORD, { recursive: true });
  cpSync('content/published-urls.txt', `${STALE_RECORD}/published-urls.txt`);
  // The two broken site files stop before Astro writes anything; two whole builds of Markdown
  // ladders can share the project's .astro/ folder.
  [ladder, staleRecord, badLang, missingLogo] = await Promise.all([
    buildSiteAsync(`${FIXTURES}/ladder`, 'site-file'),
    buildSiteAsync(STALE_RECORD, 'site-file-stale-record'),
    buildSiteAsync(`${FIXTURES}/bad-lang`, 'site-file-bad-lang', { SITE_URL: 'https://ladder.example.com' }),
    buildSiteAsync(`${FIXTURES}/missing-logo`, 'site-file-missing-logo', { SITE_URL: 'https://ladder.example.com' }),
  ]);
}, 300_000);
describe('a ladder with its own site file', () => {
  const page = (file: string) => readFileSync(path.join(ladder.outDir, file), 'utf8');

  test('builds', () => {
    expect(ladder.status, ladder.output).toBe(0);
  });

  test('the home page shows its name, language, heading and introduction rendered from Markdown', () => {
    const home = page('index.html');
    expect(home).toMatch(/<html lang="fr"/);
    expect(home).toContain('<title>Échelle de carrière · Acme</title>');
    expect(home).toMatch(/<a class="brand[^"]*"[^>]*>[\s\S]*?Échelle de carrière\s*<\/a>/);
    expect(home).toMatch(/<h1[^>]*>Notre échelle de carrière<\/h1>/);
    expect(home).toContain('<p>Ce que chaque niveau <strong>attend</strong>, et où il mène. Commencez par <a href="exploitation/">l\'exploitation</a>.</p>');
    // Sanitised like a level's text.
    expect(home).toContain('<p>Un deuxième paragraphe, sans script.</p>');
    expect(home).not.toContain('alert(1)');
    // The first paragraph is the page's description, for search engines and link previews.
    expect(home).toContain('<meta name="description" content="Ce que chaque niveau attend, et où il mène. Commencez par l\'exploitation.">');
    expect(home).toContain('<meta property="og:site_name" content="Échelle de carrière · Acme">');
  });

  test('every page has its language, the organisation in its title and footer, and the logo in the header', () => {
    const level = page('exploitation/confirme/index.html');
    expect(level).toMatch(/<html lang="fr"/);
    expect(level).toContain('<title>Ingénieur confirmé · Exploitation · Échelle de carrière · Acme</title>');
    expect(/<footer[\s\S]*<\/footer>/.exec(level)?.[0]).toMatch(/>Acme<\/p>/);
    // The logo from public/, with its size so the header does not move while it loads.
    expect(level).toMatch(/<img class="logo-image[^"]*" src="\/favicon\.svg" alt="" width="32" height="32"/);
    expect(level).not.toContain('<span class="logo');
    const alias = page('exploitation/senior/index.html');
    expect(alias).toMatch(/<html lang="fr"/);
    expect(alias).toContain('<title>Ingénieur confirmé · Exploitation has moved · Échelle de carrière · Acme</title>');
  });

  test('search indexes the pages in their language', () => {
    expect(existsSync(path.join(ladder.outDir, 'pagefind'))).toBe(true);
    const entry = JSON.parse(readFileSync(path.join(ladder.outDir, 'pagefind/pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
    expect(Object.keys(entry.languages)).toEqual(['fr']);
  });

  test('without SITE_URL the build warns once, and pages show no localhost address: no canonical URL, none printed', () => {
    expect(count(ladder.output, WARNING), ladder.output).toBe(1);
    const line = ladder.output.split('\n').find((text) => text.includes(WARNING))!;
    for (const word of ['canonical URLs', 'link previews', 'the sitemap', 'copied links', 'printed pages', 'SITE_URL=https://']) expect(line).toContain(word);
    const printed = /<p class="print-only print-meta[^"]*">([\s\S]*?)<\/p>/.exec(page('exploitation/confirme/index.html'))?.[1];
    expect(printed).toMatch(/^Built on <time/);
    expect(printed).not.toContain('localhost');
    expect(page('exploitation/confirme/index.html')).not.toContain('rel="canonical"');
  });

  test('a site file with a wrong value stops the build, naming the file, the line and the field', () => {
    expect(badLang.status).not.toBe(0);
    expect(badLang.output).toContain(`${FIXTURES}/bad-lang/_site.yml:3\n  lang: must be a BCP 47 language tag, e.g. en, en-GB, fr or pt-BR.`);
    expect(existsSync(path.join(badLang.outDir, 'index.html'))).toBe(false);
    // With SITE_URL set there is nothing to warn about.
    expect(count(badLang.output, WARNING)).toBe(0);
  });

  test('a logo that is not in public/ stops the build, naming the field and the file looked for', () => {
    expect(missingLogo.status).not.toBe(0);
    expect(missingLogo.output).toContain(
      `${FIXTURES}/missing-logo/_site.yml:3\n  logo: "images/acme.svg" is not a file in public/ (looked for public/images/acme.svg).`,
    );
    expect(existsSync(path.join(missingLogo.outDir, 'index.html'))).toBe(false);
  });
});

describe("a new ladder with the sample's published-urls.txt still in place", () => {
  test('fails saying it looks like a new ladder and how to start a fresh record', () => {
    expect(staleRecord.status).not.toBe(0);
    expect(staleRecord.output).toContain(`This looks like a new ladder: ${STALE_RECORD}/published-urls.txt records another ladder's addresses`);
    expect(staleRecord.output).toContain(`start a fresh record: delete ${STALE_RECORD}/published-urls.txt; once your site is live, run \`npm run urls:publish\``);
    expect(existsSync(path.join(staleRecord.outDir, 'index.html'))).toBe(false);
  });
});
