import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegrationLogger, AstroPrerenderer, RouteData } from 'astro';
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('pagefind', () => ({ createIndex: vi.fn(), close: vi.fn() }));

const pagefind = await import('pagefind');
const { LEVEL_ROUTE, pagefindIndex } = await import('../../src/integrations/pagefind.ts');
const { COMPOUNDS_FILE } = await import('../../src/lib/search-words.ts');
const { ENTRY_FILE } = await import('../../src/lib/pagefind-files.ts');

/** A built site's folder, for the index Pagefind writes (mocked here). */
const site = mkdtempSync(path.join(os.tmpdir(), 'pagefind-site-'));
const info = vi.fn();
const logger = { info } as unknown as AstroIntegrationLogger;

/** A small ladder's pages by path: two level pages, a comparison page, a track page, the home page. */
const PAGES: Record<string, string> = {
  '/': '<main>Home</main>',
  '/web-operations/': '<main>Track</main>',
  '/web-operations/junior/': '<main><div data-pagefind-body>Junior text</div></main>',
  '/web-operations/compare/': '<main>Compare</main>',
  '/web-operations/senior/': '<main><div data-pagefind-body>Senior text</div></main>',
};

/** The route Astro would match a path to: `/<track>/<level>/` is a level page here. */
const routeOf = (pathname: string) => ({ component: /^\/[^/]+\/(?!compare\/)[^/]+\/$/.test(pathname) ? LEVEL_ROUTE : 'src/pages/other.astro' });

/** An index whose steps answer with the given errors (none by default). */
function fakeIndex(errors: { add?: string[]; write?: string[] } = {}) {
  return {
    addHTMLFile: vi.fn(async (_page: { url: string; content: string }) => ({ errors: errors.add ?? [] })),
    // An index of no language: what the integration reads back to know which files are the index's.
    writeFiles: vi.fn(async ({ outputPath }: { outputPath: string }) => {
      mkdirSync(outputPath, { recursive: true });
      writeFileSync(path.join(outputPath, ENTRY_FILE), '{"languages":{}}');
      return { errors: errors.write ?? [], outputPath };
    }),
  };
}

/**
 * Builds `pages` as Astro would with the integration: its prerenderer wraps Astro's (which here
 * answers each path with its HTML), renders every path in the order it gives, then the build is
 * done. Returns what was rendered, in order, and what happened when (`events`).
 */
async function build(pages = PAGES, { base = '/', events = [] as string[] } = {}) {
  const { hooks } = pagefindIndex();
  await (hooks['astro:config:done'] as (options: unknown) => void)({ config: { base } });
  let wrap: ((astros: AstroPrerenderer) => AstroPrerenderer) | undefined;
  (hooks['astro:build:start'] as (options: unknown) => void)({ logger, setPrerenderer: (given: typeof wrap) => (wrap = given) });
  const astros: AstroPrerenderer = {
    name: 'astro:default',
    getStaticPaths: async () => Object.keys(pages).map((pathname) => ({ pathname, route: routeOf(pathname) as RouteData })),
    render: async (request) => new Response(pages[decodeURIComponent(new URL(request.url).pathname).slice(base.length - 1)]),
  };
  const prerenderer = wrap!(astros);
  const rendered: [string, string][] = [];
  for (const { pathname, route } of await prerenderer.getStaticPaths()) {
    const result = await prerenderer.render(new Request(new URL(`${base}${pathname.slice(1)}`, 'http://localhost')), { routeData: route });
    rendered.push([pathname, await (result instanceof Response ? result : result.response).text()]);
    events.push(`rendered ${pathname}`);
  }
  await (hooks['astro:build:done'] as (options: unknown) => Promise<void>)({ dir: pathToFileURL(`${site}/`), logger, pages: [], assets: new Map() });
  return rendered;
}

beforeEach(() => {
  vi.mocked(pagefind.createIndex).mockReset();
  vi.mocked(pagefind.close).mockReset().mockResolvedValue(null);
  info.mockReset();
});

