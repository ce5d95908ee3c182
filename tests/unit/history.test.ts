/** The history parser, rename following, word diffs and the Atom feed (issue #15). */
import { describe, expect, test } from 'vitest';
import { allChanges, atomFeed, levelHistories, parseGitLog, unchangedParagraphs, wordDiff, type ChangeEntry } from '../../src/lib/history.ts';

/** Output as `git log --format=GIT_LOG_FORMAT --name-status -M --relative` prints it, newest first. */
const LOG = [
  '\x1ec5\x1f2026-03-05T09:00:00+01:00\x1fReword senior',
  '',
  'M\tops/senior.md',
  'M\tops/_track.yml',
  '\x1ec4\x1f2026-03-04T09:00:00+00:00\x1fRename mid to senior',
  '',
  'R087\tops/mid.md\tops/senior.md',
  '\x1ec3\x1f2026-03-03T09:00:00+00:00\x1fMerge branch',
  '\x1ec2\x1f2026-03-02T09:00:00+00:00\x1fEdit mid and junior; old lead replaced',
  '',
  'M\tops/mid.md',
  'M\tops/junior.md',
  'D\tops/staff.md',
  'A\tops/lead.md',
  '\x1ec1\x1f2026-03-01T09:00:00+00:00\x1fFirst ladder: "quotes" & <tags>',
  '',
  'A\tops/mid.md',
  'A\tops/junior.md',
  'A\tops/staff.md',
  'A\t"ops/caf\\303\\251.md"',
  'A\tREADME.md',
  '',
].join('\n');

describe('parseGitLog', () => {
  test('reads each commit with its files, renames and quoted paths', () => {
    const commits = parseGitLog(LOG);
    expect(commits.map((commit) => commit.hash)).toEqual(['c5', 'c4', 'c3', 'c2', 'c1']);
    expect(commits[0]).toEqual({
      hash: 'c5',
      date: '2026-03-05T09:00:00+01:00',
      subject: 'Reword senior',
      changes: [
        { status: 'M', path: 'ops/senior.md' },
        { status: 'M', path: 'ops/_track.yml' },
      ],
    });
    expect(commits[1]!.changes).toEqual([{ status: 'R', path: 'ops/senior.md', from: 'ops/mid.md' }]);
    expect(commits[2]!.changes).toEqual([]);
    expect(commits[4]!.changes.map((change) => change.path)).toContain('ops/café.md');
  });

  test('an empty log has no commits', () => {
    expect(parseGitLog('')).toEqual([]);
  });
});

describe('levelHistories', () => {
  const commits = parseGitLog(LOG);

  test('follows a level back through a rename, newest first', () => {
    const senior = levelHistories(commits, [{ id: 'ops/senior', aliases: [] }]).get('ops/senior')!;
    expect(senior.map((change) => [change.hash, change.path])).toEqual([
      ['c5', 'ops/senior.md'],
      ['c4', 'ops/senior.md'],
      ['c2', 'ops/mid.md'],
      ['c1', 'ops/mid.md'],
    ]);
    expect(senior[1]!.renamedFrom).toBe('ops/mid.md');
    expect(senior.map((change) => change.added)).toEqual([false, false, false, true]);
  });

  test("follows a level's aliases when git saw no rename, and leaves out the deletion", () => {
    const lead = levelHistories(commits, [{ id: 'ops/lead', aliases: ['ops/staff'] }]).get('ops/lead')!;
    expect(lead.map((change) => [change.hash, change.path, change.added])).toEqual([
      ['c2', 'ops/lead.md', true],
      ['c1', 'ops/staff.md', true],
    ]);
  });

  test('a level never committed has an empty history; files outside track folders are ignored', () => {
    const histories = levelHistories(commits, [
      { id: 'ops/new', aliases: [] },
      { id: 'ops/junior', aliases: [] },
    ]);
    expect(histories.get('ops/new')).toEqual([]);
    expect(histories.get('ops/junior')!.map((change) => change.hash)).toEqual(['c2', 'c1']);
  });
});

