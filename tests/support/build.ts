import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

/**
 * Builds the site from a content folder into `tests/.builds/<name>`, as `npm run build` would
 * with LADDER_CONTENT_DIR set. Returns the exit code, the output and where the site went.
 */
export function buildSite(contentDir: string, name: string, env: Record<string, string> = {}) {
  const outDir = path.join(repoRoot, 'tests/.builds', name);
  const result = spawnSync(
    process.execPath,
    // The script behind `npm run build` (its memory flags matter only for large ladders).
    [path.join(repoRoot, 'scripts/build.ts'), '--outDir', outDir],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', LADDER_CONTENT_DIR: contentDir, ...env },
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/**
 * The test runner's environment without the variables Vitest sets for its own Vite
 * (`BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`): a build would take them as its own.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  return rest;
}
