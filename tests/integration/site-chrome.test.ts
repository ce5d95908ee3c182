import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';

describe('the header and footer of a site with many tracks', () => {
  let build: ReturnType<typeof buildSite>;
  beforeAll(() => {
    build = buildSite('tests/fixtures/many-tracks', 'many-tracks', { SOURCE_URL: 'https://git.example.com/org/ladder' });
  }, 120_000);
  const page = (file: string) => readFileSync(path.join(build.outDir, file), 'utf8');
  /** The header's track navigation, as HTML. */
  const trackNav = (html: string) => /<nav[^>]*aria-label="Tracks"[^>]*>([\s\S]*?)<\/nav>/.exec(html)?.[1] ?? '';

  test('the site builds', () => {
    expect(build.status, build.output).toBe(0);
  });

  test('links the list of tracks instead of naming all six in every header', () => {
    const nav = trackNav(page('data/engineer/index.html'));
    expect(nav).toMatch(/<a[^>]*href="\/#tracks"[^>]*>All tracks<\/a>/);
    expect(nav).not.toContain('Security');
    expect(page('index.html')).toMatch(/id="tracks"/);
  });

  test('links the source given in SOURCE_URL from the footer, with the build date', () => {
    const footer = /<footer[\s\S]*<\/footer>/.exec(page('index.html'))?.[0] ?? '';
    expect(footer).toMatch(/<a[^>]*href="https:\/\/git\.example\.com\/org\/ladder"[^>]*>Source of this ladder<\/a>/);
    expect(footer).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}"[^>]*>/);
  });

  test('gives each track its own accent colour: the one it names, else by its position', () => {
    expect(page('backend/engineer/index.html')).toMatch(/<body class="accent-1"/);
    expect(page('security/engineer/index.html')).toMatch(/<body class="accent-3"/);
    expect(page('support/engineer/index.html')).toMatch(/<body class="accent-6"/);
  });
});

describe('the header of a site with a few tracks', () => {
  test('names every track, and the footer has no source link when SOURCE_URL is not set', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/mdx-ladder', 'few-tracks');
    expect(status, output).toBe(0);
    const home = readFileSync(path.join(outDir, 'index.html'), 'utf8');
    expect(home).toMatch(/<nav[^>]*aria-label="Tracks"[\s\S]*>Platform<\/a>[\s\S]*<\/nav>/);
    expect(/<nav[^>]*aria-label="Tracks"[^>]*>([\s\S]*?)<\/nav>/.exec(home)?.[1]).not.toContain('All tracks');
    expect(home).not.toContain('Source of this ladder');
  });
});
