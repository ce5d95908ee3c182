// `npm run build`: Astro's production build, started so that a large ladder's build stays within
// its memory budget (see the README's Benchmarks).
//
// - The V8 flags in package.json's build script make Node collect garbage while pages render
//   rather than let its heap grow. They cap nothing, so a larger ladder still builds.
// - Vite's bundler, Rolldown, allocates through mimalloc, which keeps memory it has freed for a
//   while before handing it back to the system; a purge delay of 0 hands it back at once. It also
//   commits its whole arena up front where Linux allows overcommit, so pages Rolldown once touched
//   stayed resident for the rest of the build (150 MB of a 2,000-level build's peak): arenas are
//   committed as they are used instead. mimalloc reads its settings when Rolldown loads, so they
//   are set here, before Astro is imported. A value already in the environment wins.
//
// Arguments pass on to `astro build`, e.g. `npm run build -- --outDir elsewhere`.
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

process.env['MIMALLOC_PURGE_DELAY'] ??= '0';
process.env['MIMALLOC_ARENA_EAGER_COMMIT'] ??= '0';
const astroCli = path.join(path.dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin/astro.mjs');
process.argv = [process.argv[0]!, astroCli, 'build', ...process.argv.slice(2)];
await import(pathToFileURL(astroCli).href);
