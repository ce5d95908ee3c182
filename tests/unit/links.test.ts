import { describe, expect, test } from 'vitest';
import { anchorsOf, findBrokenLinks, loadedResourcesOf, referencesOf } from '../support/links.ts';

const page = (path: string, body: string) => ({ path, html: `<!doctype html><html><head></head><body>${body}</body></html>` });

describe('the link check', () => {
  const files = new Set(['/index.html', '/ops/senior/index.html', '/_astro/site.css', '/favicon.svg']);

  test('accepts links to pages, files and fragments that exist', () => {
    const pages = [
      page('/', '<a href="/ops/senior/#you-lead">x</a><link rel="stylesheet" href="/_astro/site.css"><a href="#top" id="top">t</a>'),
      page('/ops/senior/', '<p id="you-lead">You lead.</p><a href="../../">home</a><img src="/favicon.svg" alt="">'),
    ];
    expect(findBrokenLinks(pages, files, '/')).toEqual([]);
  });

  test('reports a missing page, a missing file and a missing fragment', () => {
    const pages = [
      page('/', '<a href="/ops/lead/">x</a><script src="/_astro/gone.js"></script><a href="/ops/senior/#nope">y</a>'),
      page('/ops/senior/', '<p id="you-lead">You lead.</p>'),
    ];
    expect(findBrokenLinks(pages, files, '/')).toEqual([
      { page: '/', href: '/ops/lead/', reason: 'points at no page or file' },
      { page: '/', href: '/_astro/gone.js', reason: 'points at no page or file' },
      { page: '/', href: '/ops/senior/#nope', reason: 'has no element with id "nope" on /ops/senior/index.html' },
    ]);
  });

  test('reports a link that leaves the base path', () => {
    const pages = [page('/ladder/', '<a href="/ops/senior/">x</a>')];
    expect(findBrokenLinks(pages, new Set(['/ladder/index.html', '/ops/senior/index.html']), '/ladder/')).toEqual([
      { page: '/ladder/', href: '/ops/senior/', reason: 'is outside the base path /ladder/' },
    ]);
  });

  test('ignores links to other sites and mail addresses', () => {
    const pages = [page('/', '<a href="https://example.com/x">x</a><a href="mailto:hr@example.com">m</a>')];
    expect(findBrokenLinks(pages, files, '/')).toEqual([]);
  });

  test('follows a meta refresh like a link', () => {
    expect(referencesOf('<meta http-equiv="refresh" content="0; url=/ops/senior/">')).toEqual(['/ops/senior/']);
  });

  test('collects ids and named anchors', () => {
    expect([...anchorsOf('<p id="a">x</p><a name="b">y</a>')]).toEqual(['a', 'b']);
  });
});

describe('what a page loads by itself', () => {
  test('counts scripts, stylesheets, icons and images, not links, canonical or alternate addresses', () => {
    const html =
      '<link rel="canonical" href="https://ladder.example.com/x/"><link rel="alternate" href="/ladder.json">' +
      '<link rel="stylesheet" href="https://cdn.example.com/a.css"><link rel="icon" href="/favicon.svg">' +
      '<script src="/a.js"></script><img src="https://img.example.com/i.png" alt=""><a href="https://example.com">x</a>';
    expect(loadedResourcesOf(html)).toEqual(['https://cdn.example.com/a.css', '/favicon.svg', '/a.js', 'https://img.example.com/i.png']);
  });
});
