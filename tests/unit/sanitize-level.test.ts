import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { leavesSite } from '../../src/lib/markdown/rehype-sanitize-level.ts';
import { repoRoot } from '../support/fixtures.ts';
import { renderLevelMarkdown } from '../support/markdown.ts';

/** The unsafe-HTML fixture's text, below its frontmatter. */
const unsafeBody = readFileSync(path.join(repoRoot, 'tests/fixtures/trust/unsafe-html/ops/l1.md'), 'utf8').split(/^---$/m)[2]!;

describe('raw HTML in a Markdown level', () => {
  test('keeps the text and drops scripts, handlers, javascript: links, frames, objects, <base>, <meta>, styles, outside images and comments', async () => {
    const { html, problems } = await renderLevelMarkdown(unsafeBody);
    expect(problems).toEqual([]);
    for (const kept of ['You keep every service observable.', 'You answer pages at night.', '<a>Open the runbook</a>', 'You write postmortems.']) {
      expect(html).toContain(kept);
    }
    for (const unsafe of ['<script', 'alert(', '<meta', 'onclick', 'javascript:', '<iframe', '<object', '<base', '<style', 'display: none', 'evil.example', '<img', '<!--', 'INTERNAL NOTE']) {
      expect(html, unsafe).not.toContain(unsafe);
    }
  });

  test('a paragraph that held only removed markup is removed, not published empty', async () => {
    const { html } = await renderLevelMarkdown('One.\n\n<object data="x.swf"></object>\n\n![outside](https://img.example/a.png)\n\nTwo.');
    expect([...html.matchAll(/<p id="([^"]+)"/g)].map((match) => match[1])).toEqual(['one', 'two']);
  });

  test('images from this site stay, with their text', async () => {
    const { html } = await renderLevelMarkdown('![The rota](/images/rota.png)\n\n<img src="diagram.png" alt="A diagram">');
    expect(html).toContain('<img src="/images/rota.png" alt="The rota">');
    expect(html).toContain('<img src="diagram.png" alt="A diagram">');
  });

  test('ids the page itself uses are removed; other ids are kept as written, without a prefix', async () => {
    const { html } = await renderLevelMarkdown('<div id="main">Hijack.</div>\n\n<div id="notes">Notes.</div>');
    expect(html).not.toContain('id="main"');
    expect(html).toContain('<div id="notes">Notes.</div>');
  });
});

describe('which image addresses leave the site', () => {
  test.for([
    ['https://evil.example/x.png', true],
    ['HTTP://evil.example/x.png', true],
    ['//evil.example/y.png', true],
    ['\\\\evil.example\\y.png', true],
    [' \t//evil.example/y.png', true],
    ['ht\ntps://evil.example/x.png', true],
    ['data:image/png;base64,AAAA', true],
    ['/images/rota.png', false],
    ['rota.png', false],
    ['./images/rota.png?v=2#top', false],
  ] as const)('%s → %s', ([src, leaves]) => {
    expect(leavesSite(src)).toBe(leaves);
  });
});
