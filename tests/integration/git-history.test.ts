/**
 * History from git (issue #15): the reader against a temporary repository made here (several
 * commits, a rename, a shallow clone, a folder outside any repository, no git at all), and a
 * build of that repository's ladder: the History page shows a change with its removed and added
 * words, What changed and the Atom feed list it, the level page links its history and, with
 * SOURCE_URL set, its edit and suggest links; a build of the shallow clone says history is not
 * available, once, and shows no date.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readHistory, readVersions } from '../../src/node/git-history.ts';
import { buildSiteAsync, type Build } from '../support/build.ts';

/** The repository and its shallow clone live in the (git-ignored) builds folder: the ladder is in `ladder/`. */
const REPOS = path.resolve('tests/.builds/git-history-repositories');
const REPO = path.join(REPOS, 'full');
const SHALLOW = path.join(REPOS, 'shallow');
const CONTENT = path.join(REPO, 'ladder');
const LEVELS = [
  { id: 'ops/junior', aliases: [] },
  { id: 'ops/senior', aliases: ['ops/mid'] },
];

/** Runs git in the repository with a fixed author and date, and nothing from the caller's git settings. */
function git(args: string[], date = '2026-01-01T10:00:00Z', cwd = REPO): string {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date, GIT_CONFIG_NOSYSTEM: '1', HOME: REPO };
  for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) delete env[name];
  return execFileSync('git', ['-c', 'user.name=Ladder Test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    env,
    encoding: 'utf8',
  });
}

/** Writes a file of the ladder. */
function write(file: string, text: string) {
  mkdirSync(path.dirname(path.join(CONTENT, file)), { recursive: true });
  writeFileSync(path.join(CONTENT, file), text);
}

const level = (title: string, rank: number, body: string, extra = '') => `---\ntitle: ${title}\nrank: ${rank}\n${extra}---\n\n${body}\n`;

/** A ladder with four commits: two levels, an edit, a rename (mid → senior) and an edit after it. */
function makeRepository() {
  rmSync(REPOS, { recursive: true, force: true });
  mkdirSync(REPO, { recursive: true });
  git(['-c', 'init.defaultBranch=main', 'init', '-q']);
  writeFileSync(path.join(REPO, 'README.md'), 'A ladder.\n');
  write('ops/_track.yml', 'title: Operations\ndescription: The people who run our services.\n');
  write('ops/junior.md', level('Junior Engineer', 1, "You learn the team's tools and ask questions when you are stuck.", 'next: mid\n'));
  write('ops/mid.md', level('Mid Engineer', 2, 'You work on your own, keep the runbooks up to date and help newcomers settle in.'));
  git(['add', '.']);
  git(['commit', '-q', '-m', 'First ladder'], '2026-01-10T09:00:00Z');
  write('ops/mid.md', level('Mid Engineer', 2, 'You work independently, keep the runbooks up to date and mentor newcomers.'));
  git(['commit', '-q', '-am', 'Mid: independence and mentoring'], '2026-02-10T09:00:00Z');
  git(['mv', 'ladder/ops/mid.md', 'ladder/ops/senior.md']);
  write('ops/senior.md', level('Senior Engineer', 2, 'You work independently, keep the runbooks up to date and mentor newcomers.', 'aliases: mid\n'));
  write('ops/junior.md', level('Junior Engineer', 1, "You learn the team's tools and ask questions when you are stuck.", 'next: senior\n'));
  git(['add', '.']);
  git(['commit', '-q', '-m', 'Rename mid to senior'], '2026-03-10T09:00:00Z');
  write('ops/senior.md', level('Senior Engineer', 2, 'You work independently, keep the runbooks up to date and coach new colleagues.', 'aliases: mid\n'));
  git(['commit', '-q', '-am', 'Senior: coaching'], '2026-04-10T09:00:00Z');
  git(['clone', '-q', '--depth', '1', `file://${REPO}`, SHALLOW], undefined, path.dirname(REPO));
}

let outside: string;
beforeAll(() => {
  makeRepository();
  outside = mkdtempSync(path.join(os.tmpdir(), 'ladder-no-repo-'));
});
afterAll(() => {
  rmSync(outside, { recursive: true, force: true });
});

