import { describe, expect, test } from 'vitest';
import { checkContent, formatProblems, type ContentFile } from '../../src/lib/content/check.ts';
import { fileRole } from '../../src/lib/content/files.ts';
import { renderIntro } from '../../src/lib/markdown/site-intro.ts';
import { isLanguageTag, SITE_DEFAULTS, siteSchema } from '../../src/lib/schema.ts';
import { iconType, pageTitle, siteTitle } from '../../src/lib/site.ts';

/** A small valid ladder, plus the files given: what the content check reads. */
function folder(extra: Record<string, string>): ContentFile[] {
  const files: Record<string, string> = {
    'ops/_track.yml': 'title: Ops\ndescription: Runs things.\n',
    'ops/junior.md': '---\ntitle: Junior\nrank: 1\n---\n\nYou learn.\n',
    ...extra,
  };
  return Object.entries(files).map(([relativePath, text]) => ({ path: `content/${relativePath}`, relativePath, text }));
}

/** The problems of a ladder with this site file, its images looked for among `publicFiles`. */
function siteProblems(text: string, publicFiles: string[] = ['favicon.svg']) {
  return checkContent(folder({ '_site.yml': text }), { publicFiles: new Set(publicFiles) }).problems;
}

describe('the site file', () => {
  test('is a file the site reads at the top of the content folder; _site.yaml is refused with the name to use', () => {
    expect(fileRole('_site.yml')).toEqual({ kind: 'site-file', name: '_site.yml' });
    expect(fileRole('_site.yaml')).toMatchObject({ kind: 'misplaced', fix: 'Rename it to _site.yml.' });
    expect(fileRole('ops/_site.yml')).toMatchObject({ kind: 'misplaced' });
  });

  test('is optional: without it, or empty, the site keeps its defaults', () => {
    const without = checkContent(folder({}), { publicFiles: new Set() });
    expect(without.problems).toEqual([]);
    expect(without.source.site).toBeUndefined();
    const empty = checkContent(folder({ '_site.yml': '# nothing yet\n' }), { publicFiles: new Set() });
    expect(empty.problems).toEqual([]);
    expect(empty.source.site?.data).toEqual({ name: 'Career Ladder', lang: 'en', heading: 'Career ladder', intro: SITE_DEFAULTS.intro });
  });

  test('a complete file parses, with the language tag in its canonical form and paths inside public/', () => {
    const text = [
      'name: Échelle de carrière',
      'lang: fr-ca',
      'heading: Notre échelle',
      'intro: |',
      '  Ce que chaque niveau *attend*.',
      '',
      '  Deuxième paragraphe.',
      'logo: /images/logo.png',
      'favicon: favicon.ico',
      'organisation: Acme',
    ].join('\n');
    const check = checkContent(folder({ '_site.yml': text }), { publicFiles: new Set(['images/logo.png', 'favicon.ico']) });
    expect(check.problems).toEqual([]);
    expect(check.source.site).toMatchObject({
      file: 'content/_site.yml',
      data: {
        name: 'Échelle de carrière',
        lang: 'fr-CA',
        heading: 'Notre échelle',
        intro: 'Ce que chaque niveau *attend*.\n\nDeuxième paragraphe.',
        logo: 'images/logo.png',
        favicon: 'favicon.ico',
        organisation: 'Acme',
      },
      lines: { name: 1, lang: 2, heading: 3, intro: 4, logo: 8, favicon: 9, organisation: 10 },
    });
  });

  test('an unknown field is reported with its line and the closest field', () => {
    expect(siteProblems('name: Acme Ladder\norganization: Acme\n')).toEqual([
      {
        file: 'content/_site.yml',
        line: 2,
        field: 'organization',
        message: 'is not a field of the site file; its fields are name, lang, heading, intro, logo, favicon, organisation.',
        fix: 'Did you mean `organisation`? Rename it.',
      },
    ]);
  });

  test('a wrong type or value names the field, its line and how to fix it', () => {
    expect(siteProblems('name: Acme\nheading: 42\nlang: English\n')).toEqual(expect.arrayContaining([
      {
        file: 'content/_site.yml',
        line: 3,
        field: 'lang',
        message: 'must be a BCP 47 language tag, e.g. en, en-GB, fr or pt-BR.',
        fix: "Write the ladder's language as a BCP 47 tag, e.g. `lang: en`, `lang: en-GB`, `lang: fr` or `lang: pt-BR`.",
      },
      {
        file: 'content/_site.yml',
        line: 2,
        field: 'heading',
        message: 'expected string, received number.',
        fix: "Write the home page's heading, e.g. `heading: Our career ladder`, or leave it out.",
      },
    ]));
    expect(siteProblems('name: Acme\nheading: 42\nlang: English\n')).toHaveLength(2);
    expect(siteProblems('name: ""\n')).toEqual([expect.objectContaining({ line: 1, field: 'name', message: 'is empty.' })]);
  });

  test('images must be files of the right kind in public/, named relative to it', () => {
    expect(siteProblems('logo: https://cdn.example.com/logo.svg\n')).toEqual([
      expect.objectContaining({ line: 1, field: 'logo', message: 'must be the path of a file in public/, relative to that folder, e.g. `logo.svg`.' }),
    ]);
    expect(siteProblems('favicon: ../secret.png\n')).toEqual([expect.objectContaining({ line: 1, field: 'favicon' })]);
    expect(siteProblems('favicon: icon.gif\n')).toEqual([
      expect.objectContaining({ line: 1, field: 'favicon', message: 'must be a .svg, .png, .ico file.' }),
    ]);
  });

  test('a logo or favicon missing from public/ is an error naming the field and the file looked for', () => {
    expect(siteProblems('name: Acme\nlogo: logo.svg\nfavicon: public/icon.png\n', ['favicon.svg', 'icon.png'])).toEqual([
      {
        file: 'content/_site.yml',
        line: 2,
        field: 'logo',
        message: '"logo.svg" is not a file in public/ (looked for public/logo.svg).',
        fix: 'Put the file at public/logo.svg, or write the path of a file that is in public/, relative to that folder (`logo: logo.svg` for public/logo.svg); or leave `logo` out.',
      },
      {
        file: 'content/_site.yml',
        line: 3,
        field: 'favicon',
        message: '"public/icon.png" is not a file in public/ (looked for public/public/icon.png).',
        fix: 'Write the path inside public/, without "public/": `favicon: icon.png`.',
      },
    ]);
  });

  test('malformed YAML and a file that is not a list of fields are reported with their line', () => {
    const [yaml] = siteProblems('name: Acme\nheading: [unclosed\n');
    expect(yaml).toMatchObject({ file: 'content/_site.yml', field: '(file)' });
    expect(yaml!.line).toBeGreaterThanOrEqual(2);
    expect(siteProblems('- name\n- lang\n')).toEqual([expect.objectContaining({ line: 1, field: '(file)' })]);
  });

  test('its problems are printed like every other content problem: file:line, field, fix', () => {
    expect(formatProblems(siteProblems('lang: 42\n'))).toContain('content/_site.yml:1\n  lang: must be a language tag, e.g. en, en-GB or fr.\n  How to fix:');
  });
});

