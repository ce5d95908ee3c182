// Times one production build and samples the peak memory of its whole process tree.
import { spawn } from 'node:child_process';
import { readdir, readFile, rm, stat } from 'node:fs/promises';
import path from 'node:path';

/** Resident memory (bytes) of a process and all its descendants, read from /proc (Linux). */
async function treeRss(rootPid) {
  const entries = await readdir('/proc').catch(() => []);
  const parents = new Map();
  const rss = new Map();
  await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (pid) => {
        const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
        const ppid = /^PPid:\s+(\d+)/m.exec(status)?.[1];
        const kb = /^VmRSS:\s+(\d+)/m.exec(status)?.[1];
        if (ppid) parents.set(Number(pid), Number(ppid));
        if (kb) rss.set(Number(pid), Number(kb) * 1024);
      }),
  );
  let total = 0;
  for (const pid of rss.keys()) {
    for (let current = pid; current; current = parents.get(current)) {
      if (current === rootPid) {
        total += rss.get(pid);
        break;
      }
    }
  }
  return total;
}

/** Total size in bytes and number of HTML pages under a folder. */
export async function folderStats(folder) {
  let bytes = 0;
  let pages = 0;
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    bytes += (await stat(path.join(entry.parentPath, entry.name))).size;
    if (entry.name.endsWith('.html')) pages++;
  }
  return { bytes, pages };
}

/**
 * The command `npm run build` runs, as a program and its arguments, so the benchmark measures the
 * same build (V8 flags included) without npm's own process in the figures. Its leading `node` is
 * this process's Node: the project's pinned one when run through npm.
 */
async function buildCommand(root) {
  const { scripts } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const [program, ...args] = scripts.build.trim().split(/\s+/);
  if (program !== 'node') throw new Error(`The benchmark runs the build script with Node, but it starts with "${program}": ${scripts.build}`);
  return [process.execPath, args];
}

/**
 * Builds the site from `contentDir` into `outDir` from a cold content cache, and reports wall
 * time (ms), peak memory of the process tree (bytes), the output's size, its page count and the
 * time Pagefind took to index it. A previous output in `outDir` is left for the build to replace,
 * as `npm run build` does (it writes over the old files; see src/integrations/build-guard.ts).
 */
export async function measureBuild({ root, contentDir, outDir, env = {} }) {
  await rm(path.join(root, 'node_modules/.astro'), { recursive: true, force: true });
  const started = performance.now();
  const [program, args] = await buildCommand(root);
  const child = spawn(program, [...args, '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LADDER_CONTENT_DIR: contentDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  let peak = 0;
  const sampler = setInterval(async () => {
    peak = Math.max(peak, await treeRss(child.pid));
  }, 50);
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(sampler);
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`Build of ${contentDir} failed:\n${output}`);
  const { bytes, pages } = await folderStats(outDir);
  // The search integration logs how long Pagefind took: the index's share of the build.
  const indexMs = Number(/Search index written from \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN);
  return { ms, peakBytes: peak, distBytes: bytes, pages, indexMs };
}
