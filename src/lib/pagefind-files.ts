/**
 * Which files make up a Pagefind index, read from the index itself: its entry file names each
 * language's metadata file, and that names every page's fragment, word-index chunk and filter
 * file. A rebuild keeps the files that are still part of the index and deletes the others (see
 * src/integrations/pagefind.ts). Pagefind writes its metadata as "pagefind_dcd" followed by CBOR,
 * gzipped; the gzip is undone by the caller.
 */

/** What Pagefind puts before the CBOR of each file it gzips. */
const MARKER = 'pagefind_dcd';

/** A file name Pagefind gives a fragment, chunk or filter: its language and a hash, e.g. `en_4ec73c8`. */
const HASHED_NAME = /^[a-z0-9-]+_[0-9a-f]+$/i;

/** The index's entry file, in its folder: the languages and their metadata files. */
export const ENTRY_FILE = 'pagefind-entry.json';

/** The part of the entry file that names each language's metadata file. */
export interface PagefindEntry {
  languages: Record<string, { hash: string }>;
}

/** The metadata files an entry file names, relative to the index folder. */
export function metaFilesOf(entry: PagefindEntry): string[] {
  return Object.values(entry.languages).map(({ hash }) => `pagefind.${checkedName(hash)}.pf_meta`);
}

/**
 * The files one language's metadata names, relative to the index folder: its pages' fragments,
 * its word-index chunks and its filter files.
 * @example indexFilesOf(meta) // ['fragment/en_4ec73c8.pf_fragment', …, 'index/en_afea352.pf_index', 'filter/en_9ff8c36.pf_filter']
 */
export function indexFilesOf(gunzippedMeta: Uint8Array): string[] {
  const marker = new TextDecoder().decode(gunzippedMeta.subarray(0, MARKER.length));
  if (marker !== MARKER) throw formatError('it does not start with the marker Pagefind writes');
  const meta = decodeCbor(gunzippedMeta.subarray(MARKER.length));
  // Pagefind's MetaIndex: [version, pages, index chunks, filters, …]; a page is [hash, …], a
  // chunk [from, to, hash, …], a filter [name, hash, …].
  if (!Array.isArray(meta) || meta.length < 4) throw formatError('it is not the list Pagefind 1.x writes');
  const [, pages, chunks, filters] = meta as unknown[];
  return [
    ...fieldOf(pages, 0, 'page').map((hash) => `fragment/${hash}.pf_fragment`),
    ...fieldOf(chunks, 2, 'word-index chunk').map((hash) => `index/${hash}.pf_index`),
    ...fieldOf(filters, 1, 'filter').map((hash) => `filter/${hash}.pf_filter`),
  ];
}

/** Field `at` of every record of a list, each a hashed file name. */
function fieldOf(list: unknown, at: number, what: string): string[] {
  if (!Array.isArray(list)) throw formatError(`its ${what}s are not a list`);
  return list.map((record: unknown) => {
    const name = Array.isArray(record) ? (record as unknown[])[at] : undefined;
    if (typeof name !== 'string') throw formatError(`a ${what} has no file name where Pagefind 1.x puts it`);
    return checkedName(name);
  });
}

function checkedName(name: string): string {
  if (!HASHED_NAME.test(name)) throw formatError(`"${name}" is not a file name Pagefind gives`);
  return name;
}

function formatError(why: string): Error {
  return new Error(
    `The search index's metadata could not be read: ${why}. Pagefind may have changed its format; ` +
      'update src/lib/pagefind-files.ts to read it (the build cannot tell which files of the previous index to delete).',
  );
}

/**
 * Decodes the CBOR (RFC 8949) Pagefind writes: unsigned and negative integers, byte and text
 * strings, arrays and maps of definite length, and the simple values. Anything else throws.
 */
export function decodeCbor(bytes: Uint8Array): unknown {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder('utf-8', { fatal: true });
  let at = 0;
  const need = (count: number) => {
    if (at + count > bytes.length) throw formatError('its CBOR ends early');
  };
  const length = (info: number): number => {
    if (info < 24) return info;
    const size = info === 24 ? 1 : info === 25 ? 2 : info === 26 ? 4 : info === 27 ? 8 : 0;
    if (size === 0) throw formatError('its CBOR has a length Pagefind does not write');
    need(size);
    const value = size === 1 ? view.getUint8(at) : size === 2 ? view.getUint16(at) : size === 4 ? view.getUint32(at) : Number(view.getBigUint64(at));
    at += size;
    return value;
  };
  const item = (): unknown => {
    need(1);
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 0x1f;
    switch (major) {
      case 0:
        return length(info);
      case 1:
        return -1 - length(info);
      case 2:
      case 3: {
        const size = length(info);
        need(size);
        const chunk = bytes.subarray(at, at + size);
        at += size;
        return major === 2 ? chunk : text.decode(chunk);
      }
      case 4:
        return Array.from({ length: length(info) }, item);
      case 5: {
        const map = new Map<unknown, unknown>();
        for (let count = length(info); count > 0; count--) map.set(item(), item());
        return map;
      }
      case 7:
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22 || info === 23) return null;
        throw formatError('its CBOR holds a number type Pagefind does not write');
      default:
        throw formatError('its CBOR holds a tag');
    }
  };
  const value = item();
  if (at !== bytes.length) throw formatError('its CBOR has bytes after the end');
  return value;
}
