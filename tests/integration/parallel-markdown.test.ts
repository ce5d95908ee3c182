import type { ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { TEXT_PROBLEMS_KEY } from '../../src/lib/markdown/problems.ts';
import { levelMarkdownOptions } from '../../src/node/level-markdown.ts';
import { parallelMarkdown } from '../../src/node/parallel-markdown.ts';

// The build renders level files in worker processes (src/node/parallel-markdown.ts). What it
// publishes must be exactly what Astro's unified() processor makes of the same file in process.

const FOLDER = 'tests/fixtures/structured-ladder';
const shared = { syntaxHighlight: false } as AstroMarkdownOptions;

/** Every Markdown level of the fixture: its body (frontmatter taken off) and file URL. */
function levels() {
  return readdirSync(FOLDER, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const text = readFileSync(path.join(FOLDER, file), 'utf8');
      return { file, body: text.replace(/^---\n[\s\S]*?\n---\n/, ''), fileURL: pathToFileURL(path.resolve(FOLDER, file)) };
    });
}

/** The processor as `astro build` uses it: its integration told that this is a build. */
function buildingProcessor() {
  const { processor, integration } = parallelMarkdown(FOLDER, '/');
  const setup = integration.hooks['astro:config:setup'] as (options: { command: string }) => void;
  setup({ command: 'build' });
  return processor;
}

describe('level Markdown rendered in worker processes', () => {
  test('only in a build: the dev server renders an edited file in process, without starting a worker', async () => {
    const { processor } = parallelMarkdown(FOLDER, '/');
    expect((await processor.createRenderer(shared)).constructor.name).not.toBe('RenderPool');
  });

  test('gives the same HTML and metadata as the processor in process, for every level of the structured fixture', async () => {
    const inProcess = await unified(levelMarkdownOptions(FOLDER, '/')).createRenderer(shared);
    const pool = await buildingProcessor().createRenderer(shared);
    // The worker pool, not the processor's own renderer.
    expect(pool.constructor.name).toBe('RenderPool');
    const files = levels();
    expect(files.length).toBeGreaterThanOrEqual(6);
    // All at once, as Astro's loader asks: the answers must not be mixed up between files.
    const fromPool = await Promise.all(files.map(({ body, fileURL }) => pool.render(body, { fileURL, frontmatter: { title: 'L' } })));
    for (const [index, { body, fileURL, file }] of files.entries()) {
      const expected = await inProcess.render(body, { fileURL, frontmatter: { title: 'L' } });
      expect(fromPool[index], file).toEqual(expected);
    }
  });

  test('carries the problems the plugins record (two paragraphs given the same id) back with the result', async () => {
    const pool = await buildingProcessor().createRenderer(shared);
    const { code, metadata } = await pool.render('You ship. {#same}\n\nYou review. {#same}\n', { fileURL: pathToFileURL(path.resolve(FOLDER, 'x/l1.md')), frontmatter: { title: 'L1' } });
    expect(code).toContain('You ship.');
    expect(metadata.frontmatter[TEXT_PROBLEMS_KEY]).toEqual([expect.objectContaining({ message: expect.stringContaining('same') })]);
  });

  test('a worker that dies fails the file it had in hand, saying so, and the next file gets a new worker', async () => {
    const pool = await buildingProcessor().createRenderer(shared);
    const level = { fileURL: pathToFileURL(path.resolve(FOLDER, 'x/l1.md')), frontmatter: { title: 'L1' } };
    await pool.render('You warm up.', level);
    // The pool's own worker, reached into: nothing else can make a worker die on purpose.
    const [slot] = (pool as unknown as { slots: { worker: ChildProcess }[] }).slots;
    const inHand = pool.render('You ship.', level);
    slot!.worker.kill('SIGKILL');
    await expect(inHand).rejects.toThrow('The Markdown worker process stopped (SIGKILL) before it answered.');
    expect((await pool.render('You review.', level)).code).toContain('You review.');
  });

  test('workers start while Astro is still starting; one that stopped before its first file is replaced', async () => {
    const pool = await buildingProcessor().createRenderer(shared);
    // Started by the integration, before the renderer was asked for: reached into, as above.
    const spares = (pool as unknown as { spares: ChildProcess[] }).spares;
    expect(spares.length).toBeGreaterThan(0);
    const first = spares[0]!;
    first.kill('SIGKILL');
    await new Promise((resolve) => first.once('exit', resolve));
    const level = { fileURL: pathToFileURL(path.resolve(FOLDER, 'x/l1.md')), frontmatter: { title: 'L1' } };
    expect((await pool.render('You start warm.', level)).code).toContain('You start warm.');
    const [slot] = (pool as unknown as { slots: { worker: ChildProcess }[] }).slots;
    expect(slot!.worker).not.toBe(first);
  });
});
