import { describe, expect, test } from 'vitest';
import { blockSlug, slugify } from '../../src/lib/markdown/expectation-ids.ts';
import { outlineDepths } from '../../src/lib/markdown/rehype-level-outline.ts';
import { idsOf, renderLevelMarkdown } from '../support/markdown.ts';
import { textHash } from '../../src/lib/review/text-hash.ts';

describe('ids of paragraphs without sections (the seed)', () => {
  test('derive from the opening words, lower-case, without apostrophes', () => {
    expect(blockSlug('You mentor others and actively seek accountability.')).toBe('you-mentor-others-and-actively-seek');
    expect(blockSlug('Projects’ successes: the team’s work.')).toBe('projects-successes-the-teams-work');
  });

  test('stay the same when paragraphs are reordered', async () => {
    const first = 'You lead the team.';
    const second = 'You mentor others.';
    expect(await idsOf(`${first}\n\n${second}`)).toEqual(['you-lead-the-team', 'you-mentor-others']);
    expect(await idsOf(`${second}\n\n${first}`)).toEqual(['you-mentor-others', 'you-lead-the-team']);
  });

  test('stay the same when the end of a paragraph is edited', async () => {
    expect(await idsOf('You regularly share your knowledge widely, in blog posts.')).toEqual(
      await idsOf('You regularly share your knowledge widely, at conferences and meetups.'),
    );
  });

  test('an explicit {#id} wins and is removed from the text', async () => {
    const { html } = await renderLevelMarkdown('You lead the team. {#leadership}');
    expect(html).toContain(`<p id="leadership" data-h="${textHash('You lead the team.')}">You lead the team. <a class="copy-link" href="#leadership"`);
  });
});

describe('generated ids never fail a build', () => {
  test('two paragraphs opening with the same six words get a suffix, in order', async () => {
    expect(await idsOf('You lead the team with care daily.\n\nYou lead the team with care when asked.')).toEqual([
      'you-lead-the-team-with-care',
      'you-lead-the-team-with-care-2',
    ]);
  });

  test('text in any script gives readable, distinct ids', async () => {
    expect(await idsOf('Вы отвечаете.\n\nВы наставляете.')).toEqual(['вы-отвечаете', 'вы-наставляете']);
    expect(slugify('コードレビューを主導する。')).toBe('コードレビューを主導する');
  });

  test('paragraphs with no words (images only) still get distinct ids', async () => {
    expect(await idsOf('![](/a.png)\n\n![](/b.png)')).toEqual(['paragraph', 'paragraph-2']);
  });

  test('an author id wins over a generated one that would coincide', async () => {
    expect(await idsOf('You ship.\n\nYou review. {#you-ship}')).toEqual(['you-ship-2', 'you-ship']);
  });
});

describe('sections, bullets and headings', () => {
  const level = [
    '## Ownership',
    '',
    'Engineers at this level are expected to own services.',
    '',
    '- Engineers at this level are expected to own on-call.',
    '  - Nested detail about on-call.',
    '- You review code.',
    '',
    '## Delivery',
    '',
    'Engineers at this level are expected to own services.',
    '',
    '### Examples',
    '',
    'One.',
    '',
    '## Mentoring',
    '',
    '### Examples',
    '',
    'Two.',
  ].join('\n');

  test('every paragraph, bullet (nested too) and heading has an id scoped by its section', async () => {
    expect(await idsOf(level)).toEqual([
      'ownership',
      'ownership-engineers-at-this-level-are-expected',
      'ownership-engineers-at-this-level-are-expected-2',
      'ownership-nested-detail-about-on-call',
      'ownership-you-review-code',
      'delivery',
      'delivery-engineers-at-this-level-are-expected',
      'examples',
      'examples-one',
      'mentoring',
      'mentoring-examples',
      'mentoring-examples-two',
    ]);
  });

  test('adding a paragraph to another section changes no id', async () => {
    const before = await idsOf(level);
    const after = await idsOf(level.replace('## Delivery\n', '## Delivery\n\nA new paragraph about delivery.\n'));
    expect(after.filter((id) => !id.startsWith('delivery-a-new'))).toEqual(before);
  });

  test('a bullet carries its copy-link before its nested list, and an explicit id', async () => {
    const { html } = await renderLevelMarkdown('- Owns releases {#releases}\n  - Detail');
    expect(html).toMatch(/<li id="releases" data-h="[0-9a-z]{6}">Owns releases <a class="copy-link" href="#releases"[^>]*><\/a>\s*<ul>/);
  });

  test('two explicit ids that are the same, an invalid one and one the page uses are problems', async () => {
    const { problems } = await renderLevelMarkdown('One. {#same}\n\nTwo. {#same}\n\nThree. {#Reviews}\n\nFour. {#main}');
    expect(problems.map((problem) => problem.message)).toEqual([
      '{#same} is written on 2 blocks, so a link to one would open another.',
      '{#Reviews} is not a valid id: ids are lower-case letters, digits and single dashes.',
      '{#main} is an id the level page itself uses, so a link to it would open the wrong place.',
    ]);
    expect(problems[1]!.fix).toBe('Write {#reviews} instead.');
  });
});

describe('the outline', () => {
  test('the highest heading becomes h2 and none is skipped', () => {
    expect(outlineDepths([3, 4, 3, 6])).toEqual([2, 3, 2, 3]);
    expect(outlineDepths([1, 3, 2, 4])).toEqual([2, 3, 3, 4]);
  });

  test('a body heading repeating the level title is dropped', async () => {
    const { html } = await renderLevelMarkdown('# Senior Engineer\n\n### Ownership\n\nText.', 'Senior Engineer');
    expect(html).not.toContain('Senior Engineer');
    // Nothing is left where it was: the text starts with the next heading.
    expect(html).toMatch(/^<h2 id="ownership">Ownership/);
  });
});
