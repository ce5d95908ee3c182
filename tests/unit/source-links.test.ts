/** "Edit this level" and "Suggest a change" on GitHub and GitLab (issue #15). */
import { describe, expect, test } from 'vitest';
import { editUrl, sourceHost, suggestUrl } from '../../src/lib/source-links.ts';
import { readSiteConfig } from '../../src/lib/site-config.ts';

const level = { levelTitle: 'Senior & Principal', pageUrl: 'https://ladder.example.com/ops/senior/' };

describe('sourceHost', () => {
  test('GitLab for gitlab hosts, GitHub otherwise', () => {
    expect(sourceHost('https://gitlab.com/acme/ladder')).toBe('gitlab');
    expect(sourceHost('https://gitlab.acme.example/people/ladder')).toBe('gitlab');
    expect(sourceHost('https://github.com/acme/ladder')).toBe('github');
    expect(sourceHost('https://github.acme.example/acme/ladder')).toBe('github');
  });
});

describe('editUrl', () => {
  test("opens the file in the host's web editor", () => {
    expect(editUrl('https://github.com/acme/ladder', 'main', 'content/ops/senior.md')).toBe('https://github.com/acme/ladder/edit/main/content/ops/senior.md');
    expect(editUrl('https://gitlab.com/acme/ladder/', 'main', 'content/ops/senior.md')).toBe('https://gitlab.com/acme/ladder/-/edit/main/content/ops/senior.md');
  });

  test('encodes each part of the branch and path, keeping slashes; drops .git', () => {
    expect(editUrl('https://github.com/acme/ladder.git', 'release/2026 q1', 'content/ops/café #1.md')).toBe(
      'https://github.com/acme/ladder/edit/release/2026%20q1/content/ops/caf%C3%A9%20%231.md',
    );
  });
});

describe('suggestUrl', () => {
  test("GitHub: a new issue with the level's title and URL", () => {
    const url = new URL(suggestUrl('https://github.com/acme/ladder', level));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/acme/ladder/issues/new');
    expect(url.searchParams.get('title')).toBe('Suggestion for Senior & Principal');
    expect(url.searchParams.get('body')).toContain('https://ladder.example.com/ops/senior/');
    expect(url.search).toContain('title=Suggestion+for+Senior+%26+Principal');
  });

  test("GitLab: issue[title] and issue[description]", () => {
    const url = new URL(suggestUrl('https://gitlab.com/acme/ladder', level));
    expect(`${url.origin}${url.pathname}`).toBe('https://gitlab.com/acme/ladder/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe('Suggestion for Senior & Principal');
    expect(url.searchParams.get('issue[description]')).toContain('Level: Senior & Principal\nPage: https://ladder.example.com/ops/senior/');
  });
});

describe('suggestUrl for one expectation (from its copy-link menu)', () => {
  const expectation = {
    url: 'https://ladder.example.com/ladder/ops/senior/#you-mentor-others',
    text: '  You mentor others\n and actively seek accountability for the team’s results. ',
  };

  test("GitHub: the title names the expectation's opening words; the body has its permalink and quotes it", () => {
    const url = new URL(suggestUrl('https://github.com/acme/ladder', { ...level, expectation }));
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/acme/ladder/issues/new');
    expect(url.searchParams.get('title')).toBe('Suggestion for Senior & Principal: “You mentor others and actively seek…”');
    expect(url.searchParams.get('body')).toBe(
      'Level: Senior & Principal\nPage: https://ladder.example.com/ops/senior/\nExpectation: https://ladder.example.com/ladder/ops/senior/#you-mentor-others\n\n' +
        '> You mentor others and actively seek accountability for the team’s results.\n\nWhat should change, and why:\n',
    );
  });

  test('GitLab: the same text in issue[title] and issue[description]', () => {
    const url = new URL(suggestUrl('https://gitlab.example.com/acme/ladder.git', { ...level, expectation }));
    expect(`${url.origin}${url.pathname}`).toBe('https://gitlab.example.com/acme/ladder/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe('Suggestion for Senior & Principal: “You mentor others and actively seek…”');
    expect(url.searchParams.get('issue[description]')).toContain('Expectation: https://ladder.example.com/ladder/ops/senior/#you-mentor-others\n');
    // The fragment stays inside the parameter: encoded, not the issue page's own fragment.
    expect(url.hash).toBe('');
  });

  test('a short expectation is quoted whole and named without an ellipsis', () => {
    const url = new URL(suggestUrl('https://github.com/acme/ladder', { ...level, expectation: { url: expectation.url, text: 'Mentoring' } }));
    expect(url.searchParams.get('title')).toBe('Suggestion for Senior & Principal: “Mentoring”');
    expect(url.searchParams.get('body')).toContain('\n\n> Mentoring\n\n');
  });

  test('a long expectation is quoted up to 280 characters, cut at a word, so the address stays short', () => {
    const text = `${'word '.repeat(100)}end.`;
    const body = new URL(suggestUrl('https://github.com/acme/ladder', { ...level, expectation: { url: expectation.url, text } })).searchParams.get('body')!;
    const quote = /\n> (.*)\n/.exec(body)![1]!;
    expect(quote.length).toBeLessThanOrEqual(281);
    expect(quote).toMatch(/^(word )+word…$/);
    // A word ending exactly at the limit is kept whole.
    const exact = `${'a'.repeat(279)}b then more`;
    const body2 = new URL(suggestUrl('https://github.com/acme/ladder', { ...level, expectation: { url: expectation.url, text: exact } })).searchParams.get('body')!;
    expect(body2).toContain(`\n> ${'a'.repeat(279)}b…\n`);
  });
});

describe('SOURCE_BRANCH', () => {
  test('defaults to main, and comes with SOURCE_URL only', () => {
    const SOURCE_URL = 'https://github.com/acme/ladder';
    expect(readSiteConfig({ SOURCE_URL }).sourceBranch).toBe('main');
    expect(readSiteConfig({ SOURCE_URL, SOURCE_BRANCH: ' trunk ' }).sourceBranch).toBe('trunk');
    expect(readSiteConfig({ SOURCE_BRANCH: 'trunk' })).not.toHaveProperty('sourceBranch');
  });
});
