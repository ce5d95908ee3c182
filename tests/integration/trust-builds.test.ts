/**
 * Builds you can trust (issue #11): whatever is in the content folder, a build either publishes
 * all of it correctly and safely, or stops with a non-zero exit, names the file, and leaves no
 * site behind (neither the output folder nor its staging folder).
 *
 * One fixture per case under tests/fixtures/trust/; files that are awkward to keep in git (a
 * Latin-1 file, a symbolic link, names that differ only in case or hold quotes) are added to a
 * copy of the fixture when the tests start. Builds run two at a time (most machines that run the
 * suite have two cores); those of MDX ladders run alone, since every build of the project writes
 * the MDX modules it found to the shared `.astro/` folder.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { stagingFolder } from '../../src/integrations/build-guard.ts';
import { ladderJsonSchema } from '../../src/lib/ladder-json.ts';
import { buildSiteAsync, type Build } from '../support/build.ts';
import { repoRoot } from '../support/fixtures.ts';

const FIXTURES = 'tests/fixtures/trust';
/** Copies of fixtures that get their awkward file at test time (git-ignored). */
const GENERATED = 'tests/.builds/trust-content';

/** A level file's text. */
const level = (title: string, rank: number, body: string) => `---\ntitle: ${title}\nrank: ${rank}\n---\n\n${body}\n`;

/** What each fixture that needs one gets added to its copy before it is built. */
const ADDED: Record<string, (folder: string) => void> = {
  // Two names for one URL; on a case-insensitive disk these could not even both be checked out.
  'case-only-names': (folder) => writeFileSync(path.join(folder, 'ops/Lead.md'), level('Lead again', 2, 'You lead, too.')),
  'not-utf8': (folder) => writeFileSync(path.join(folder, 'ops/senior.md'), Buffer.from(level('Senior', 2, 'You run the café.'), 'latin1')),
  'attribute-in-file-name': (folder) => writeFileSync(path.join(folder, 'ops/q" onmouseover="alert(1).md'), level('Q', 2, 'You hover.')),
  'link-outside-folder': (folder) => {
    writeFileSync(path.join(folder, '..', 'outside-secret.md'), level('Secret', 2, 'Salary bands.'));
    symlinkSync(path.join('..', '..', 'outside-secret.md'), path.join(folder, 'ops/secret.md'));
  },
  'editor-leftovers': (folder) => {
    // Emacs's lock file is a link to nowhere; its auto-save file is #name#.
    symlinkSync('someone@host.1234:1700000000', path.join(folder, 'ops/.#senior.md'));
    writeFileSync(path.join(folder, 'ops/#senior.md#'), level('Senior (unsaved)', 1, 'Unsaved text.'));
  },
};

/** The content folder a case builds from: the fixture itself, or its copy with the added file. */
function contentFolder(name: string): string {
  const added = ADDED[name];
  if (!added) return `${FIXTURES}/${name}`;
  const folder = path.join(repoRoot, GENERATED, name);
  rmSync(folder, { recursive: true, force: true });
  cpSync(path.join(repoRoot, FIXTURES, name), folder, { recursive: true });
  added(folder);
  return `${GENERATED}/${name}`;
}

interface Failing {
  /** The fixture (under tests/fixtures/trust/), or another content folder. */
  name: string;
  /** The file the output must name, relative to the content folder; none for a setting. */
  file?: string;
  /** What the output must say about it. */
  says: string;
  contentDir?: string;
  env?: Record<string, string>;
  /** An MDX ladder: built alone (see above). */
  alone?: boolean;
  /** A setting (environment variable) that cannot be used, rather than content. */
  setting?: boolean;
}

