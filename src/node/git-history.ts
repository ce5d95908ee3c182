/**
 * The content folder's history from git, read once per build: one `git log` over the folder
 * (src/lib/history.ts parses it), and, for History pages only, each level's HISTORY_VERSIONS most
 * recent versions through one `git cat-file --batch` process shared by the whole build.
 *
 * Without git, outside a repository, or in a shallow clone (CI checks out one commit unless told
 * otherwise) history is "not available in this build": the pages say so instead of showing a
 * wrong date or a one-entry history as if it were complete, and the build says so once.
 */
import { execFile, spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { GIT_LOG_FORMAT, levelHistories, parseGitLog, type LevelChange, type LevelRef } from '../lib/history.ts';

const run = promisify(execFile);

/** The most recent versions of a level a History page shows with their differences. */
export const HISTORY_VERSIONS = 20;

/** The content folder's history, or why this build has none. */
export type History =
  | {
      available: true;
      /** The content folder's path inside its repository, e.g. `content/` (empty at its top). */
      prefix: string;
      /** Each level's commits, newest first (a level with no commit yet has an empty list). */
      levels: Map<string, LevelChange[]>;
      /** How long the `git log` and its parsing took, in milliseconds. */
      millis: number;
    }
  | {
      available: false;
      /** Why, in a sentence, with the fix. */
      reason: string;
    };

/** The one line the build prints when history is not available. */
export function historyWarning(reason: string): string {
  return `History not available in this build: ${reason} Level pages show no "Last changed" date and no History pages are built.`;
}

/** Runs git in `cwd`, returning its standard output. */
async function git(cwd: string, args: string[], maxBuffer = 512 * 1024 * 1024): Promise<string> {
  const { stdout } = await run('git', args, { cwd, maxBuffer, encoding: 'utf8' });
  return stdout;
}

/**
 * Reads the history of the content folder `contentDir` for these levels: one `git log` (plus two
 * quick `git rev-parse`), or why there is none. Never throws.
 */
export async function readHistory(contentDir: string, levels: readonly LevelRef[]): Promise<History> {
  const cwd = path.resolve(contentDir);
  const started = performance.now();
  let prefix: string;
  try {
    const [shallow, showPrefix] = (await git(cwd, ['rev-parse', '--is-shallow-repository', '--show-prefix'])).split('\n');
    if (shallow?.trim() === 'true') {
      return {
        available: false,
        reason: 'the repository is a shallow clone, so its log is incomplete. Check out the full history (GitHub Actions: actions/checkout with fetch-depth: 0; or git fetch --unshallow).',
      };
    }
    prefix = showPrefix?.trim() ?? '';
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      available: false,
      reason:
        code === 'ENOENT'
          ? 'git is not installed (or not on the PATH). Install git and build from a clone of the repository.'
          : `the content folder (${contentDir}) is not in a git repository. Build from a clone with the full history.`,
    };
  }
  try {
    // --relative: paths relative to the content folder, and only changes inside it.
    const log = await git(cwd, ['-c', 'core.quotePath=false', 'log', `--format=${GIT_LOG_FORMAT}`, '--name-status', '-M', '--relative', '--', '.']);
    return { available: true, prefix, levels: levelHistories(parseGitLog(log), levels), millis: Math.round(performance.now() - started) };
  } catch (error) {
    const message = (error as { stderr?: string }).stderr?.trim() || (error as Error).message;
    // A repository without a commit yet has no history to show either.
    return { available: false, reason: `git log failed (${message.split('\n')[0]}).` };
  }
}

const cache = new Map<string, Promise<History>>();

/**
 * This build's history of the content folder, read once (every page asks the same promise).
 * Prints `historyWarning` once when it is not available.
 */
export function buildHistory(contentDir: string, levels: readonly LevelRef[]): Promise<History> {
  let history = cache.get(contentDir);
  if (!history) {
    history = readHistory(contentDir, levels).then((result) => {
      if (!result.available) console.warn(historyWarning(result.reason));
      return result;
    });
    cache.set(contentDir, history);
  }
  return history;
}

/** One request to the batch reader: how many objects it asked for and where their texts go. */
interface Pending {
  count: number;
  texts: (string | undefined)[];
  resolve: (texts: (string | undefined)[]) => void;
  reject: (error: Error) => void;
}

/**
 * One `git cat-file --batch` for the whole build, fed requests one after another: a History page
 * reads its level's versions without starting a process of its own. It ends when idle, so the
 * build never waits on it.
 */
class BatchReader {
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly pending: Pending[] = [];
  private buffer: Buffer = Buffer.alloc(0);
  private idle: NodeJS.Timeout | undefined;
  closed = false;

  constructor(cwd: string) {
    this.child = spawn('git', ['cat-file', '--batch'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.child.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length > 0 ? Buffer.concat([this.buffer, chunk]) : chunk;
      this.drain();
    });
    this.child.stderr.resume();
    const fail = (error: Error) => {
      this.closed = true;
      for (const request of this.pending.splice(0)) request.reject(error);
    };
    this.child.on('error', fail);
    this.child.on('close', () => fail(new Error('git cat-file --batch ended before answering')));
    this.child.stdin.on('error', fail);
  }

  read(lines: readonly string[]): Promise<(string | undefined)[]> {
    clearTimeout(this.idle);
    return new Promise((resolve, reject) => {
      this.pending.push({ count: lines.length, texts: [], resolve, reject });
      this.child.stdin.write(lines.map((line) => `${line}\n`).join(''));
    });
  }

  /** Hands out every complete answer in the buffer. */
  private drain() {
    for (;;) {
      const request = this.pending[0];
      if (!request) break;
      const end = this.buffer.indexOf(10);
      if (end < 0) break;
      const header = this.buffer.subarray(0, end).toString('utf8');
      const size = /^\S+ \S+ (\d+)$/.exec(header)?.[1];
      if (size === undefined) {
        request.texts.push(undefined);
        this.buffer = this.buffer.subarray(end + 1);
      } else {
        const last = end + 1 + Number(size);
        if (this.buffer.length < last + 1) break;
        request.texts.push(this.buffer.subarray(end + 1, last).toString('utf8'));
        this.buffer = this.buffer.subarray(last + 1);
      }
      if (request.texts.length === request.count) {
        this.pending.shift();
        request.resolve(request.texts);
      }
    }
    if (this.pending.length === 0) {
      clearTimeout(this.idle);
      this.idle = setTimeout(() => this.close(), 200);
      this.idle.unref();
    }
  }

  close() {
    if (this.closed) return;
    this.closed = true;
    this.child.stdin.end();
  }
}

const readers = new Map<string, BatchReader>();

/**
 * The contents of files at commits, `hash:path` with paths relative to the content folder;
 * `undefined` for one git does not have. All of a build's requests go to one `git cat-file --batch`.
 */
export function readVersions(contentDir: string, prefix: string, specs: readonly { hash: string; path: string }[]): Promise<(string | undefined)[]> {
  if (specs.length === 0) return Promise.resolve([]);
  const cwd = path.resolve(contentDir);
  let reader = readers.get(cwd);
  if (!reader || reader.closed) {
    reader = new BatchReader(cwd);
    readers.set(cwd, reader);
  }
  return reader.read(specs.map((spec) => `${spec.hash}:${prefix}${spec.path}`));
}
