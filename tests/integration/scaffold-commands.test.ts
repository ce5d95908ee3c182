import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { buildEnv } from '../support/build.ts';
import { repoRoot, WEB_OPERATIONS_LADDER } from '../support/fixtures.ts';

const contentDir = 'tests/.builds/scaffold';
const folder = path.join(repoRoot, contentDir);

afterEach(() => rmSync(folder, { recursive: true, force: true }));

/** Runs one of the scaffolding scripts on a copy of the Web Operations ladder. */
function run(script: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', script), ...args], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...buildEnv(), LADDER_CONTENT_DIR: contentDir },
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Every file of the copy with its text, to tell whether anything was touched. */
function snapshot(): Record<string, string> {
  const files = readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  return Object.fromEntries(files.map((entry) => [path.join(entry.parentPath, entry.name), readFileSync(path.join(entry.parentPath, entry.name), 'utf8')]));
}

test('new:level and new:track write files that pass npm run check:content', () => {
  cpSync(path.join(repoRoot, WEB_OPERATIONS_LADDER), folder, { recursive: true });
  const level = run('new-level.ts', '--track', 'web-operations', '--file', 'staff', '--title', 'Staff Engineer', '--after', 'senior');
  expect(level.status, level.output).toBe(0);
  expect(level.output).toContain(`wrote ${contentDir}/web-operations/staff.md`);
  const track = run('new-track.ts', '--id', 'platform', '--title', 'Platform');
  expect(track.status, track.output).toBe(0);
  const check = run('check-content.ts');
  expect(check.status, check.output).toBe(0);
});

test('a refused command says why and touches nothing', () => {
  cpSync(path.join(repoRoot, WEB_OPERATIONS_LADDER), folder, { recursive: true });
  const before = snapshot();
  const clash = run('new-level.ts', '--track', 'web-operations', '--file', 'senior', '--title', 'Senior again');
  expect(clash.status).toBe(1);
  expect(clash.output).toContain('senior.md already exists');
  const missing = run('new-level.ts', '--track', 'web-operations', '--file', 'staff');
  expect(missing.status).toBe(1);
  expect(missing.output).toContain('Usage: npm run new:level');
  expect(snapshot()).toEqual(before);
});
