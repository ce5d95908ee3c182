import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn() }));

const pagefind = await import('pagefind');
const { pagefindIndex } = await import('../../src/integrations/pagefind.ts');

const site = path.resolve('dist-under-test');
const info = vi.fn();
const logger = { info } as unknown as AstroIntegrationLogger;

/** An index whose steps answer with the given errors (none by default). */
function fakeIndex(errors: { add?: string[]; write?: string[] } = {}) {
  return {
    addDirectory: vi.fn(async () => ({ errors: errors.add ?? [], page_count: 5 })),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => ({ errors: errors.write ?? [], outputPath })),
  };
}

/** Runs the integration's build:done hook as Astro would after building into `site`. */
async function buildDone() {
  const hook = pagefindIndex().hooks['astro:build:done']!;
  await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${site}/`), logger, pages: [], assets: new Map() });
}

beforeEach(() => {
  vi.mocked(pagefind.createIndex).mockReset();
  vi.mocked(pagefind.close).mockReset().mockResolvedValue(null);
  info.mockReset();
});

describe('the Pagefind integration', () => {
  test('indexes the built site and writes the bundle into its pagefind folder', async () => {
    const index = fakeIndex();
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await buildDone();
    expect(index.addDirectory).toHaveBeenCalledWith({ path: site, glob: '*/*/index.html' });
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: path.join(site, 'pagefind') });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^Search index written from 5 pages in \d+ ms\.$/));
  });

  test('fails the build with Pagefind’s message when indexing reports an error, and still stops Pagefind', async () => {
    const index = fakeIndex({ add: ['Could not parse web-operations/senior/index.html'] });
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await expect(buildDone()).rejects.toThrow(/Pagefind could not index .*\n  Could not parse web-operations\/senior\/index.html/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('fails the build when writing the index reports an error', async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index: fakeIndex({ write: ['disk full'] }) } as never);
    await expect(buildDone()).rejects.toThrow(/Pagefind could not write the index .*\n  disk full/);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('fails the build when Pagefind cannot start an index', async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: ['binary missing'] } as never);
    await expect(buildDone()).rejects.toThrow(/Pagefind could not start an index:\n  binary missing/);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('stops Pagefind even when a step throws', async () => {
    vi.mocked(pagefind.createIndex).mockRejectedValue(new Error('service crashed'));
    await expect(buildDone()).rejects.toThrow('service crashed');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});
