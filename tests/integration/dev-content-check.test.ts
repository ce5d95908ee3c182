import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { repoRoot } from '../support/fixtures.ts';

const contentDir = 'tests/.builds/dev-content';
let server: DevServer | undefined;

afterEach(() => {
  server?.stop();
  rmSync(path.join(repoRoot, contentDir), { recursive: true, force: true });
});

test('the dev server names an author’s mistake as soon as the file is saved: file, field, fix', async () => {
  cpSync(path.join(repoRoot, 'tests/fixtures/mdx-ladder'), path.join(repoRoot, contentDir), { recursive: true });
  server = await startDevServer(contentDir, 4339);
  const { outputMatching } = server;
  const level = path.join(repoRoot, contentDir, 'platform/engineer.md');
  writeFileSync(level, readFileSync(level, 'utf8').replace('next: staff', 'next: staf'));
  const output = await outputMatching(/How to fix: Did you mean "staff"\?/);
  expect(output).toContain(`${contentDir}/platform/engineer.md:4\n  next: "staf" names no level.`);
  expect(output).toContain('pages may be wrong until they are fixed');
}, 60_000);
