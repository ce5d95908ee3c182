import { describe, expect, test } from 'vitest';
import { currentSection, onThisPage } from '../../src/lib/on-this-page.ts';
import { renderLevelMarkdown } from '../support/markdown.ts';

const h = (depth: number, slug: string, text = slug) => ({ depth, slug, text });

describe('which headings "On this page" lists', () => {
  test('nothing for a level with fewer than three sections, such as the seed (no headings at all)', () => {
    expect(onThisPage([])).toEqual([]);
    expect(onThisPage([h(2, 'a'), h(3, 'b')])).toEqual([]);
    // h4 headings are not sections of the list and do not count.
    expect(onThisPage([h(2, 'a'), h(4, 'b'), h(4, 'c'), h(2, 'd')])).toEqual([]);
  });

  test('from three h2/h3 headings on: the h2s with their h3s under them; deeper headings left out', () => {
    expect(onThisPage([h(2, 'skills', 'Skills '), h(3, 'code', 'Code quality'), h(4, 'detail'), h(3, 'testing', 'Testing'), h(2, 'delivery', 'Delivery')])).toEqual([
      {
        id: 'skills',
        text: 'Skills',
        children: [
          { id: 'code', text: 'Code quality', children: [] },
          { id: 'testing', text: 'Testing', children: [] },
        ],
      },
      { id: 'delivery', text: 'Delivery', children: [] },
    ]);
  });

  test('an h3 before any h2 stands at the top level rather than being lost', () => {
    expect(onThisPage([h(3, 'a'), h(2, 'b'), h(3, 'c')]).map((entry) => entry.id)).toEqual(['a', 'b']);
  });

  test('takes the ids and texts the Markdown pipeline gives the headings (copy-link controls add no text)', async () => {
    const { headings } = await renderLevelMarkdown('# Senior\n\nIntro.\n\n### Skills\n\n#### Code\n\nText.\n\n### Delivery\n\n##### Planning\n\nText.', 'Senior');
    expect(onThisPage(headings)).toEqual([
      { id: 'skills', text: 'Skills', children: [{ id: 'code', text: 'Code', children: [] }] },
      { id: 'delivery', text: 'Delivery', children: [{ id: 'planning', text: 'Planning', children: [] }] },
    ]);
  });
});

describe('which section the reader is in', () => {
  test('the last heading above the reading line, or none above the first', () => {
    expect(currentSection([100, 500, 900], 50)).toBe(-1);
    expect(currentSection([100, 500, 900], 100)).toBe(0);
    expect(currentSection([-800, -300, 150, 900], 200)).toBe(2);
    expect(currentSection([-900, -500, -100], 200)).toBe(2);
    expect(currentSection([], 200)).toBe(-1);
  });
});
