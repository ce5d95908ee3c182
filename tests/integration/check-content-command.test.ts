import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from 'vitest';
import { buildEnv } from '../support/build.ts';
import { repoRoot, WEB_OPERATIONS_LADDER } from '../support/fixtures.ts';

/** Runs `npm run check:content`'s script on a content folder. */
function checkContent(contentDir: string, env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/check-content.ts')], {
    cwd: repoRoot,
    encoding: 'utf8',
    env: { ...buildEnv(), GITHUB_ACTIONS: '', LADDER_CONTENT_DIR: contentDir, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

test('npm run check:content passes a sound ladder and exits 0', () => {
  const { status, stdout } = checkContent(WEB_OPERATIONS_LADDER);
  expect(status).toBe(0);
  expect(stdout).toMatch(/no problems \(\d+\.\d s\)/);
});

test('npm run check:content prints path:line and the fix, exits 1, and annotates the lines under GitHub Actions', () => {
  const plain = checkContent('tests/fixtures/broken/unknown-next');
  expect(plain.status).toBe(1);
  expect(plain.stderr).toContain('tests/fixtures/broken/unknown-next/ops/junior.md:4: next: "senoir" names no level.\n  How to fix: Did you mean "senior"?');
  expect(plain.stdout).not.toContain('::error');
  const actions = checkContent('tests/fixtures/broken/unknown-next', { GITHUB_ACTIONS: 'true' });
  expect(actions.stdout).toContain('::error file=tests/fixtures/broken/unknown-next/ops/junior.md,line=4,title=next::');
});

test('npm run check:content names an unusable setting instead of failing with a stack trace', () => {
  const { status, stderr } = checkContent('tests/fixtures/no-such-folder');
  expect(status).toBe(1);
  expect(stderr).toContain('LADDER_CONTENT_DIR');
  expect(stderr).not.toMatch(/^\s+at /m);
});
