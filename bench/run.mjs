// `npm run bench`: builds the seed ladder and synthetic ladders of 200 and 2,000 level pages,
// measures build time, memory, output size, page weight, search and Lighthouse, prints
// Markdown tables with each target met or not, and writes the figures to bench/results/.
//   --quick           the seed and 200 pages only, one build each, no Lighthouse
//   --no-lighthouse   skip Lighthouse
//   --search-only     only the search: one build each of the seed, the structured fixture and the
//                     2,000-page ladder (200 with --quick), then bytes, latency and quality
//                     (precision at 1, mean reciprocal rank on bench/queries/*.json)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync } from 'node:zlib';
import { findChromium } from '../tests/support/chromium.mjs';
import { generateLadder, HISTORY_COMMITS } from './generate.mjs';
import { lighthouseScores } from './lighthouse.mjs';
import { measureBuild } from './measure-build.mjs';
import { measurePageWeight } from './page-weight.mjs';
import { startServer } from './serve.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const searchOnly = process.argv.includes('--search-only');
const withLighthouse = !quick && !searchOnly && !process.argv.includes('--no-lighthouse');
// --search-only builds in a folder of its own, so it can run beside a full benchmark.
const work = path.join(os.tmpdir(), searchOnly ? 'career-ladder-bench-search' : 'career-ladder-bench');
const chromePath = findChromium();
if (!chromePath) throw new Error('The benchmarks need Chromium: install it or set CHROMIUM_PATH (see README).');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (met) => (met ? 'met' : '**not met**');
const table = (head, rows) => [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');
const log = (line) => process.stderr.write(`${line}\n`);

const scales = [
  { name: 'seed', contentDir: path.join(root, 'content'), level: 'web-operations/senior/', querySet: path.join(root, 'bench/queries/seed.json') },
  ...(searchOnly && !quick ? [] : [{ name: '200 pages', tracks: 20, levels: 10, level: 'platform-001/level-5/' }]),
  ...(quick ? [] : [{ name: '2,000 pages', tracks: 200, levels: 10, level: 'platform-001/level-5/' }]),
];
/** Search quality is also measured on the long structured fixture, built once. */
const structured = { name: 'structured fixture', contentDir: path.join(root, 'tests/fixtures/structured-ladder'), querySet: path.join(root, 'bench/queries/structured.json') };
const runs = quick || searchOnly ? 1 : 3;
const results = { date: new Date().toISOString(), cores: os.cpus().length, node: process.version, builds: [], pages: [], lighthouse: [], search: [] };

for (const scale of scales) {
  if (scale.tracks) {
    scale.contentDir = path.join(work, slugOf(scale.name), 'content');
    log(`Generating ${scale.name}, with a git history of ${HISTORY_COMMITS} commits…`);
    await generateLadder({ outDir: scale.contentDir, tracks: scale.tracks, levels: scale.levels });
  }
  scale.outDir = path.join(work, slugOf(scale.name), 'dist');
  const measured = [];
  for (let run = 1; run <= runs; run++) {
    log(`Building ${scale.name} (${run}/${runs})…`);
    measured.push(searchOnly ? await buildOnly(scale) : await measureBuild({ root, contentDir: scale.contentDir, outDir: scale.outDir }));
  }
  const levelHtml = await readFile(path.join(scale.outDir, scale.level, 'index.html'));
  results.builds.push({
    scale: scale.name,
    ms: median(measured.map((m) => m.ms)),
    runsMs: measured.map((m) => m.ms),
    peakBytes: Math.max(...measured.map((m) => m.peakBytes)),
    distBytes: measured.at(-1).distBytes,
    pages: measured.at(-1).pages,
    indexMs: median(measured.map((m) => m.indexMs)),
    levelPageBytes: levelHtml.length,
    levelPageBrotli: brotliCompressSync(levelHtml).length,
  });
}

const seed = scales[0];
structured.outDir = path.join(work, slugOf(structured.name), 'dist');
log(`Building the ${structured.name}…`);
structured.indexMs = (await buildOnly(structured)).indexMs;
const server = searchOnly ? undefined : await startServer({ root: seed.outDir, base: '/' });
if (server) {
  try {
    for (const [name, pathname] of [['home', ''], ['level page', seed.level]]) {
      log(`Measuring page weight of the ${name}…`);
      results.pages.push({ page: name, ...(await measurePageWeight(server.url + pathname)) });
    }
    if (withLighthouse) {
      for (const [name, pathname] of [['home', ''], ['level page', seed.level]]) {
        for (const formFactor of ['mobile', 'desktop']) {
          log(`Lighthouse: ${name}, ${formFactor}…`);
          results.lighthouse.push({ page: name, formFactor, ...(await lighthouseScores({ url: server.url + pathname, formFactor, chromePath })) });
        }
      }
    }
  } finally {
    await server.close();
  }
}

const searchModule = path.join(root, 'bench/search.mjs');
if (existsSync(searchModule)) {
  const { benchQuality, benchSearch, indexSize } = await import(searchModule);
  for (const scale of [seed, structured, scales.at(-1)]) {
    const site = await startServer({ root: scale.outDir, base: '/' });
    try {
      log(`Search on ${scale.name}…`);
      const queries = scale === seed ? ['mentoring', 'Linux', 'self-study'] : scale === structured ? ['on-call', 'code review', 'mentoring'] : ['mentor', 'incident', 'capacity'];
      const index = await indexSize(scale.outDir);
      const indexMs = scale.indexMs ?? results.builds.find((b) => b.scale === scale.name).indexMs;
      const quality = scale.querySet ? await benchQuality({ baseURL: site.url, querySet: scale.querySet, chromiumPath: chromePath }) : undefined;
      results.search.push({ scale: scale.name, indexBytes: index.bytes, indexMs, ...(await benchSearch({ baseURL: site.url, queries, runs: 20, chromiumPath: chromePath })), ...(quality ? { quality } : {}) });
    } finally {
      await site.close();
    }
  }
}

report(results);
await mkdir(path.join(root, 'bench/results'), { recursive: true });
const file = path.join(root, 'bench/results', `${results.date.replace(/[:.]/g, '-')}.json`);
await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
log(`\nFigures written to ${path.relative(root, file)}`);

/**
 * One build for --search-only and the structured fixture: the command `npm run build` runs, into
 * the bench's folder, without clearing the content cache the way measureBuild's cold builds do
 * (other builds of this checkout may be using it). Returns the index's share of the time.
 */
async function buildOnly({ contentDir, outDir }) {
  const { scripts } = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
  const [, ...args] = scripts.build.trim().split(/\s+/);
  const child = spawn(process.execPath, [...args, '--outDir', outDir], {
    cwd: root,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LADDER_CONTENT_DIR: contentDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const started = performance.now();
  const code = await new Promise((resolve) => child.on('close', resolve));
  if (code !== 0) throw new Error(`Build of ${contentDir} failed:\n${output}`);
  const { folderStats } = await import('./measure-build.mjs');
  const { bytes, pages } = await folderStats(outDir);
  return { ms: performance.now() - started, peakBytes: 0, distBytes: bytes, pages, indexMs: Number(/Search index written from \d+ pages in (\d+) ms/.exec(output)?.[1] ?? NaN) };
}

function slugOf(name) {
  return name.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
}

function report({ builds, pages, lighthouse, search, cores }) {
  const out = [];
  if (!searchOnly) reportBuildAndPages(out, { builds, pages, lighthouse, cores });
  if (search.length > 0) {
    out.push('\n## Search (median of 20 queries; targets: on 2,000 pages first results < 50 ms and first query < 150 KB; precision at 1 ≥ 0.9 on each labelled query set)\n');
    out.push(
      table(
        ['ladder', 'index build', 'index on disk', 'first query fetches', 'last keystroke → first result', 'precision at 1', 'mean reciprocal rank', 'verdict'],
        search.map((s) => [
          s.scale,
          `${Math.round(s.indexMs)} ms`,
          mb(s.indexBytes),
          `${kb(s.firstQueryBytes)} in ${s.firstQueryRequests} requests`,
          `${s.medianMs.toFixed(1)} ms`,
          s.quality ? `${s.quality.p1.toFixed(2)} (${s.quality.queries} queries)` : '–',
          s.quality ? s.quality.mrr.toFixed(2) : '–',
          s.scale === '2,000 pages' ? verdict(s.medianMs < 50 && s.firstQueryBytes < 150 * 1024) : s.quality ? verdict(s.quality.p1 >= 0.9) : '',
        ]),
      ),
    );
    for (const s of search.filter((entry) => entry.quality?.misses.length)) {
      out.push(`\nMissed on the ${s.scale} (first result ≠ the expected expectation): ${s.quality.misses.map((miss) => `"${miss.q}"${miss.followed ? ` → "${miss.followed}"` : ''} (rank ${miss.rank || 'none'})`).join(', ')}.`);
    }
  }
  console.log(out.join('\n'));
}

function reportBuildAndPages(out, { builds, pages, lighthouse, cores }) {
  out.push(`## Build (${cores} cores, median of ${runs} build${runs > 1 ? 's' : ''} from a cold content cache, each over the previous output, search index included)\n`);
  out.push(
    table(
      ['ladder', 'pages', 'build time (each run)', 'pages/s', 'peak memory', 'dist/', 'a level page (raw / brotli)'],
      builds.map((b) => [b.scale, b.pages, `${seconds(b.ms)} (${b.runsMs.map((ms) => (ms / 1000).toFixed(1)).join(', ')})`, Math.round(b.pages / (b.ms / 1000)), mb(b.peakBytes), mb(b.distBytes), `${kb(b.levelPageBytes)} / ${kb(b.levelPageBrotli)}`]),
    ),
  );
  const big = builds.find((b) => b.scale === '2,000 pages');
  const mid = builds.find((b) => b.scale === '200 pages');
  if (big && mid) {
    out.push('\n### Targets for the 2,000-page ladder\n');
    out.push(
      table(
        ['target', 'figure', 'verdict'],
        [
          ['build ≤ 25 s', seconds(big.ms), verdict(big.ms <= 25_000)],
          ['peak memory ≤ 800 MB', mb(big.peakBytes), verdict(big.peakBytes <= 800 * 1024 * 1024)],
          ['dist/ ≤ 60 MB', mb(big.distBytes), verdict(big.distBytes <= 60 * 1024 * 1024)],
          ['output ≤ 20 KB a page on average (dist/ ÷ HTML pages)', kb(big.distBytes / big.pages), verdict(big.distBytes / big.pages <= 20 * 1024)],
          ['build time ≤ 12× the 200-page build', `${(big.ms / mid.ms).toFixed(1)}×`, verdict(big.ms <= 12 * mid.ms)],
          ['dist/ size ≤ 12× the 200-page build', `${(big.distBytes / mid.distBytes).toFixed(1)}×`, verdict(big.distBytes <= 12 * mid.distBytes)],
          ['a level page does not grow with the number of tracks', `${kb(mid.levelPageBytes)} → ${kb(big.levelPageBytes)}`, verdict(big.levelPageBytes <= mid.levelPageBytes * 1.02)],
        ],
      ),
    );
  }
  out.push('\n## Page weight (seed ladder, phone viewport; bytes as a brotli-compressing host sends them)\n');
  out.push(
    table(
      ['page', 'at load: brotli / requests', 'idle: brotli / requests', 'JavaScript (brotli, inline included)', 'first contentful paint', 'layout shift'],
      pages.map((p) => [p.page, `${kb(p.atLoad.brotli)} / ${p.atLoad.requests}`, `${kb(p.bytes.brotli)} / ${p.requests}`, kb(p.js.brotli), `${Math.round(p.fcpMs)} ms`, p.cls.toFixed(3)]),
    ),
  );
  const level = pages.find((p) => p.page === 'level page');
  out.push('\n### Targets for a level page, until the user reaches for search\n');
  out.push(
    table(
      ['target', 'figure', 'verdict'],
      [
        ['≤ 10 KB transferred', kb(level.bytes.brotli), verdict(level.bytes.brotli <= 10 * 1024)],
        ['≤ 4 requests (favicon included)', String(level.requests), verdict(level.requests <= 4)],
        ['≤ 1 KB of JavaScript (compressed)', kb(level.js.brotli), verdict(level.js.brotli <= 1024)],
        ['no layout shift', level.cls.toFixed(3), verdict(level.cls === 0)],
      ],
    ),
  );
  if (lighthouse.length > 0) {
    out.push('\n## Lighthouse (seed ladder, median of 3 runs; targets: 100 in every category, first contentful paint ≤ 800 ms on mobile)\n');
    out.push(
      table(
        ['page', 'form factor', 'performance', 'accessibility', 'best practices', 'SEO', 'first contentful paint', 'verdict'],
        lighthouse.map((l) => [
          l.page,
          l.formFactor,
          l.performance,
          l.accessibility,
          l['best-practices'],
          l.seo,
          `${Math.round(l.fcpMs)} ms`,
          verdict([l.performance, l.accessibility, l['best-practices'], l.seo].every((score) => score === 100) && (l.formFactor !== 'mobile' || l.fcpMs <= 800)) + (l.failing.length ? ` (${l.failing.join(', ')})` : ''),
        ]),
      ),
    );
  }
}