/** Every case that must fail, with the file it must name. */
const FAILING: Failing[] = [
  { name: 'md-and-mdx', file: 'ops/senior.mdx', says: 'are both the level "ops/senior": only one of them could be published.' },
  { name: 'case-only-names', file: 'ops/Lead.md', says: 'Its name differs from lead.md only in case or spelling' },
  { name: 'upper-case-extension', file: 'ops/staff.MD', says: 'How to fix: Rename it to staff.md' },
  { name: 'markdown-extension', file: 'ops/x.markdown', says: 'How to fix: Rename it to x.md' },
  { name: 'two-track-files', file: 'ops/_track.yaml', says: 'both describe the track "ops".' },
  { name: 'reserved-track-name', file: 'search/', says: '"search" is the address of one of the site\'s own pages' },
  { name: 'not-utf8', file: 'ops/senior.md', says: 'is not UTF-8 text' },
  { name: 'duplicate-next', file: 'ops/junior.md', says: 'next: lists "senior" more than once.' },
  { name: 'explicit-id-upper-case', file: 'ops/junior.md', says: '{#Reviews} is not a valid id' },
  { name: 'explicit-id-of-the-page', file: 'ops/junior.md', says: '{#main} is an id the level page itself uses' },
  { name: 'duplicate-explicit-id', file: 'ops/junior.md', says: '{#reviews} is written on 2 blocks' },
  { name: 'attribute-in-file-name', file: 'ops/q" onmouseover="alert(1).md', says: 'How to fix: Rename it to q-onmouseover-alert-1.md' },
  { name: 'link-outside-folder', file: 'ops/secret.md', says: 'is a link that leads out of the content folder' },
  { name: 'missing-closing-fence', file: 'ops/junior.md', says: 'has no closing --- line' },
  { name: 'empty-folder', says: '(content folder)\n  (levels): holds no tracks and no levels, so there is nothing to publish.' },
  { name: 'link-to-non-level', file: 'ops/junior.md', says: 'links to nope.md, which is not a level file of this ladder.' },
  { name: 'link-to-missing-fragment', file: 'ops/l1.md', says: 'has no expectation with the id "no-such-id"' },
  { name: 'mdx-runtime-error', file: 'ops/l2.mdx', says: "(MDX): the level's MDX failed while it ran: TypeError", alone: true },
  { name: 'mdx-missing-import', file: 'ops/l2.mdx', says: 'failed to resolve import "@components/Missing.astro"', alone: true },
  // Settings that cannot be used: the message names the variable.
  { name: 'site-url', setting: true, contentDir: `${FIXTURES}/non-latin`, env: { SITE_URL: 'ladder.example.com' }, says: 'SITE_URL: "ladder.example.com" is not an absolute http:// or https:// address.' },
  { name: 'base-path', setting: true, contentDir: `${FIXTURES}/non-latin`, env: { BASE_PATH: 'my ladder' }, says: 'BASE_PATH: "my ladder" is not a path the site can live under' },
  { name: 'content-dir-file', setting: true, contentDir: 'README.md', says: 'LADDER_CONTENT_DIR: README.md is a file, not a folder.' },
  { name: 'content-dir-missing', setting: true, contentDir: 'tests/fixtures/trust/no-such-folder', says: 'LADDER_CONTENT_DIR: the content folder tests/fixtures/trust/no-such-folder does not exist' },
];

/** Cases that must build, with safe output. */
const SUCCEEDING = ['non-latin', 'image-only-paragraphs', 'unsafe-html', 'editor-leftovers'];

interface Result extends Build {
  contentDir: string;
  /** Whether the output folder, or its staging folder, existed once the build had ended. */
  outputLeft: { outDir: boolean; staging: boolean };
}

const results = new Map<string, Result>();

/** Runs jobs at most `size` at a time. */
function limiter(size: number) {
  let active = 0;
  const waiting: Array<() => void> = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    while (active >= size) await new Promise<void>((resolve) => waiting.push(resolve));
    active++;
    try {
      return await job();
    } finally {
      active--;
      waiting.shift()?.();
    }
  };
}

/** Builds a content folder into tests/.builds/trust-<key> and records the result under `key`. */
async function build(key: string, contentDir: string, env: Record<string, string> = {}): Promise<Result> {
  const result = await buildSiteAsync(contentDir, `trust-${key}`, env);
  const outputLeft = { outDir: existsSync(result.outDir), staging: existsSync(stagingFolder(result.outDir)) };
  const recorded = { ...result, contentDir, outputLeft };
  results.set(key, recorded);
  return recorded;
}

