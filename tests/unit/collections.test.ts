import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import * as content from 'astro:content';
import { ladderFromFiles, type ContentFile } from '../../src/lib/content/check.ts';
import { levelSchema, trackSchema } from '../../src/lib/schema.ts';
import { levelMarkdownOptions } from '../../src/node/level-markdown.ts';
import { readContentFolder } from '../../src/node/read-content-folder.ts';
import { repoRoot, WEB_OPERATIONS_LADDER } from '../support/fixtures.ts';

// The pages read the ladder from Astro's content collections (src/collections/get-ladder.ts); the
// build's rules read the files themselves (src/lib/content/). Both must see the same ladder.
vi.mock('astro:content', () => ({ getCollection: vi.fn(), getEntry: vi.fn(), render: vi.fn() }));

/** The collections' entries for a content folder, made as Astro's glob loader makes them: schema-parsed data, body, rendered HTML. */
async function collectionsOf(contentDir: string, files: ContentFile[]) {
  const processor = await createMarkdownProcessor({ ...levelMarkdownOptions(contentDir, '/'), syntaxHighlight: false });
  const levels = await Promise.all(
    files
      .filter((file) => /\.mdx?$/.test(file.relativePath))
      .map(async (file) => {
        const { frontmatter, content: body } = parseFrontmatter(file.text!);
        const data = levelSchema.parse(frontmatter);
        const rendered = await processor.render(body, { frontmatter: { ...frontmatter }, fileURL: pathToFileURL(path.join(repoRoot, file.path)) });
        return { id: file.relativePath.replace(/\.mdx?$/, ''), filePath: file.path, data, body, rendered: { html: rendered.code, metadata: rendered.metadata } };
      }),
  );
  const tracks = files
    .filter((file) => file.relativePath.endsWith('/_track.yml'))
    .map((file) => ({ id: file.relativePath.split('/')[0]!, data: trackSchema.parse(yaml.load(file.text!)) }));
  return { levels, tracks };
}

/** getLadder() from a fresh copy of its module (it keeps the ladder for the build), over these collections. */
async function ladderFromCollections(collections: Awaited<ReturnType<typeof collectionsOf>>) {
  vi.mocked(content.getCollection).mockImplementation((async (name: string) => collections[name as 'levels' | 'tracks']) as never);
  vi.resetModules();
  const { getLadder } = await import('../../src/collections/get-ladder.ts');
  return getLadder();
}

beforeEach(() => vi.mocked(content.getCollection).mockReset());

describe('the pages and the build rules see the same ladder', () => {
  for (const folder of [WEB_OPERATIONS_LADDER, 'tests/fixtures/structured-ladder']) {
    test(`${folder}: tracks, levels, ranks, next, summaries, to-be-defined and aliases alike`, async () => {
      const files = await readContentFolder(repoRoot, folder);
      expect(await ladderFromCollections(await collectionsOf(folder, files))).toEqual(ladderFromFiles(files));
    });
  }
});

describe('the pages refuse a level that would be published wrong', () => {
  test('a Markdown level whose rendering failed (no HTML, as a cached failure leaves it) names its file', async () => {
    const files = await readContentFolder(repoRoot, WEB_OPERATIONS_LADDER);
    const collections = await collectionsOf(WEB_OPERATIONS_LADDER, files);
    const senior = collections.levels.find((level) => level.id === 'web-operations/senior')!;
    (senior as { rendered?: unknown }).rendered = undefined;
    await expect(ladderFromCollections(collections)).rejects.toThrow(/web-operations\/senior\.md\n  \(text\): could not be turned into HTML/);
  });

  test('ids an author wrote twice fail with the file, even though rendering did not throw', async () => {
    const folder = 'tests/fixtures/trust/duplicate-explicit-id';
    const collections = await collectionsOf(folder, await readContentFolder(repoRoot, folder));
    await expect(ladderFromCollections(collections)).rejects.toThrow(/duplicate-explicit-id\/ops\/junior\.md\n  \(id\): \{#reviews\} is written on 2 blocks/);
  });
});
