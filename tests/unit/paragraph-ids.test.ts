import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { describe, expect, test } from 'vitest';
import { paragraphId, rehypeParagraphIds } from '../../src/lib/paragraph-ids.ts';

const processor = await createMarkdownProcessor({ rehypePlugins: [rehypeParagraphIds], smartypants: false });
/** The ids given to a Markdown text's paragraphs, in order. */
const idsOf = async (markdown: string) =>
  [...(await processor.render(markdown)).code.matchAll(/<p id="([^"]+)"/g)].map((match) => match[1]);

describe('paragraph ids', () => {
  test('derive from the opening words, lower-case, without apostrophes', () => {
    expect(paragraphId('You mentor others and actively seek accountability.')).toBe('you-mentor-others-and-actively-seek');
    expect(paragraphId('Projects’ successes: the team’s work.')).toBe('projects-successes-the-teams-work');
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
    const { code } = await processor.render('You lead the team. {#leadership}');
    expect(code).toContain('<p id="leadership">You lead the team.</p>');
  });

  test('two paragraphs with the same id stop the build with how to fix it', async () => {
    await expect(processor.render('You lead the team with care daily.\n\nYou lead the team with care when asked.')).rejects.toThrow(
      'paragraphs 1 and 2 both have the id "you-lead-the-team-with-care"',
    );
    await expect(processor.render('One. {#same}\n\nTwo. {#same}')).rejects.toThrow(/How to fix: give one of them its own id/);
  });

  test('paragraphs that differ within their first six words get different ids', async () => {
    expect(await idsOf('You lead the team well today.\n\nYou lead the team badly today.')).toEqual([
      'you-lead-the-team-well-today',
      'you-lead-the-team-badly-today',
    ]);
  });
});
