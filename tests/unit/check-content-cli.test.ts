import { describe, expect, test } from 'vitest';
import { githubAnnotations, problemLines } from '../../src/lib/content/problems.ts';
import { checkContentFolder } from '../../src/node/check-content-folder.ts';
import { repoRoot, WEB_OPERATIONS_LADDER } from '../support/fixtures.ts';

const check = (folder: string) => checkContentFolder(repoRoot, folder, '/');

describe('the content check without a build (npm run check:content)', () => {
  test('finds nothing wrong with the Web Operations ladder or the structured ladder', async () => {
    expect(await check(WEB_OPERATIONS_LADDER)).toEqual([]);
    expect(await check('tests/fixtures/structured-ladder')).toEqual([]);
  });

  test('reports every problem of the reader and the rules at once, with line numbers', async () => {
    const problems = await check('tests/fixtures/broken/unknown-next');
    expect(problems).toEqual([expect.objectContaining({ file: 'tests/fixtures/broken/unknown-next/ops/junior.md', line: 4, field: 'next' })]);
  });

  test('renders Markdown levels as the build does: ids written twice and links to missing ids', async () => {
    expect(await check('tests/fixtures/trust/duplicate-explicit-id')).toEqual([
      expect.objectContaining({ field: '(id)', message: '{#reviews} is written on 2 blocks, so a link to one would open another.' }),
    ]);
    expect(await check('tests/fixtures/trust/link-to-missing-fragment')).toEqual([
      expect.objectContaining({ field: '(link)', message: expect.stringContaining('has no expectation with the id "no-such-id"') }),
    ]);
  });

  test('checks the published-URL record as far as it needs no build', async () => {
    const problems = await check('tests/fixtures/published-urls-broken');
    expect(problems.map((problem) => problem.field)).toEqual(['/ops/lead/', '/ops/senior/#you-mentor-others']);
    expect(problems[0]!.file).toBe('tests/fixtures/published-urls-broken/published-urls.txt');
  });
});

describe('printing problems', () => {
  const problems = [
    { file: 'content/ops/junior.md', line: 4, field: 'next', message: '"senoir" names no level.', fix: 'Did you mean "senior"?' },
    { file: 'content/ops/_track.yml', field: '(file)', message: 'is missing: 100% sure,\nreally.', fix: 'Create it.' },
  ];

  test('as path:line: field: message, then the fix', () => {
    expect(problemLines(problems)).toBe(
      'content/ops/junior.md:4: next: "senoir" names no level.\n  How to fix: Did you mean "senior"?\n' +
        'content/ops/_track.yml: (file): is missing: 100% sure,\nreally.\n  How to fix: Create it.',
    );
  });

  test('as GitHub Actions annotations on the file and line, escaped', () => {
    expect(githubAnnotations(problems).split('\n')).toEqual([
      '::error file=content/ops/junior.md,line=4,title=next::next: "senoir" names no level. How to fix: Did you mean "senior"?',
      '::error file=content/ops/_track.yml,title=(file)::(file): is missing: 100%25 sure,%0Areally. How to fix: Create it.',
    ]);
  });
});