describe('the Pagefind integration', () => {
  test('knows the level pages by the route that renders them', () => {
    expect(existsSync(LEVEL_ROUTE)).toBe(true);
  });

  test('indexes the level pages only, at their addresses, and writes the bundle into its pagefind folder', async () => {
    const index = fakeIndex();
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    const rendered = await build();
    const added = index.addHTMLFile.mock.calls.map(([page]) => page);
    expect(added.map((page) => page.url).sort()).toEqual(['/web-operations/junior/', '/web-operations/senior/']);
    expect(added.find((page) => page.url === '/web-operations/senior/')?.content).toContain('Senior text');
    expect(index.writeFiles).toHaveBeenCalledWith({ outputPath: path.join(site, 'pagefind') });
    expect(pagefind.close).toHaveBeenCalledTimes(1);
    expect(info).toHaveBeenCalledWith(expect.stringMatching(/^Search index written from 2 pages in \d+ ms after the last page\.$/));
    // Every page is still built, as rendered: the level pages first.
    expect(rendered).toEqual([...Object.entries(PAGES)].sort(([a], [b]) => Number(routeOf(b).component === LEVEL_ROUTE) - Number(routeOf(a).component === LEVEL_ROUTE)));
  });

  test('indexes the level pages while the other pages are still rendering', async () => {
    const events: string[] = [];
    const index = fakeIndex();
    index.addHTMLFile.mockImplementation(async ({ url }) => (events.push(`indexed ${url}`), { errors: [] }));
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await build(PAGES, { events });
    // Astro renders the other pages after the level pages: the last of them comes after indexing began.
    expect(events.indexOf('indexed /web-operations/junior/')).toBeLessThan(events.indexOf('rendered /web-operations/compare/'));
  });

  test('a compound found in any level is joined where another level writes it with spaces, whichever renders first', async () => {
    const index = fakeIndex();
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await build({
      '/ops/junior/': '<main><div data-pagefind-body>Being on call</div></main>',
      '/ops/senior/': '<main><div data-pagefind-body>Leads the on-call rota</div></main>',
    });
    expect(index.addHTMLFile.mock.calls.find(([page]) => page.url === '/ops/junior/')?.[0].content).toContain('on\u00AD\u00ADcall');
    expect(JSON.parse(readFileSync(path.join(site, 'pagefind', COMPOUNDS_FILE), 'utf8'))).toEqual({ oncall: 'on-call' });
  });

  test('under a base path, pages keep their addresses under it', async () => {
    const index = fakeIndex();
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await build({ '/équipe/débutant/': '<main><div data-pagefind-body>Texte</div></main>' }, { base: '/ladder/' });
    expect(index.addHTMLFile.mock.calls.map(([page]) => page.url)).toEqual(['/équipe/débutant/']);
  });

  test('fails the build with Pagefind’s message when indexing reports an error, and still stops Pagefind', async () => {
    const index = fakeIndex({ add: ['Could not parse the page'] });
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index } as never);
    await expect(build()).rejects.toThrow(/Pagefind could not index \/web-operations\/(junior|senior)\/:\n  Could not parse the page/);
    expect(index.writeFiles).not.toHaveBeenCalled();
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('stops handing pages to Pagefind once one fails, and closes it only after every page sent has come back', async () => {
    const pages = Object.fromEntries(Array.from({ length: 40 }, (_, n) => [`/track/level-${n + 1}/`, `<div data-pagefind-body>Level ${n + 1}</div>`]));
    const index = fakeIndex();
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
    await expect(build(pages)).rejects.toThrow(/Pagefind could not index/);
    expect(inFlightAtClose).toEqual([0]);
    // Only the pages already in flight were sent: the senders stopped at the first failure.
    expect(calls).toBeLessThanOrEqual(8);
  });

  test('fails the build when writing the index reports an error', async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: [], index: fakeIndex({ write: ['disk full'] }) } as never);
    await expect(build()).rejects.toThrow(/Pagefind could not write the index .*\n  disk full/);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('fails the build when Pagefind cannot start an index', async () => {
    vi.mocked(pagefind.createIndex).mockResolvedValue({ errors: ['binary missing'] } as never);
    await expect(build()).rejects.toThrow(/Pagefind could not start an index:\n  binary missing/);
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });

  test('stops Pagefind even when a step throws', async () => {
    vi.mocked(pagefind.createIndex).mockRejectedValue(new Error('service crashed'));
    await expect(build()).rejects.toThrow('service crashed');
    expect(pagefind.close).toHaveBeenCalledTimes(1);
  });
});