describe('the history reader', () => {
  test("reads each level's commits, newest first, through the rename", async () => {
    const history = await readHistory(CONTENT, LEVELS);
    if (!history.available) throw new Error(history.reason);
    expect(history.prefix).toBe('ladder/');
    const senior = history.levels.get('ops/senior')!;
    expect(senior.map((change) => change.subject)).toEqual(['Senior: coaching', 'Rename mid to senior', 'Mid: independence and mentoring', 'First ladder']);
    expect(senior.map((change) => change.path)).toEqual(['ops/senior.md', 'ops/senior.md', 'ops/mid.md', 'ops/mid.md']);
    expect(senior[0]!.date).toMatch(/^2026-04-10T09:00:00/);
    expect(senior[1]!.renamedFrom).toBe('ops/mid.md');
    expect(history.levels.get('ops/junior')!.map((change) => change.subject)).toEqual(['Rename mid to senior', 'First ladder']);
  });

  test('reads earlier versions of a level in one git process', async () => {
    const history = await readHistory(CONTENT, LEVELS);
    if (!history.available) throw new Error(history.reason);
    const senior = history.levels.get('ops/senior')!;
    const texts = await readVersions(CONTENT, history.prefix, [...senior, { hash: senior[0]!.hash, path: 'ops/nothing.md' }]);
    expect(texts[0]).toContain('coach new colleagues');
    expect(texts[3]).toContain('help newcomers settle in');
    expect(texts[4]).toBeUndefined();
  });

  test('a shallow clone has no history, and says how to get it', async () => {
    const history = await readHistory(path.join(SHALLOW, 'ladder'), LEVELS);
    expect(history.available).toBe(false);
    expect(!history.available && history.reason).toMatch(/shallow clone.*fetch-depth: 0/);
  });

  test('a folder outside any repository has no history', async () => {
    const history = await readHistory(outside, LEVELS);
    expect(!history.available && history.reason).toMatch(/not in a git repository/);
  });

  test('without git there is no history', async () => {
    const saved = process.env.PATH;
    process.env.PATH = path.join(outside, 'no-bin');
    try {
      const history = await readHistory(CONTENT, LEVELS);
      expect(!history.available && history.reason).toMatch(/git is not installed/);
    } finally {
      process.env.PATH = saved;
    }
  });
});