/** A stale site and staging folder from an earlier build, which a failed build must not leave behind. */
function plantOldOutput(key: string) {
  const outDir = path.join(repoRoot, 'tests/.builds', `trust-${key}`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, 'index.html'), '<p>An earlier build</p>');
  mkdirSync(stagingFolder(outDir), { recursive: true });
  writeFileSync(path.join(stagingFolder(outDir), 'index.html'), '<p>An interrupted build</p>');
}

/** Every file under a folder, relative to it, sorted. */
function filesOf(folder: string): string[] {
  return readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

/** The files of the first build of `rebuild`, before its level l2 was removed. */
let filesBeforeRebuild: string[] = [];

/**
 * A site built, one of its levels then removed (and a file the build never wrote put in the
 * output), built again over it; and the same content built into an empty folder.
 */
async function rebuildOverEarlierSite() {
  const folder = path.join(repoRoot, GENERATED, 'rebuild');
  cpSync(path.join(repoRoot, FIXTURES, 'non-latin'), folder, { recursive: true });
  const first = await build('rebuild', `${GENERATED}/rebuild`);
  filesBeforeRebuild = filesOf(first.outDir);
  rmSync(path.join(folder, 'ops/l2.md'));
  writeFileSync(path.join(folder, 'ops/l1.md'), readFileSync(path.join(folder, 'ops/l1.md'), 'utf8').replace('next: l2\n', ''));
  writeFileSync(path.join(first.outDir, 'left-over.html'), '<p>Not from any build</p>');
  await build('rebuild', `${GENERATED}/rebuild`);
  await build('rebuild-fresh', `${GENERATED}/rebuild`);
}

beforeAll(async () => {
  rmSync(path.join(repoRoot, GENERATED), { recursive: true, force: true });
  for (const key of ['published-urls-broken', 'upper-case-extension', 'site-url']) plantOldOutput(key);
  const slot = limiter(2);
  const sideBySide: Array<() => Promise<unknown>> = [
    ...FAILING.filter((entry) => !entry.alone).map((entry) => () => build(entry.name, entry.contentDir ?? contentFolder(entry.name), entry.env)),
    ...SUCCEEDING.map((name) => () => build(name, contentFolder(name))),
    // Fails in the published-URL check, after every page was written (to the staging folder).
    () => build('published-urls-broken', 'tests/fixtures/published-urls-broken'),
    // The same failing ladder twice in a row, with the content cache in between.
    async () => {
      const first = await build('render-error', `${FIXTURES}/render-error`);
      results.set('render-error-first', first);
      await build('render-error', `${FIXTURES}/render-error`);
    },
  ];
  sideBySide.push(rebuildOverEarlierSite);
  await Promise.all(sideBySide.map((job) => slot(job)));
  for (const entry of FAILING.filter((failing) => failing.alone)) await build(entry.name, contentFolder(entry.name));
  await build('mdx-ladder', 'tests/fixtures/mdx-ladder');
}, 600_000);

/** The result of a build run in `beforeAll`. */
function resultOf(key: string): Result {
  const result = results.get(key);
  if (!result) throw new Error(`No build recorded for ${key}.`);
  return result;
}

/** Expects a build to have failed cleanly: non-zero, the file and problem named, no site left behind. */
function expectRefused(result: Result, file: string, says: string) {
  expect(result.status, result.output).not.toBe(0);
  expect(result.output).toContain(file);
  expect(result.output).toContain(says);
  expect(result.outputLeft, 'neither the output folder nor its staging folder is left').toEqual({ outDir: false, staging: false });
}

describe('content the build refuses: non-zero exit, the file named, no site left behind', () => {
  test.for(FAILING.filter((entry) => !entry.setting))('$name', ({ name, file, says }) => {
    const result = resultOf(name);
    expectRefused(result, file === undefined ? '' : `${result.contentDir}/${file}`, says);
  });

  test('a file whose name breaks the naming rule is the one problem: a `next` naming it is not reported as well', () => {
    const { output } = resultOf('upper-case-extension');
    expect(output).toContain("The ladder's content has 1 problem");
    expect(output).not.toContain('names no level');
  });

  test('a level written twice (senior.md and senior.mdx) is one problem, not also a clash of ranks', () => {
    expect(resultOf('md-and-mdx').output).toContain("The ladder's content has 1 problem");
  });

  test('an MDX error names the level file and says it is MDX, not only the page that rendered it', () => {
    const { output } = resultOf('mdx-runtime-error');
    expect(output).not.toMatch(/Caught error rendering \S+: TypeError/);
    expect(output).toContain("tests/fixtures/trust/mdx-runtime-error/ops/l2.mdx\n  (MDX): the level's MDX failed while it ran: TypeError: Cannot read properties of undefined (reading 'name')");
    expect(output).toContain('How to fix: Fix the expression or component in this file');
  });
});

describe('settings that cannot be used: the message names the variable, no stack trace, no site', () => {
  test.for(FAILING.filter((entry) => entry.setting))('$name', ({ name, says }) => {
    const result = resultOf(name);
    expectRefused(result, '', says);
    expect(result.output).toContain('How to fix:');
    expect(result.output).not.toMatch(/Stack trace:|^\s+at .+:\d+:\d+\)?$/m);
  });
});

