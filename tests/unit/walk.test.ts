import type { Element, ElementContent, Root } from 'hast';
import { describe, expect, test } from 'vitest';
import { containsNodeOfType, visitElements } from '../../src/lib/markdown/walk.ts';

/** An element; a string child is a text node. */
const h = (tagName: string, children: string | (string | Element)[] = []): Element => ({
  type: 'element',
  tagName,
  properties: {},
  children: (typeof children === 'string' ? [children] : children).map((child): ElementContent => (typeof child === 'string' ? { type: 'text', value: child } : child)),
});

const tree = (): Root => ({
  type: 'root',
  children: [h('h2', 'Ownership'), h('ul', [h('li', [h('p', 'One'), h('img')]), h('li', 'Two')]), h('p', 'Three')],
});

describe('walking a level tree', () => {
  test('visits every element depth first, in document order', () => {
    const names: string[] = [];
    visitElements(tree(), (element) => void names.push(element.tagName));
    expect(names).toEqual(['h2', 'ul', 'li', 'p', 'img', 'li', 'p']);
  });

  test("'skip' leaves out an element's children", () => {
    const names: string[] = [];
    visitElements(tree(), (element) => (names.push(element.tagName), element.tagName === 'ul' ? 'skip' : undefined));
    expect(names).toEqual(['h2', 'ul', 'p']);
  });

  test('an index to go on from lets the visitor remove elements as it goes, without missing the next one', () => {
    const root = tree();
    const names: string[] = [];
    visitElements(root, (element, index, parent) => {
      names.push(element.tagName);
      if (element.tagName !== 'li') return undefined;
      parent.children.splice(index, 1);
      return index;
    });
    expect(names).toEqual(['h2', 'ul', 'li', 'li', 'p']);
    expect((root.children[1] as Element).children).toEqual([]);
  });

  test('finds a node of a type at any depth', () => {
    const root = tree();
    expect(containsNodeOfType(root, 'raw')).toBe(false);
    ((root.children[1] as Element).children[0] as Element).children.push({ type: 'raw', value: '<b>x</b>' } as never);
    expect(containsNodeOfType(root, 'raw')).toBe(true);
  });
});
