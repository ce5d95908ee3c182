import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger } from 'astro';
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn() }));

const pagefind = await import('pagefind');
const { pagefindIndex } = await import('../../src/integrations/pagefind.ts');

/** A small built site: two level pages, a comparison page, a track page, an asset folder. */
const site = mkdtempSync(path.join(os.tmpdir(), 'pagefind-site-'));
const write = (file: string, html: string, root = site) => {
  mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
  writeFileSync(path.join(root, file), html);
};
write('index.html', '<main>Home</main>');
write('web-operations/index.html', '<main>Track</main>');
write('web-operations/junior/index.html', '<main><div data-pagefind-body>Junior text</div></main>');
write('web-operations/senior/index.html', '<main><div data-pagefind-body>Senior text</div></main>');
write('web-operations/compare/index.html', '<main>Compare</main>');
write('_astro/page.js', '');
const info = vi.fn();
const logger = { info } as unknown as AstroIntegrationLogger;

/** An index whose steps answer with the given errors (none by default). */
function fakeIndex(errors: { add?: string[]; write?: string[] } = {}) {
  return {
    addHTMLFile: vi.fn(async (_page: { url: string; content: string }) => ({ errors: errors.add ?? [] })),
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => ({ errors: errors.write ?? [], outputPath })),
  };
}

/** Runs the integration's build:done hook as Astro would after building into `site`. */
async function buildDone(root = site) {
  const hook = pagefindIndex().hooks['astro:build:done']!;
  await (hook as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${root}/`), logger, pages: [], assets: new Map() });
}

beforeEach(() => {
  vi.mocked(pagefind.createIndex).mockReset();
  vi.mocked(pagefind.close).mockReset().mockResolvedValue(null);
  info.mockReset();
});

describe('the Pagefind integration', () => {
  test('indexes the level pages only, at their addresses, and writes the bundle into its pagefind folder', async () => {
    const index = fakeIndex();
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await buildDone();
    const added = index.addHTMLFile.mock.calls.map(([page]) => page);
    expect(added.map((page) => page.url).sort()).toEqual(['/web-operations/junior/', '/web-operations/senior/']);
    expect(added.find((page) => page.url === '/web-operations/senior/')?.content).toContain('Senior text');
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: path.join(site, 'pagefind') });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^Search index written from 2 pages in \d+ ms\.$/));
  });

  test('fails the build with Pagefind’s message when indexing reports an error, and still stops Pagefind', async () => {
    const index = fakeIndex({ add: ['Could not parse the page'] });
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await expect(buildDone()).rejects.toThrow(/Pagefind could not index .*web-operations.(junior|senior).index\.html:\n  Could not parse the page/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('stops handing pages to Pagefind once one fails, and closes it only after every page sent has come back', async () => {
    const large = mkdtempSync(path.join(os.tmpdir(), 'pagefind-large-site-'));
    for (let n = 1; n <= 40; n++) write(`track/level-${n}/index.html`, `<div data-pagefind-body>Level ${n}</div>`, large);
    const index = fakeIndex({ add: ['Could not parse the page'] });
    // Every page takes a moment; the second one sent fails sooner than the others come back.
    let calls = 0;
    let inFlight = 0;
    index.addHTMLFile.mockImplementation(async () => {
      const failing = calls++ === 1;
      inFlight++;
      await new Promise((resolve) => setTimeout(resolve, failing ? 5 : 30));
      inFlight--;
      return { errors: failing ? ['Could not parse the page'] : [] };
    });
    const inFlightAtClose: number[] = [];
    vi.mocked(pagefind.close).mockImplementation(async () => (inFlightAtClose.push(inFlight), null));
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await expect(buildDone(large)).rejects.toThrow(/Pagefind could not index/);
    expect(inFlightAtClose).toEqual([0]);
    // Only the pages already in flight were sent: the workers stopped at the first failure.
    expect(calls).toBeLessThanOrEqual(8);
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
