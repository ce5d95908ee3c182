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
    [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir],
    {
      cwd: repoRoot,
      encoding: 'utf8',
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LADDER_CONTENT_DIR: contentDir, ...env },
    },
  );
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}
