import { describe, expect, test } from 'vitest';
import { closestMatch, editDistance } from '../../src/lib/suggest.ts';
import { firstSentence } from '../../src/lib/summary.ts';

describe('firstSentence', () => {
  test('takes the first sentence of the first paragraph', () => {
    expect(firstSentence('You are learning. You work under supervision.\n\nMore.')).toBe('You are learning.');
  });

  test('keeps a typographic apostrophe and inline punctuation', () => {
    expect(firstSentence('You ensure the team’s work, etc., ships. Then more.')).toBe('You ensure the team’s work, etc., ships.');
  });

  test('skips MDX imports, components and headings, and strips emphasis and links', () => {
    const body = "import Callout from '@components/Callout.astro';\n\n## Scope\n\n<Callout>x</Callout>\n\nYou *own* the [platform](/p/). Next.";
    expect(firstSentence(body)).toBe('You own the platform.');
  });

  test('returns the whole paragraph when it has no sentence end', () => {
    expect(firstSentence('You own the platform')).toBe('You own the platform');
  });

  test('returns an empty string for an empty body', () => {
    expect(firstSentence('  \n')).toBe('');
  });
});

describe('closestMatch', () => {
  test('counts edits between two strings', () => {
    expect(editDistance('senoir', 'senior')).toBe(2);
    expect(editDistance('lead', 'lead')).toBe(0);
  });

  test('suggests the closest id for a typo', () => {
    expect(closestMatch('ops/senoir', ['ops/junior', 'ops/senior'])).toBe('ops/senior');
  });

  test('suggests nothing when no candidate is close', () => {
    expect(closestMatch('astronaut', ['junior', 'senior'])).toBeUndefined();
  });
});
