import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/lib/content/check.ts';
import type { ContentFile } from '../../src/lib/content/read.ts';
import { planNewLevel, planNewTrack, setField, type ScaffoldPlan } from '../../src/lib/content/scaffold.ts';
import { readContentFolder } from '../../src/node/read-content-folder.ts';
import { repoRoot, WEB_OPERATIONS_LADDER } from '../support/fixtures.ts';

const files = await readContentFolder(repoRoot, WEB_OPERATIONS_LADDER);

/** The files after a plan's edits, as the content check would read them. */
function applied(plan: ScaffoldPlan): ContentFile[] {
  if ('refused' in plan) throw new Error(plan.refused);
  const edits = new Map(plan.edits.map((edit) => [edit.relativePath, edit.text]));
  const added = plan.edits.filter((edit) => !files.some((file) => file.relativePath === edit.relativePath));
  return [
    ...files.map((file) => ({ ...file, text: edits.get(file.relativePath) ?? file.text })),
    ...added.map((edit) => ({ path: `${WEB_OPERATIONS_LADDER}/${edit.relativePath}`, relativePath: edit.relativePath, text: edit.text })),
  ];
}

const levelsOf = (after: ContentFile[]) => new Map(checkContent(after).levels.map((level) => [level.id, level]));

describe('npm run new:level', () => {
  test('inserts a level after another: it takes over that level’s next, which points at it, and the ranks above move up', () => {
    const after = applied(planNewLevel(files, { track: 'web-operations', file: 'staff', title: 'Staff Engineer', after: 'senior' }));
    expect(checkContent(after).problems).toEqual([]);
    const levels = levelsOf(after);
    expect(levels.get('web-operations/staff')).toMatchObject({ title: 'Staff Engineer', rank: 4, next: ['web-operations/principal'], tbd: true });
    expect(levels.get('web-operations/senior')!.next).toEqual(['web-operations/staff']);
    expect([levels.get('web-operations/principal')!.rank, levels.get('web-operations/lead')!.rank]).toEqual([5, 6]);
    // A next written as a list over several lines is kept as it was.
    expect(levels.get('web-operations/principal')!.next).toEqual(['web-operations/lead', 'management/manager-web-operations']);
  });

  test('without --after, puts the level on top of the track', () => {
    const after = applied(planNewLevel(files, { track: 'web-operations', file: 'director', title: 'Director: Web "Ops"' }));
    const levels = levelsOf(after);
    expect(levels.get('web-operations/director')).toMatchObject({ title: 'Director: Web "Ops"', rank: 6, next: [] });
    expect(levels.get('web-operations/lead')!.next).toEqual(['web-operations/director']);
  });

  test('refuses clearly, writing nothing, on a clash, an unknown track or level, or a bad name', () => {
    const refusal = (plan: ScaffoldPlan) => ('refused' in plan ? plan.refused : 'planned');
    expect(refusal(planNewLevel(files, { track: 'web-operations', file: 'senior', title: 'X' }))).toMatch(/senior\.md already exists/);
    expect(refusal(planNewLevel(files, { track: 'platform', file: 'staff', title: 'X' }))).toMatch(/There is no track "platform"/);
    expect(refusal(planNewLevel(files, { track: 'web-operations', file: 'staff', title: 'X', after: 'senoir' }))).toMatch(/has no level "senoir"/);
    expect(refusal(planNewLevel(files, { track: 'web-operations', file: 'Staff Engineer', title: 'X' }))).toMatch(/e\.g\. staff-engineer/);
  });
});

describe('npm run new:track', () => {
  test('writes a track folder with its _track.yml that passes the content check', () => {
    const after = applied(planNewTrack(files, { id: 'platform', title: 'Platform' }));
    expect(checkContent(after).tracks.map((track) => track.id)).toContain('platform');
    expect(checkContent(after).problems).toEqual([]);
  });

  test('refuses an existing track or a bad folder name', () => {
    expect(planNewTrack(files, { id: 'web-operations', title: 'X' })).toEqual({ refused: expect.stringMatching(/already exists/) });
    expect(planNewTrack(files, { id: 'Web Ops', title: 'X' })).toEqual({ refused: expect.stringMatching(/e\.g\. web-ops/) });
  });
});

test('setField replaces a one-line or multi-line field, or adds it before the closing ---', () => {
  expect(setField('---\ntitle: A\nrank: 2\n---\n', 'rank', '3')).toBe('---\ntitle: A\nrank: 3\n---\n');
  expect(setField('---\nnext:\n  - a\n  - b\nrank: 2\n---\nText', 'next', 'c')).toBe('---\nnext: c\nrank: 2\n---\nText');
  expect(setField('---\ntitle: A\n---\n', 'next', 'b')).toBe('---\ntitle: A\nnext: b\n---\n');
});
