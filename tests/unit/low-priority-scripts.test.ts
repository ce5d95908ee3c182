import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { lowPriorityScripts } from '../../src/node/low-priority-scripts.ts';

// Astro's own module, as installed: the plugin must keep finding the tag in it.
const rendererPath = createRequire(import.meta.url).resolve('astro/runtime/server/render/script.js');
const transform = (code: string, id: string) => {
  const hook = lowPriorityScripts().transform as (code: string, id: string) => { code: string } | undefined;
  return hook.call({}, code, id);
};

describe('the scripts Astro bundles ask for low fetch priority', () => {
  test("in the installed Astro's script renderer", () => {
    const amended = transform(readFileSync(rendererPath, 'utf8'), rendererPath)!.code;
    expect(amended).toContain('<script type="module" fetchpriority="low" src=');
    expect(amended).not.toContain('<script type="module" src=');
  });

  test('and nowhere else', () => {
    expect(transform('const tag = `<script type="module" src="x">`;', '/project/src/lib/html.ts')).toBeUndefined();
  });

  test('a renderer that writes the tag differently fails the build, naming the module to update', () => {
    expect(() => transform('export const renderScript = () => "<script src>";', rendererPath)).toThrow(/src\/node\/low-priority-scripts\.ts/);
  });
});