describe('the site file fields', () => {
  test('language tags: BCP 47 with a 2- or 3-letter language', () => {
    for (const tag of ['en', 'en-GB', 'fr', 'pt-BR', 'zh-Hant-TW', 'gsw']) expect(isLanguageTag(tag), tag).toBe(true);
    for (const tag of ['English', 'e', 'en_GB', 'fr-', '']) expect(isLanguageTag(tag), tag).toBe(false);
    expect(siteSchema.parse({ lang: 'EN-gb' }).lang).toBe('en-GB');
  });

  test('page titles end with the site name, then the organisation unless the name says it', () => {
    expect(pageTitle('Senior Engineer · Web Operations', { name: 'Career Ladder' })).toBe('Senior Engineer · Web Operations · Career Ladder');
    expect(pageTitle('Senior Engineer · Web Operations', { name: 'Career Ladder', organisation: 'Acme' })).toBe(
      'Senior Engineer · Web Operations · Career Ladder · Acme',
    );
    expect(siteTitle({ name: 'Acme Career Ladder', organisation: 'Acme' })).toBe('Acme Career Ladder');
    expect(pageTitle('Career Ladder', { name: 'Career Ladder', organisation: 'Acme' })).toBe('Career Ladder · Acme');
  });

  test('icon media types follow the extension', () => {
    expect([iconType('favicon.svg'), iconType('a/icon.PNG'), iconType('favicon.ico')]).toEqual(['image/svg+xml', 'image/png', 'image/x-icon']);
  });
});

describe('the introduction', () => {
  test('is Markdown, its first paragraph the home page description', async () => {
    const { html, description } = await renderIntro('What each level *expects*.\n\n- [Web Operations](web-operations/)\n');
    expect(html).toBe('<p>What each level <em>expects</em>.</p>\n<ul>\n<li><a href="web-operations/">Web Operations</a></li>\n</ul>');
    expect(description).toBe('What each level expects.');
  });

  test('is sanitised like a level, and its headings sit under the page heading', async () => {
    const { html } = await renderIntro(
      '# Our ladder\n\nHello <script>alert(1)</script><img src="https://evil.example/x.png" onerror="x()"> [x](javascript:alert(1))\n\n# Details\n\nMore.',
      'Our ladder',
    );
    expect(html).not.toMatch(/script|evil|onerror|javascript:|<h1| id=/);
    expect(html).toContain('<h2>Details</h2>');
    expect(html).not.toContain('Our ladder');
  });

  test("keeps authors' quotes as typed", async () => {
    expect((await renderIntro(`Don't "guess".`)).html).toBe(`<p>Don't "guess".</p>`);
  });
});
