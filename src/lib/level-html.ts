/** One paragraph of a level: its stable id and its text, as a reader sees it. */
export interface Paragraph {
  id: string;
  text: string;
}

const PARAGRAPH = /<p\b[^>]*?\sid="([^"]+)"[^>]*>([\s\S]*?)<\/p>/g;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/**
 * Plain text of an HTML fragment: tags dropped, entities decoded, whitespace collapsed.
 * @example htmlToText('Fish &amp; <em>chips</em>') // 'Fish & chips'
 */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, code: string) => {
      if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
      return ENTITIES[code.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The paragraphs of a level's rendered text that have an id (every Markdown paragraph has one).
 * @example paragraphsOf('<p id="a">Hello <em>you</em></p>') // [{ id: 'a', text: 'Hello you' }]
 */
export function paragraphsOf(html: string): Paragraph[] {
  return [...html.matchAll(PARAGRAPH)].map((match) => ({ id: match[1]!, text: htmlToText(match[2]!) }));
}

const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*?(\/?)>/g;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Splits rendered HTML into its top-level blocks (paragraphs, lists, tables, …), so two levels
 * can be laid out block by block. Text between blocks that is only whitespace is dropped.
 * @example splitBlocks('<p>a</p>\n<ul><li>b</li></ul>') // ['<p>a</p>', '<ul><li>b</li></ul>']
 */
export function splitBlocks(html: string): string[] {
  const blocks: string[] = [];
  let depth = 0;
  let start = 0;
  for (const match of html.matchAll(TAG)) {
    const [whole, closing, name, selfClosing] = match;
    if (name === undefined || VOID.has(name.toLowerCase()) || selfClosing) {
      if (depth === 0 && name !== undefined) {
        pushBlock(blocks, html.slice(start, match.index));
        blocks.push(whole);
        start = match.index + whole.length;
      }
      continue;
    }
    if (!closing) {
      if (depth === 0) {
        pushBlock(blocks, html.slice(start, match.index));
        start = match.index;
      }
      depth += 1;
    } else {
      depth -= 1;
      if (depth === 0) {
        blocks.push(html.slice(start, match.index + whole.length));
        start = match.index + whole.length;
      }
    }
  }
  pushBlock(blocks, html.slice(start));
  return blocks;
}

function pushBlock(blocks: string[], text: string) {
  if (text.trim() !== '') blocks.push(text.trim());
}

/**
 * A level's HTML made fit to share a page with other levels (whole track, compare): paragraph
 * ids get the level's slug in front so they stay unique on the page, and each copy-link control
 * points at the paragraph on the level's own page, the address people should quote.
 * @example scopeLevelHtml('<p id="a">x <a class="copy-link" href="#a"></a></p>', 'senior', '/ops/senior/')
 * // '<p id="senior--a">x <a class="copy-link" href="/ops/senior/#a"></a></p>'
 */
export function scopeLevelHtml(html: string, slug: string, levelUrl: string): string {
  return html
    .replace(/(<p\b[^>]*?\sid=")([^"]+)"/g, (_match, before: string, id: string) => `${before}${slug}--${id}"`)
    .replace(/(<a\b[^>]*?\sclass="copy-link"[^>]*?\shref=")#([^"]+)"/g, (_match, before: string, id: string) => `${before}${levelUrl}#${id}"`);
}
