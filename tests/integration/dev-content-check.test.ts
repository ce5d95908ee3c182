import { spawn } from 'node:child_process';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { buildEnv } from '../support/build.ts';
import { repoRoot } from '../support/fixtures.ts';

const contentDir = 'tests/.builds/dev-content';
let stopServer = () => {};

afterEach(() => {
  stopServer();
  rmSync(path.join(repoRoot, contentDir), { recursive: true, force: true });
});

/** Starts `astro dev` on a content folder; resolves with a way to wait for its output once it watches files. */
async function startDevServer(content: string) {
  const server = spawn(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', '4339'], {
    cwd: repoRoot,
    env: { ...buildEnv(), ASTRO_TELEMETRY_DISABLED: '1', LADDER_CONTENT_DIR: content },
  });
  stopServer = () => server.kill();
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  /** Resolves with all output so far once it matches `pattern`. */
  const outputMatching = (pattern: RegExp) =>
    new Promise<string>((resolve, reject) => {
      const timer = setInterval(() => {
        if (pattern.test(output)) (clearInterval(timer), resolve(output));
        else if (server.exitCode !== null) (clearInterval(timer), reject(new Error(`astro dev stopped:\n${output}`)));
      }, 100);
    });
  await outputMatching(/watching for file changes/);
  return { outputMatching };
}

test('the dev server names an author’s mistake as soon as the file is saved: file, field, fix', async () => {
  cpSync(path.join(repoRoot, 'tests/fixtures/mdx-ladder'), path.join(repoRoot, contentDir), { recursive: true });
  const { outputMatching } = await startDevServer(contentDir);
  const level = path.join(repoRoot, contentDir, 'platform/engineer.md');
  writeFileSync(level, readFileSync(level, 'utf8').replace('next: staff', 'next: staf'));
  const output = await outputMatching(/How to fix: Did you mean "staff"\?/);
  expect(output).toContain(`${contentDir}/platform/engineer.md:4\n  next: "staf" names no level.`);
  expect(output).toContain('pages may be wrong until they are fixed');
}, 60_000);
