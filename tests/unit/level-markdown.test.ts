import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified, type AstroMarkdownOptions } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import type { Processor } from 'unified';
import { describe, expect, test } from 'vitest';
import { withoutAstroRawPass } from '../../src/lib/markdown/without-astro-raw-pass.ts';
import { levelMarkdownOptions } from '../../src/node/level-markdown.ts';

const shared = { syntaxHighlight: false } as AstroMarkdownOptions;
// Levels with sections, lists and tables; raw HTML, safe and unsafe; the seed's plain paragraphs.
const FOLDERS = ['tests/fixtures/structured-ladder', 'tests/fixtures/trust/unsafe-html', 'tests/fixtures/web-operations-ladder'];

describe("Astro's closing HTML-parser pass, left out of the level pipeline", () => {
  test('changes nothing a level renders to, on every Markdown level of the fixtures', async () => {
    for (const folder of FOLDERS) {
      const options = levelMarkdownOptions(folder, '/');
      const withPass = { ...options, rehypePlugins: options.rehypePlugins!.filter((plugin) => plugin !== withoutAstroRawPass) };
      const [fast, astro] = await Promise.all([unified(options).createRenderer(shared), unified(withPass).createRenderer(shared)]);
      const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
      expect(files.length, folder).toBeGreaterThan(0);
      for (const file of files) {
        const body = readFileSync(path.join(folder, file), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
        const render = { fileURL: pathToFileURL(path.resolve(folder, file)), frontmatter: { title: 'L' } };
        expect(await fast.render(body, render), `${folder}/${file}`).toEqual(await astro.render(body, render));
      }
    }
  });

  test('removes only the rehype-raw passes after it, not one an MDX pipeline runs before the level plugins', () => {
    const levelPlugin = () => {};
    const stringify = () => {};
    const attachers = [[rehypeRaw, { passThrough: [] }], [withoutAstroRawPass], [levelPlugin], [rehypeRaw], [stringify]];
    withoutAstroRawPass.call({ attachers } as unknown as Processor);
    expect(attachers).toEqual([[rehypeRaw, { passThrough: [] }], [withoutAstroRawPass], [levelPlugin], [stringify]]);
  });
});
