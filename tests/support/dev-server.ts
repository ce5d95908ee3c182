import { spawn } from 'node:child_process';
import path from 'node:path';
import { buildEnv } from './build.ts';
import { repoRoot } from './fixtures.ts';

/** A running `astro dev` on a content folder. */
export interface DevServer {
  /** Resolves with all output so far once it matches `pattern`; rejects if the server stops. */
  outputMatching(pattern: RegExp): Promise<string>;
  /** The page at `pathname` as the server serves it now, with its status. */
  page(pathname: string): Promise<{ status: number; html: string }>;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): void;
}

/** The test runner's environment without what marks it as Vitest's: Astro's dev server reads those and serves no pages. */
function devEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(buildEnv()).filter(([name]) => !/^(VITEST.*|TEST|NODE_ENV)$/.test(name)));
}

/**
 * Starts `astro dev` on a content folder and port; resolves once it watches files and serves its
 * home page. `--ignore-lock`: Astro allows one dev server per project unless told otherwise, and
 * the browser tests' own dev server may be running.
 */
export async function startDevServer(contentDir: string, port: number): Promise<DevServer> {
  const server = spawn(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--ignore-lock'], {
    cwd: repoRoot,
    env: { ...devEnv(), ASTRO_TELEMETRY_DISABLED: '1', LADDER_CONTENT_DIR: contentDir },
  });
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const outputMatching = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        if (pattern.test(output)) (clearInterval(timer), resolve(output));
        else if (server.exitCode !== null) (clearInterval(timer), reject(new Error(`astro dev stopped:\n${output}`)));
      }, 100);
    });
  const page = async (pathname: string) => {
    const response = await fetch(`http://localhost:${port}${pathname}`);
    return { status: response.status, html: await response.text() };
  };
  await outputMatching(/watching for file changes/);
  // The routes are ready a moment after the watcher: wait for the home page.
  const started = Date.now();
  while ((await page('/').catch(() => ({ status: 0, html: '' }))).status !== 200) {
    if (server.exitCode !== null || Date.now() - started > 30_000) throw new Error(`astro dev serves no pages:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { outputMatching, page, output: () => output, stop: () => server.kill() };
}
