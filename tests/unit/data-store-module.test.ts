import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { storeModuleCode } from '../../src/integrations/data-store-from-file.ts';

// The pages read Astro's content store from its file (src/integrations/data-store-from-file.ts).
// Astro loads that module inside a try that falls back to an empty store: the module itself must
// stop the build when the store cannot be used, or a ladder would be published without levels.

const folder = mkdtempSync(path.join(tmpdir(), 'data-store-module-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** Runs the module for a store file holding `content` (none when undefined) and prints what it exports. */
function run(content: string | undefined) {
  const store = path.join(folder, `store-${Math.random().toString(36).slice(2)}.json`);
  if (content !== undefined) writeFileSync(store, content);
  const module = path.join(folder, `module-${Math.random().toString(36).slice(2)}.mjs`);
  writeFileSync(module, storeModuleCode(store));
  const runner = `import(${JSON.stringify(module)}).then((m) => console.log(JSON.stringify(m.default)))`;
  const { status, stdout, stderr } = spawnSync(process.execPath, ['--input-type=module', '-e', runner], { encoding: 'utf8' });
  return { status, stdout: stdout.trim(), stderr, store };
}

describe('the content store module the pages read', () => {
  test("exports the store file's content, as Astro's own module does", () => {
    const { status, stdout } = run('[["Map",1],"levels"]');
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual([['Map', 1], 'levels']);
  });

  test('stops the build, naming the file, when the store cannot be read', () => {
    const { status, stderr, store } = run(undefined);
    expect(status).toBe(1);
    expect(stderr).toContain(`The pages could not read the content collections from ${store}`);
    expect(stderr).toContain('ENOENT');
  });

  test('stops the build when the store is not in the form it reads, saying what to do', () => {
    const { status, stderr } = run('{"levels":["chunk-1.json"]}');
    expect(status).toBe(1);
    expect(stderr).toContain('not in the form this build reads');
    expect(stderr).toContain('Remove dataStoreFile() from astro.config.mjs');
  });
});