describe('a failed build leaves nothing at the output folder', () => {
  test('when it fails after every page was written (the published-URL check), with an earlier site there before', () => {
    const result = resultOf('published-urls-broken');
    // The pages were written and indexed before the check failed.
    expect(result.output).toMatch(/Search index written from \d+ pages/);
    expectRefused(result, 'tests/fixtures/published-urls-broken/published-urls.txt', 'would stop working');
  });

  test('when the content check fails first, or a setting, with an earlier site and an interrupted build there before', () => {
    expect(resultOf('upper-case-extension').outputLeft).toEqual({ outDir: false, staging: false });
    expect(resultOf('site-url').outputLeft).toEqual({ outDir: false, staging: false });
  });

  test('the content cache never hides a failure: the same failing ladder built twice fails twice, with the reason', () => {
    for (const result of [resultOf('render-error-first'), resultOf('render-error')]) {
      expectRefused(result, 'tests/fixtures/trust/render-error/ops/l1.md', 'URI malformed');
    }
  });
});

describe('a rebuild over an earlier site', () => {
  test('publishes exactly the files a build into an empty folder does: a removed level and files no build wrote are gone', () => {
    const rebuilt = resultOf('rebuild');
    const fresh = resultOf('rebuild-fresh');
    for (const result of [rebuilt, fresh]) expect(result.status, result.output).toBe(0);
    expect(filesBeforeRebuild).toContain('ops/l2/index.html');
    expect(filesOf(rebuilt.outDir)).not.toContain('ops/l2/index.html');
    expect(filesOf(rebuilt.outDir)).not.toContain('left-over.html');
    expect(filesOf(rebuilt.outDir)).toEqual(filesOf(fresh.outDir));
    expect(rebuilt.outputLeft).toEqual({ outDir: true, staging: false });
    // The pages written over the earlier ones hold the new text: Инженер no longer leads anywhere.
    expect(readFileSync(path.join(rebuilt.outDir, 'ops/l1/index.html'), 'utf8')).not.toContain('上級エンジニア');
  });
});

