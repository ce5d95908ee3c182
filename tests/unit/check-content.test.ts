import { describe, expect, test } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/content/check.ts';
import { checkFolder, WEB_OPERATIONS_LADDER } from '../support/fixtures.ts';

/** The problems found in one of the deliberately broken fixture trees. */
const problemsIn = async (name: string) => (await checkFolder(`tests/fixtures/broken/${name}`)).problems;

describe('content that is fine', () => {
  test('the Web Operations ladder (a frozen copy of the seed) has no problems', async () => {
    expect((await checkFolder(WEB_OPERATIONS_LADDER)).problems).toEqual([]);
  });

  test('the MDX fixture ladder has no problems', async () => {
    expect((await checkFolder('tests/fixtures/mdx-ladder')).problems).toEqual([]);
  });
});

describe('each broken tree is reported with file, field, what is wrong and how to fix it', () => {
  test('a next that names no level suggests the closest id', async () => {
    expect(await problemsIn('unknown-next')).toEqual([
      {
        file: 'tests/fixtures/broken/unknown-next/ops/junior.md',
        line: 4,
        field: 'next',
        message: '"senoir" names no level.',
        fix: 'Did you mean "senior"? Use a level\'s file name (same track) or track/file-name (another track).',
      },
    ]);
  });

  test('a cycle in next names the levels that form it', async () => {
    const [problem, ...rest] = await problemsIn('cycle');
    expect(rest).toEqual([]);
    expect(problem).toMatchObject({ file: 'tests/fixtures/broken/cycle/ops/senior.md', field: 'next' });
    expect(problem!.message).toBe('makes a cycle: ops/junior → ops/senior → ops/junior. A ladder only goes up.');
  });

  test('two levels with the same rank name each other', async () => {
    expect(await problemsIn('duplicate-rank')).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/broken/duplicate-rank/ops/senior.md',
        field: 'rank',
        message: '1 is also the rank of tests/fixtures/broken/duplicate-rank/ops/junior.md in the track "ops".',
      }),
    ]);
  });

  test('a missing title says it is missing and shows an example', async () => {
    expect(await problemsIn('missing-title')).toEqual([
      {
        file: 'tests/fixtures/broken/missing-title/ops/junior.md',
        field: 'title',
        message: 'is missing.',
        fix: 'Give the level its name, e.g. `title: Senior Engineer`.',
      },
    ]);
  });

  test('an empty title says it is empty', async () => {
    expect(await problemsIn('empty-title')).toEqual([
      expect.objectContaining({ field: 'title', message: 'is empty.' }),
    ]);
  });

  test('malformed YAML gives the line and the parser reason', async () => {
    const [problem] = await problemsIn('bad-yaml');
    expect(problem).toMatchObject({ file: 'tests/fixtures/broken/bad-yaml/ops/junior.md', field: '(frontmatter)' });
    expect(problem!.message).toMatch(/^is not valid YAML \(line 2\): /);
    expect(problem!.fix).toContain('values containing a colon are in quotes');
  });

  test('an empty body that is not marked as to be defined', async () => {
    expect(await problemsIn('empty-body')).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/broken/empty-body/ops/junior.md',
        field: '(body)',
        fix: expect.stringContaining('`tbd: true`'),
      }),
    ]);
  });

  test('a misspelt field suggests the right name', async () => {
    expect(await problemsIn('unknown-field')).toEqual([
      expect.objectContaining({ field: 'nxt', fix: 'Did you mean `next`? Rename it.' }),
    ]);
  });

  test('a track folder without _track.yml', async () => {
    expect(await problemsIn('missing-track')).toEqual([
      expect.objectContaining({ file: 'tests/fixtures/broken/missing-track/ops/_track.yml', field: '(file)' }),
    ]);
  });
});

describe('rules on hand-written files', () => {
  const file = (relativePath: string, text: string) => ({ path: `content/${relativePath}`, relativePath, text });
  const track = file('ops/_track.yml', 'title: Ops\ndescription: Ops.\n');

  test('a level marked to be defined may have no body, but not a body', () => {
    const tbd = file('ops/lead.md', '---\ntitle: Lead\nrank: 1\ntbd: true\n---\n');
    expect(checkContent([track, tbd]).problems).toEqual([]);
    const written = file('ops/lead.md', '---\ntitle: Lead\nrank: 1\ntbd: true\n---\n\nYou lead.\n');
    expect(checkContent([track, written]).problems).toEqual([expect.objectContaining({ field: 'tbd' })]);
  });

  test('a level outside any track folder is reported with where to move it', () => {
    const stray = file('senior.md', '---\ntitle: Senior\nrank: 1\n---\n\nText.\n');
    expect(checkContent([stray]).problems).toEqual([expect.objectContaining({ field: '(file)' })]);
  });

  test('a level pointing at itself', () => {
    const self = file('ops/lead.md', '---\ntitle: Lead\nrank: 1\nnext: lead\n---\n\nText.\n');
    expect(checkContent([track, self]).problems).toEqual([
      expect.objectContaining({ field: 'next', message: '"lead" is this level itself.' }),
    ]);
  });

  test('a rank that is not a whole number', () => {
    const level = file('ops/lead.md', '---\ntitle: Lead\nrank: two\n---\n\nText.\n');
    expect(checkContent([track, level]).problems).toEqual([
      expect.objectContaining({ field: 'rank', message: 'must be a whole number, e.g. 3.' }),
    ]);
  });

  test('next may name a level of another track by track/file-name', () => {
    const other = file('mgmt/_track.yml', 'title: Mgmt\ndescription: Managers.\n');
    const manager = file('mgmt/manager.md', '---\ntitle: Manager\nrank: 1\n---\n\nYou manage.\n');
    const lead = file('ops/lead.md', '---\ntitle: Lead\nrank: 1\nnext: mgmt/manager\n---\n\nYou lead.\n');
    const result = checkContent([track, other, manager, lead]);
    expect(result.problems).toEqual([]);
    expect(result.levels.find((level) => level.id === 'ops/lead')!.next).toEqual(['mgmt/manager']);
  });

  test('formats every problem with its file, field and fix', () => {
    const text = formatProblems([{ file: 'content/a/b.md', field: 'rank', message: 'is missing.', fix: 'Add `rank: 2`.' }]);
    expect(text).toContain('1 problem;');
    expect(text).toContain('content/a/b.md\n  rank: is missing.\n  How to fix: Add `rank: 2`.');
  });
});

describe('one mistake is reported once', () => {
  test('a level that does not parse is not also reported as a missing next level', () => {
    const file = (relativePath: string, text: string) => ({ path: `content/${relativePath}`, relativePath, text });
    const problems = checkContent([
      file('ops/_track.yml', 'title: Ops\ndescription: Ops.\n'),
      file('ops/junior.md', '---\ntitle: Junior\nrank: 1\nnext: senior\n---\n\nYou learn.\n'),
      file('ops/senior.md', '---\ntitle: Senior\nrank: 2\nrank: 3\n---\n\nYou lead.\n'),
    ]).problems;
    expect(problems).toEqual([expect.objectContaining({ file: 'content/ops/senior.md', field: '(frontmatter)' })]);
  });
});
