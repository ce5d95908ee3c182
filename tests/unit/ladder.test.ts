import { describe, expect, test } from 'vitest';
import { levelPosition, nextLevels, previousLevels, publishedLevels, splitNext, trackOf } from '../../src/lib/ladder.ts';
import { ladderOf, WEB_OPERATIONS_LADDER } from '../support/fixtures.ts';

const ladder = await ladderOf(WEB_OPERATIONS_LADDER);
const level = (id: string) => ladder.levels.get(id)!;

describe('the Web Operations ladder', () => {
  test('orders Web Operations first, its levels by rank', () => {
    expect(ladder.tracks.map((track) => track.id)).toEqual(['web-operations', 'management']);
    expect(ladder.tracks[0]!.levels.map((entry) => entry.title)).toEqual([
      'Trainee/Intern',
      'Junior Engineer',
      'Senior Engineer',
      'Principal Engineer',
      'Lead Engineer',
    ]);
  });

  test('advances each level to the one the seed names', () => {
    expect(nextLevels(ladder, level('web-operations/trainee')).map((next) => next.title)).toEqual(['Junior Engineer']);
    expect(nextLevels(ladder, level('web-operations/lead'))).toEqual([]);
  });

  test('branches Principal to Lead Engineer and to the manager level that is to be defined', () => {
    const { up, branches } = splitNext(ladder, level('web-operations/principal'));
    expect(up?.title).toBe('Lead Engineer');
    expect(branches.map((branch) => [branch.title, branch.tbd])).toEqual([['Manager Web Operations', true]]);
  });

  test('gives no previous level for the entry level and the one below for others', () => {
    expect(previousLevels(ladder, level('web-operations/trainee'))).toEqual([]);
    expect(previousLevels(ladder, level('web-operations/senior')).map((below) => below.title)).toEqual(['Junior Engineer']);
    expect(previousLevels(ladder, level('management/manager-web-operations')).map((below) => below.id)).toEqual([
      'web-operations/principal',
    ]);
  });

  test('places a level as N of M in its track', () => {
    const senior = level('web-operations/senior');
    expect(levelPosition(trackOf(ladder, senior), senior)).toEqual({ index: 3, count: 5 });
  });

  test('publishes a page for every level except the one still to be defined', () => {
    expect(publishedLevels(ladder).map((entry) => entry.id)).not.toContain('management/manager-web-operations');
    expect(publishedLevels(ladder)).toHaveLength(5);
  });

  test('uses the first sentence of the text when no summary is written', () => {
    expect(level('web-operations/trainee').summary).toBe('You are learning the basic principles of web operations.');
  });
});

describe('a written summary', () => {
  test('wins over the first sentence', async () => {
    const mdx = await ladderOf('tests/fixtures/mdx-ladder');
    expect(mdx.levels.get('platform/engineer')!.summary).toBe('Runs the platform with help.');
    expect(mdx.levels.get('platform/staff')!.summary).toBe("You shape the platform's direction across teams.");
  });
});
