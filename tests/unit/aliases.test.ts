import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';

const file = (relativePath: string, text: string) => ({ path: `content/${relativePath}`, relativePath, text });
const track = file('ops/_track.yml', 'title: Ops\ndescription: Ops.\n');
const level = (name: string, rank: number, extra = '') => file(`ops/${name}.md`, `---\ntitle: ${name}\nrank: ${rank}\n${extra}---\n\nText of ${name}.\n`);

describe('aliases: the old addresses of a level', () => {
  test('a file name means an old name in the same track, track/file-name another track', () => {
    const result = checkContent([track, level('senior', 2, 'aliases: [mid-level, legacy/senior]\n')]);
    expect(result.problems).toEqual([]);
    expect(result.levels[0]!.aliases).toEqual(['ops/mid-level', 'legacy/senior']);
  });

  test('an alias that is the address of another level is refused, naming that level', () => {
    const result = checkContent([track, level('junior', 1), level('senior', 2, 'aliases: junior\n')]);
    expect(result.problems).toEqual([
      {
        file: 'content/ops/senior.md',
        line: 4,
        field: 'aliases',
        message: '"ops/junior" is the address of the level content/ops/junior.md, so it cannot also send readers here.',
        fix: expect.stringContaining('Remove the alias, or rename or move that level first'),
      },
    ]);
  });

  test('an alias of a level to be defined is refused too: that level will get its page', () => {
    const lead = file('ops/lead.md', '---\ntitle: Lead\nrank: 3\ntbd: true\n---\n');
    const result = checkContent([track, lead, level('senior', 2, 'aliases: lead\n')]);
    expect(result.problems).toEqual([expect.objectContaining({ field: 'aliases', message: expect.stringContaining('"ops/lead" is the address of the level') })]);
  });

  test('a level to be defined cannot have aliases: there is no page to send readers to', () => {
    const lead = file('ops/lead.md', '---\ntitle: Lead\nrank: 3\ntbd: true\naliases: old-lead\n---\n');
    expect(checkContent([track, lead]).problems).toEqual([
      expect.objectContaining({ file: 'content/ops/lead.md', field: 'aliases', message: expect.stringContaining('still to be defined') }),
    ]);
  });

  test('two levels cannot share an old address', () => {
    const result = checkContent([track, level('junior', 1, 'aliases: old\n'), level('senior', 2, 'aliases: old\n')]);
    expect(result.problems).toEqual([
      {
        file: 'content/ops/senior.md',
        line: 4,
        field: 'aliases',
        message: '"ops/old" is also an alias of content/ops/junior.md; an old address can lead to one level only.',
        fix: 'Keep the alias on the level that took over that old page, and remove it from the other.',
      },
    ]);
  });

  test("a level's own address, a repeated alias and the track's own pages are refused", () => {
    const result = checkContent([track, level('senior', 2, 'aliases: [senior, old, old, all, compare]\n')]);
    expect(result.problems.map((problem) => [problem.field, problem.message])).toEqual([
      ['aliases', '"ops/senior" is this level\'s own address.'],
      ['aliases', '"ops/old" is listed twice.'],
      ['aliases', '"ops/all" is the address of one of the track\'s own pages.'],
      ['aliases', '"ops/compare" is the address of one of the track\'s own pages.'],
    ]);
  });

  test('an alias that is not written like an address says how to write one', () => {
    const result = checkContent([track, level('senior', 2, 'aliases: "Old Senior"\n')]);
    expect(result.problems).toEqual([
      {
        file: 'content/ops/senior.md',
        line: 4,
        field: 'aliases',
        message: 'must be an old address in lower case, e.g. `mid-level` or `ops/senior`.',
        fix: expect.stringContaining('aliases: [mid-level, ops/senior]'),
      },
    ]);
  });

  test('a level file named like a page of the track is refused', () => {
    const result = checkContent([track, level('all', 1)]);
    expect(result.problems).toEqual([expect.objectContaining({ file: 'content/ops/all.md', field: '(file name)' })]);
  });
});
