/**
 * The first sentence of a level's Markdown body, as plain text: the default summary.
 * Skips MDX imports, exports and component lines, headings and other non-prose blocks.
 * @example firstSentence('You are learning. You work under supervision.') // 'You are learning.'
 */
export function firstSentence(markdown: string): string {
  const paragraph = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block !== '' && !/^(import|export)\s|^[<#|>`\-*+]|^\d+\.\s|^:::/.test(block));
  if (!paragraph) return '';
  const text = paragraph
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  const match = /^.+?[.!?](?=\s|$)/.exec(text);
  return match ? match[0] : text;
}