describe('a build of the repository', () => {
  let full: Build;
  let shallow: Build;
  const env = { SITE_URL: 'https://ladder.example.com', SOURCE_URL: 'https://gitlab.com/acme/ladder', SOURCE_BRANCH: 'trunk' };
  beforeAll(async () => {
    [full, shallow] = await Promise.all([
      buildSiteAsync(CONTENT, 'git-history', env),
      buildSiteAsync(path.join(SHALLOW, 'ladder'), 'git-history-shallow', { SITE_URL: 'https://ladder.example.com' }),
    ]);
  }, 300_000);
  const page = (build: Build, file: string) => readFileSync(path.join(build.outDir, file), 'utf8').replace(/ class="[^"]*"/g, '');

  test('builds', () => {
    expect(full.status, full.output).toBe(0);
    expect(full.output).not.toContain('History not available');
  });

  test('the level page says when it last changed, linked to its history, with edit and suggest links', () => {
    const html = page(full, 'ops/senior/index.html');
    expect(html).toMatch(/<a href="\/ops\/senior\/history\/">\s*Last changed <time datetime="2026-04-10">10 April 2026<\/time>\s*<\/a>/);
    expect(html).toContain('<a href="https://gitlab.com/acme/ladder/-/edit/trunk/ladder/ops/senior.md">Edit this level</a>');
    // It also carries the repository and the level's title for the copy-link controls' menu.
    const suggest = /<a href="([^"]+)" data-suggest-repo="https:\/\/gitlab.com\/acme\/ladder" data-suggest-level="Senior Engineer">Suggest a change<\/a>/
      .exec(html)?.[1]
      ?.replace(/&amp;/g, '&');
    const url = new URL(suggest!);
    expect(url.pathname).toBe('/acme/ladder/-/issues/new');
    expect(url.searchParams.get('issue[title]')).toBe('Suggestion for Senior Engineer');
    expect(url.searchParams.get('issue[description]')).toContain('https://ladder.example.com/ops/senior/');
  });

  test('the History page shows each change, newest first, with its removed and added words', () => {
    const html = page(full, 'ops/senior/history/index.html');
    const titles = [...html.matchAll(/<h2 id="title-[0-9a-f]+">\s*<time[^>]*>([^<]+)<\/time>: ([^<]+?)\s*<\/h2>/g)].map((match) => `${match[1]}: ${match[2]}`);
    expect(titles).toEqual(['10 April 2026: Senior: coaching', '10 March 2026: Rename mid to senior', '10 February 2026: Mid: independence and mentoring', '10 January 2026: First ladder']);
    const coaching = html.slice(html.indexOf('Senior: coaching'), html.indexOf('Rename mid to senior'));
    expect(coaching).toMatch(/<del><span>removed: <\/span>mentor newcomers<\/del>/);
    expect(coaching).toMatch(/<ins><span>added: <\/span>coach new colleagues<\/ins>/);
    expect(html).toContain('Renamed from ops/mid.md.');
    const mentoring = html.slice(html.indexOf('Mid: independence and mentoring'), html.indexOf('First ladder'));
    expect(mentoring).toContain('<del><span>removed: </span>on your own</del><ins><span>added: </span>independently</ins>');
    expect(mentoring).toContain('<del><span>removed: </span> settle in</del>');
  });

  test('What changed and the Atom feed list the change', () => {
    const changes = page(full, 'changes/index.html');
    expect(changes).toMatch(/<time datetime="2026-04-10">10 April 2026<\/time>\s*<a href="\/ops\/senior\/history\/#commit-[0-9a-f]{12}">Senior Engineer<\/a>\s*<span>\(Operations\)<\/span>: Senior: coaching/);
    expect(changes.indexOf('Senior: coaching')).toBeLessThan(changes.indexOf('First ladder'));
    const feed = readFileSync(path.join(full.outDir, 'changes.xml'), 'utf8');
    expect(feed).toContain('<link rel="self" type="application/atom+xml" href="https://ladder.example.com/changes.xml"/>');
    expect(feed).toContain('<updated>2026-04-10T09:00:00Z</updated>');
    expect(feed).toContain('<title>Senior Engineer (Operations): Senior: coaching</title>');
    expect(feed).toMatch(/<link rel="alternate" type="text\/html" href="https:\/\/ladder.example.com\/ops\/senior\/history\/#commit-[0-9a-f]{12}"\/>/);
    // One entry per commit and level: four for senior, two for junior.
    expect(feed.match(/<entry>/g)).toHaveLength(6);
  });

  test("every page's head points feed readers at the feed", () => {
    for (const file of ['index.html', 'ops/senior/index.html', 'changes/index.html']) {
      expect(page(full, file), file).toMatch(/<link rel="alternate" type="application\/atom\+xml" href="\/changes\.xml" title="What changed · [^"]+">/);
    }
  });

  test('a shallow clone builds, says once that history is not available, and shows no date', () => {
    expect(shallow.status, shallow.output).toBe(0);
    expect(shallow.output.split('History not available in this build').length - 1, shallow.output).toBe(1);
    expect(shallow.output).toContain('fetch-depth: 0');
    const html = page(shallow, 'ops/senior/index.html');
    expect(html).toContain('History not available in this build');
    expect(html).not.toContain('Last changed');
    // No SOURCE_URL: no edit or suggest links.
    expect(html).not.toContain('Edit this level');
    expect(html).not.toContain('Suggest a change');
    // No History pages, and the level page links none.
    expect(existsSync(path.join(shallow.outDir, 'ops/senior/history/index.html'))).toBe(false);
    expect(html).not.toContain('/history/');
    expect(page(shallow, 'changes/index.html')).toContain('History not available in this build');
    // Its feed is written but empty: no page points feed readers at it.
    for (const file of ['index.html', 'ops/senior/index.html', 'changes/index.html']) expect(page(shallow, file), file).not.toContain('application/atom+xml');
  });
});