describe('wordDiff', () => {
  test('marks removed and added words', () => {
    expect(wordDiff('You review code.', 'You review designs.')).toEqual([
      { kind: 'same', text: 'You review ' },
      { kind: 'removed', text: 'code' },
      { kind: 'added', text: 'designs' },
      { kind: 'same', text: '.' },
    ]);
  });

  test('shortens long unchanged stretches around the changes', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const parts = wordDiff(`${words} old ${words}`, `${words} new ${words}`, 3);
    expect(parts[0]).toEqual({ kind: 'same', text: '… w97 w98 w99 ' });
    expect(parts.at(-1)).toEqual({ kind: 'same', text: ' w0 w1 w2 …' });
    expect(parts.filter((part) => part.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' },
    ]);
  });

  test('keeps both ends of a long unchanged stretch between two changes', () => {
    const words = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    const parts = wordDiff(`old1 ${words} old2`, `new1 ${words} new2`, 3);
    expect(parts.filter((part) => part.kind === 'same')).toEqual([{ kind: 'same', text: ' w0 w1 w2 … w97 w98 w99 ' }]);
  });

  test('compares only the paragraphs between those both versions share, with the same result', () => {
    const before = 'Owns the rota.\n\nReviews code for the team.\n\n- Mentors juniors\n- Leads incidents\n\nWrites runbooks.\n';
    const after = 'Owns the rota.\n\nReviews designs for the team.\n\n- Mentors juniors\n- Leads incidents\n\nWrites runbooks.\n';
    expect(unchangedParagraphs(before, after)).toEqual([14, before.length - before.indexOf('\n\n- Mentors')]);
    expect(wordDiff(before, after, 100)).toEqual([
      { kind: 'same', text: 'Owns the rota.\n\nReviews ' },
      { kind: 'removed', text: 'code' },
      { kind: 'added', text: 'designs' },
      { kind: 'same', text: ' for the team.\n\n- Mentors juniors\n- Leads incidents\n\nWrites runbooks.\n' },
    ]);
  });

  test('shares whole paragraphs only, at either end, and all of two equal texts', () => {
    expect(unchangedParagraphs('One.\n\nTwo.', 'Uno.\n\nTwo.')).toEqual([0, 6]);
    expect(unchangedParagraphs('One.\n\nTwo.', 'One.\n\nDos.')).toEqual([4, 0]);
    expect(unchangedParagraphs('Same.', 'Same.')).toEqual([5, 0]);
    expect(wordDiff('Same.\n\nText.', 'Same.\n\nText.')).toEqual([{ kind: 'same', text: 'Same.\n\nText.' }]);
    // A paragraph added at the end: only the new words are marked added.
    expect(wordDiff('One.', 'One.\n\nTwo.')).toEqual([
      { kind: 'same', text: 'One.\n\n' },
      { kind: 'added', text: 'Two.' },
    ]);
  });
});

describe('atomFeed', () => {
  const entries: ChangeEntry[] = [
    { levelId: 'ops/junior', levelTitle: 'Junior', trackTitle: 'Ops', hash: 'aaaaaaaaaaaaaaaa', date: '2026-03-01T09:00:00+00:00', subject: 'First' },
    { levelId: 'ops/senior', levelTitle: 'Senior & Co', trackTitle: 'Ops', hash: 'bbbbbbbbbbbbbbbb', date: '2026-03-05T10:30:00+01:00', subject: 'Use <b>' },
  ];
  const info = {
    title: 'What changed · Ladder',
    selfUrl: 'https://l.example/ladder/changes.xml',
    pageUrl: 'https://l.example/ladder/changes/',
    historyUrl: (id: string) => `https://l.example/ladder/${id}/history/`,
    built: new Date('2026-04-01T00:00:00Z'),
  };

  test('is an Atom feed with id, title, updated, self link and one escaped entry per change, newest first', () => {
    const xml = atomFeed(allChanges(entries), info);
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom">/);
    expect(xml).toContain('<id>https://l.example/ladder/changes.xml</id>');
    expect(xml).toContain('<title>What changed · Ladder</title>');
    expect(xml).toContain('<updated>2026-03-05T09:30:00Z</updated>');
    expect(xml).toContain('<link rel="self" type="application/atom+xml" href="https://l.example/ladder/changes.xml"/>');
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml.indexOf('Senior &amp; Co (Ops): Use &lt;b&gt;')).toBeLessThan(xml.indexOf('Junior (Ops): First'));
    expect(xml).toContain('<id>https://l.example/ladder/ops/senior/history/#commit-bbbbbbbbbbbb</id>');
    expect(xml).toContain('<link rel="alternate" type="text/html" href="https://l.example/ladder/ops/junior/history/#commit-aaaaaaaaaaaa"/>');
    expect(xml.trimEnd().endsWith('</feed>')).toBe(true);
  });

  test('without changes it is still valid, updated when built', () => {
    const xml = atomFeed([], info);
    expect(xml).toContain('<updated>2026-04-01T00:00:00Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});