describe('content the build publishes, safely', () => {
  const read = (key: string, file: string) => readFileSync(path.join(resultOf(key).outDir, file), 'utf8');
  const ladderJson = (key: string) => ladderJsonSchema.parse(JSON.parse(read(key, 'ladder.json')));

  test.for([...SUCCEEDING, 'mdx-ladder'])('%s builds', (key) => {
    const result = resultOf(key);
    expect(result.status, result.output).toBe(0);
    expect(result.outputLeft).toEqual({ outDir: true, staging: false });
  });

  test('levels in Russian and Japanese keep their text, each paragraph with its own id', () => {
    const russian = read('non-latin', 'ops/l1/index.html');
    // Each paragraph also carries the hash of its text for self-review marks (data-h).
    expect(russian).toMatch(/<p id="вы-отвечаете" data-h="[0-9a-z]{6}">Вы отвечаете\./);
    expect(russian).toMatch(/<p id="вы-наставляете" data-h="[0-9a-z]{6}">Вы наставляете\./);
    expect(read('non-latin', 'ops/l2/index.html')).toMatch(/<p id="あなたはチームを導きます" data-h="[0-9a-z]{6}">あなたはチームを導きます。/);
    const track = read('non-latin', 'ops/all/index.html');
    for (const text of ['Вы отвечаете.', 'Вы наставляете.', 'あなたは設計をレビューします。']) expect(track).toContain(text);
    const levels = ladderJson('non-latin').tracks[0]!.levels;
    expect(levels.map((entry) => entry.paragraphs.map((paragraph) => paragraph.text))).toEqual([
      ['Вы отвечаете.', 'Вы наставляете.'],
      ['あなたはチームを導きます。', 'あなたは設計をレビューします。'],
    ]);
  });

  test('two paragraphs that are only images are both published, with ids of their own', () => {
    const html = read('image-only-paragraphs', 'ops/l1/index.html');
    expect(html).toMatch(/<p id="([^"]+)" data-h="[0-9a-z]{6}"><img src="\/favicon.svg" alt="The on-call rota">/);
    expect(html).toMatch(/<p id="([^"]+)" data-h="[0-9a-z]{6}"><img src="\/favicon.svg" alt="The release train">/);
    const ids = [...html.matchAll(/<p id="([^"]+)" data-h="[0-9a-z]{6}"><img/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(2);
  });

  test('raw HTML in a Markdown level is sanitised on the level page, the whole-track page and in ladder.json', () => {
    const outputs = { page: read('unsafe-html', 'ops/l1/index.html'), track: read('unsafe-html', 'ops/all/index.html'), json: read('unsafe-html', 'ladder.json') };
    for (const [where, text] of Object.entries(outputs)) {
      for (const kept of ['You keep every service observable.', 'You answer pages at night.', 'Open the runbook', 'You write postmortems.']) {
        expect(text, `${where} keeps "${kept}"`).toContain(kept);
      }
      for (const unsafe of ['alert(', 'evil.example', 'INTERNAL NOTE', 'onclick', 'javascript:', '<iframe', '<object', '<base', 'http-equiv="refresh"', 'display: none']) {
        expect(text, `${where} has no ${unsafe}`).not.toContain(unsafe);
      }
    }
    // What was only markup leaves no empty paragraph behind.
    expect(outputs.page).not.toMatch(/<p id="[^"]*"(?: data-h="[^"]*")?>\s*<a class="copy-link"/);
    expect(ladderJson('unsafe-html').tracks[0]!.levels[0]!.expectations.map((expectation) => expectation.text)).toEqual([
      'You keep every service observable.',
      'You answer pages at night.',
      'Open the runbook',
      'You write postmortems.',
    ]);
  });

  test('the build time is one instant: ladder.json, the footer and the printed page show the same', () => {
    const built = ladderJson('non-latin').built;
    const page = read('non-latin', 'ops/l1/index.html');
    const dates = [...page.matchAll(/Built on <time datetime="([^"]+)"/g)].map((match) => match[1]);
    expect(dates).toEqual([built.slice(0, 10), built.slice(0, 10)]);
  });

  test('editor leftovers and dot-files are ignored', () => {
    const levels = ladderJson('editor-leftovers').tracks.flatMap((track) => track.levels.map((entry) => entry.id));
    expect(levels).toEqual(['ops/senior']);
    expect(read('editor-leftovers', 'ops/senior/index.html')).toContain('You lead.');
  });

  test('no absolute path of the build machine appears anywhere in the output', () => {
    for (const key of [...SUCCEEDING, 'mdx-ladder']) {
      const outDir = resultOf(key).outDir;
      const files = readdirSync(outDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
      expect(files.length).toBeGreaterThan(5);
      for (const file of files) {
        const text = readFileSync(path.join(file.parentPath, file.name), 'latin1');
        expect(text.includes(repoRoot), `${key}: ${path.relative(outDir, path.join(file.parentPath, file.name))}`).toBe(false);
      }
    }
  });
});
