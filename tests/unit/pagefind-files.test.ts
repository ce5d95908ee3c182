import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { afterAll, describe, expect, test } from 'vitest';
import { decodeCbor, ENTRY_FILE, indexFilesOf, metaFilesOf, type PagefindEntry } from '../../src/lib/pagefind-files.ts';

// A rebuild keeps the previous index's files that the new index still names and deletes the
// others (src/integrations/pagefind.ts): the names must be read from the index exactly.

const folder = mkdtempSync(path.join(os.tmpdir(), 'pagefind-files-'));
afterAll(async () => {
  await pagefind.close();
  rmSync(folder, { recursive: true, force: true });
});

/** Every file Pagefind names by a hash, relative to the index folder. */
function hashedFiles(index: string): string[] {
  const top = readdirSync(index).filter((name) => name.endsWith('.pf_meta'));
  const nested = ['fragment', 'index', 'filter'].flatMap((sub) => readdirSync(path.join(index, sub)).map((name) => `${sub}/${name}`));
  return [...top, ...nested].sort();
}

describe('the files of a Pagefind index', () => {
  test('are exactly those its entry and metadata name, as the installed Pagefind writes them', async () => {
    const { index } = await pagefind.createIndex({});
    const page = (title: string, track: string, text: string) =>
      `<html lang="en"><body><main data-pagefind-body><h1>${title}</h1><p data-pagefind-filter="track">${track}</p><p>${text}</p></main></body></html>`;
    await index!.addHTMLFile({ url: '/ops/junior/', content: page('Junior', 'Ops', 'You learn the on-call rota and review code.') });
    await index!.addHTMLFile({ url: '/ops/senior/', content: page('Senior', 'Ops', 'You own the rota and mentor juniors.') });
    await index!.addHTMLFile({ url: '/data/lead/', content: page('Lead', 'Data', 'Пользователи доверяют вашим решениям.') });
    const output = path.join(folder, 'pagefind');
    expect((await index!.writeFiles({ outputPath: output })).errors).toEqual([]);

    const entry = JSON.parse(readFileSync(path.join(output, ENTRY_FILE), 'utf8')) as PagefindEntry;
    const named = metaFilesOf(entry).flatMap((meta) => [meta, ...indexFilesOf(gunzipSync(readFileSync(path.join(output, meta))))]);
    expect(named.filter((file) => file.startsWith('fragment/'))).toHaveLength(3);
    expect(named.some((file) => file.startsWith('filter/'))).toBe(true);
    expect([...new Set(named)].sort()).toEqual(hashedFiles(output));
  });

  test('metadata that is not in the form Pagefind 1.x writes fails, saying where to change the build', () => {
    expect(() => indexFilesOf(new TextEncoder().encode('something else'))).toThrow(/does not start with the marker.*update src\/lib\/pagefind-files\.ts/s);
    // The marker, then a CBOR list of one text: no pages, chunks or filters where Pagefind puts them.
    const oneText = Uint8Array.from([...new TextEncoder().encode('pagefind_dcd'), 0x81, 0x61, 0x78]);
    expect(() => indexFilesOf(oneText)).toThrow(/not the list Pagefind 1\.x writes/);
  });
});

describe('decodeCbor', () => {
  test('reads integers, texts, bytes, lists, maps and simple values', () => {
    // [0, 24, 500, -2, "é", h'0102', [true, false, null], {"a": 1}]
    const bytes = Uint8Array.from([0x88, 0x00, 0x18, 0x18, 0x19, 0x01, 0xf4, 0x21, 0x62, 0xc3, 0xa9, 0x42, 0x01, 0x02, 0x83, 0xf5, 0xf4, 0xf6, 0xa1, 0x61, 0x61, 0x01]);
    expect(decodeCbor(bytes)).toEqual([0, 24, 500, -2, 'é', Uint8Array.from([1, 2]), [true, false, null], new Map([['a', 1]])]);
  });

  test('refuses what Pagefind does not write, and input that ends early or runs on', () => {
    expect(() => decodeCbor(Uint8Array.from([0xc1, 0x00]))).toThrow(/tag/);
    expect(() => decodeCbor(Uint8Array.from([0x82, 0x01]))).toThrow(/ends early/);
    expect(() => decodeCbor(Uint8Array.from([0x01, 0x02]))).toThrow(/bytes after the end/);
  });
});
