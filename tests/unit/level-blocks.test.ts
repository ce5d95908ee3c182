import { describe, expect, test } from 'vitest';
import { comparePairs, pairPath } from '../../src/lib/compare.ts';
import { compareHtml } from '../../src/lib/compare-html.ts';
import { expectationsOf, scopeLevelHtml } from '../../src/lib/level-blocks.ts';
import { renderLevelMarkdown } from '../support/markdown.ts';
import { textHash } from '../../src/lib/review/text-hash.ts';
import { ladderOf, WEB_OPERATIONS_LADDER } from '../support/fixtures.ts';

const render = async (markdown: string) => (await renderLevelMarkdown(markdown)).html;

describe('copy-link controls', () => {
  test('every paragraph ends with a link to itself, named by its opening words', async () => {
    const html = await render('You mentor others and actively seek accountability every day.\n\nYou ship. {#shipping}');
    expect(html).toContain(
      '<a class="copy-link" href="#you-mentor-others-and-actively-seek" aria-label="Copy link to “You mentor others and actively seek…”"></a></p>',
    );
    expect(html).toContain('<p id="shipping" data-h="' + textHash('You ship.') + '">You ship. <a class="copy-link" href="#shipping" aria-label="Copy link to “You ship.”"></a></p>');
  });

  test('add no words to the paragraph text', async () => {
    expect(expectationsOf(await render('You ship &amp; you *mentor*.'))).toEqual([{ id: 'you-ship-you-mentor', kind: 'paragraph', text: 'You ship & you mentor.' }]);
  });
});

describe('a level text as HTML', () => {
  test('decodes entities in the text of an expectation', () => {
    expect(expectationsOf('<p id="a">It&#39;s &quot;fine&quot; &#x2014; <b>really</b></p>')[0]!.text).toBe('It\'s "fine" — really');
  });

  test('scoping reads attributes in any order and leaves other links alone', () => {
    const html = '<ul><li id="b">Bullet <a href="#b" class="copy-link"></a> <a href="#elsewhere">see</a></li></ul>';
    expect(scopeLevelHtml(html, 'l3')).toBe('<ul><li id="l3--b">Bullet <a href="#elsewhere">see</a></li></ul>');
  });

  test('reads every expectation with its kind and section, a bullet without its nested list', () => {
    const html = '<p id="intro">Hi.</p><h2 id="own">Ownership</h2><ul><li id="own-a">You own <em>it</em>.<ul><li id="own-b">Nested.</li></ul></li></ul>';
    expect(expectationsOf(html)).toEqual([
      { id: 'intro', kind: 'paragraph', text: 'Hi.' },
      { id: 'own', kind: 'heading', text: 'Ownership' },
      { id: 'own-a', kind: 'item', text: 'You own it.', section: 'Ownership' },
      { id: 'own-b', kind: 'item', text: 'Nested.', section: 'Ownership' },
    ]);
  });

  test('shared with other levels on a page, keeps ids unique and leaves the copy-link controls to the browser', () => {
    const html = '<p id="you-ship">You ship. <a class="copy-link" href="#you-ship" aria-label="Copy"></a></p>\n<ul>\n<li id="own">Own <a class="copy-link" href="#own"></a>\n<ul><li id="it">It <a class="copy-link" href="#it"></a></li></ul></li>\n</ul>';
    expect(scopeLevelHtml(html, 'senior')).toBe('<p id="senior--you-ship">You ship.</p>\n<ul>\n<li id="senior--own">Own\n<ul><li id="senior--it">It</li></ul></li>\n</ul>');
  });
});

describe('comparisons', () => {
  test('each level gets a static page with each written level of its track it advances to', async () => {
    const ladder = await ladderOf(WEB_OPERATIONS_LADDER);
    // Principal also advances to the manager level, which is to be defined: no page for that pair.
    expect(comparePairs(ladder).map(pairPath)).toEqual([
      '/web-operations/compare/trainee...junior/',
      '/web-operations/compare/junior...senior/',
      '/web-operations/compare/senior...principal/',
      '/web-operations/compare/principal...lead/',
    ]);
  });

  test('puts both whole texts of levels without headings side by side, each labelled with its level', () => {
    const side = (slug: string, title: string, html: string) => ({ slug, title, rank: 1, url: `/ops/${slug}/`, sections: [{ path: [], html }] });
    const html = compareHtml(side('junior', 'Junior & Co', '<p>a1</p>\n<p>a2</p>'), side('senior', 'Senior', '<p>b1</p>'));
    const cells = [...html.matchAll(/<div class="compare-cell ([^"]+)"[^>]*>(.*?)<\/div>/gs)].map((match) => [match[1], match[2]]);
    expect(cells).toEqual([
      ['compare-a', '<p class="compare-label">Junior &#38; Co</p><p>a1</p>\n<p>a2</p>'],
      ['compare-b', '<p class="compare-label">Senior</p><p>b1</p>'],
    ]);
    expect(html).toContain('<h2 class="compare-head compare-a"><a href="/ops/junior/">Junior &#38; Co</a></h2>');
  });
});
