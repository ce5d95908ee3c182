import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

/** What a build of a fixture ladder gave: its exit code, everything it printed, and its output folder. */
export interface Build {
  status: number | null;
  output: string;
  outDir: string;
}

/** The command behind `npm run build` (its memory flags matter only for large ladders), for one content folder. */
function buildCommand(contentDir: string, name: string, env: Record<string, string>) {
  const outDir = path.join(repoRoot, 'tests/.builds', name);
  return {
    outDir,
    args: [path.join(repoRoot, 'scripts/build.ts'), '--outDir', outDir],
    options: { cwd: repoRoot, env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', LADDER_CONTENT_DIR: contentDir, ...env } },
  };
}

/**
 * Builds the site from a content folder into `tests/.builds/<name>`, as `npm run build` would
 * with LADDER_CONTENT_DIR set. Returns the exit code, the output and where the site went.
 */
export function buildSite(contentDir: string, name: string, env: Record<string, string> = {}): Build {
  const { outDir, args, options } = buildCommand(contentDir, name, env);
  const result = spawnSync(process.execPath, args, { ...options, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}`, outDir };
}

/** `buildSite` without blocking, so that several builds can run side by side. */
export function buildSiteAsync(contentDir: string, name: string, env: Record<string, string> = {}): Promise<Build> {
  const { outDir, args, options } = buildCommand(contentDir, name, env);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, options);
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output: `${stdout}\n${stderr}`, outDir }));
  });
}

/**
 * The test runner's environment without the variables Vitest sets for its own Vite
 * (`BASE_URL`, `MODE`, `DEV`, `PROD`, `SSR`): a build would take them as its own.
 */
export function buildEnv(): NodeJS.ProcessEnv {
  const { BASE_URL: _base, MODE: _mode, DEV: _dev, PROD: _prod, SSR: _ssr, ...rest } = process.env;
  return rest;
}
