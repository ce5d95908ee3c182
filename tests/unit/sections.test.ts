import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { compareHtml, type CompareSide } from '../../src/lib/compare-html.ts';
import { checkPair, suggestedPair } from '../../src/lib/compare-choice.ts';
import { trackTools } from '../../src/lib/compare.ts';
import type { Level, Track } from '../../src/lib/ladder.ts';
import { matrixRows, sharesSections, type MatrixLevel } from '../../src/lib/matrix.ts';
import { alignSections, type SectionText } from '../../src/lib/section-rows.ts';
import { sectionsOf, sectionTexts } from '../../src/lib/sections.ts';
import { STRUCTURED_MATRIX_ROWS } from '../support/structured-ladder.ts';
import { repoRoot } from '../support/fixtures.ts';
import { renderLevelMarkdown } from '../support/markdown.ts';

const render = async (markdown: string, title?: string) => (await renderLevelMarkdown(markdown, title)).html;
const section = (path: string[], html = `<p>${path.join('/') || 'intro'}</p>`): SectionText => ({ path, html });
const paths = (sections: readonly { path: string[] }[]) => sections.map((one) => one.path.join(' › '));

/** A level of the structured fixture ladder, rendered as the build renders it. */
async function structuredLevel(file: string): Promise<string> {
  const source = readFileSync(path.join(repoRoot, 'tests/fixtures/structured-ladder/engineering', file), 'utf8');
  const [, frontmatter, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source)!;
  return render(body!, /title: (.*)/.exec(frontmatter!)![1]);
}

describe('the sections of a level', () => {
  test('text before the first heading is an untitled intro; headings open sections, deeper ones sub-sections', () => {
    const html = '<p id="hi">Hi.</p>\n<h2 id="own">Ownership <a class="copy-link" href="#own"></a></h2>\n<p>You own.</p>\n<ul>\n<li>It.</li>\n</ul>\n<h3 id="cost">Cost</h3>\n<p>Cheap.</p>\n<h4 id="cloud">Cloud</h4>\n<h2 id="team">Team</h2>\n<p>Together.</p>';
    expect(sectionsOf(html)).toEqual([
      { name: '', depth: 2, html: '<p id="hi">Hi.</p>', sections: [] },
      {
        name: 'Ownership',
        depth: 2,
        id: 'own',
        html: '<p>You own.</p>\n<ul>\n<li>It.</li>\n</ul>',
        sections: [{ name: 'Cost', depth: 3, id: 'cost', html: '<p>Cheap.</p>', sections: [{ name: 'Cloud', depth: 4, id: 'cloud', html: '', sections: [] }] }],
      },
      { name: 'Team', depth: 2, id: 'team', html: '<p>Together.</p>', sections: [] },
    ]);
  });

  test('a level without headings is one untitled section; a level that opens with a heading has no intro', () => {
    expect(sectionsOf('<p>a</p>\n<p>b</p>')).toEqual([{ name: '', depth: 2, html: '<p>a</p>\n<p>b</p>', sections: [] }]);
    expect(sectionsOf('<h2 id="a">A</h2><p>x</p>').map((one) => one.name)).toEqual(['A']);
    expect(sectionsOf('')).toEqual([]);
  });

  test('a heading inside a table or a component stays part of its section', () => {
    const html = '<h2 id="a">A</h2><aside class="callout"><h3>Note</h3><p>n</p></aside>';
    expect(sectionsOf(html)).toEqual([{ name: 'A', depth: 2, id: 'a', html: '<aside class="callout"><h3>Note</h3><p>n</p></aside>', sections: [] }]);
  });

  test("a table's header cells name their scope, so the section may sit inside another table", () => {
    const html = '<h2 id="a">A</h2><table><thead><tr><th>Scope</th><th scope="colgroup">B</th></tr></thead><tbody><tr><td>x</td><td>y</td></tr></tbody></table>';
    expect(sectionsOf(html)[0]!.html).toBe('<table><thead><tr><th scope="col">Scope</th><th scope="colgroup">B</th></tr></thead><tbody><tr><td>x</td><td>y</td></tr></tbody></table>');
  });

  test('flattened in reading order with their paths, ids scoped and without copy-link controls (the browser adds them)', async () => {
    const html = await render('Intro.\n\n## Delivery\n\nShips.\n\n### Incidents\n\n- Leads them.\n\n## Ownership\n\nOwns.');
    const sections = sectionTexts(html, { slug: 'l3' });
    expect(paths(sections)).toEqual(['', 'Delivery', 'Delivery › Incidents', 'Ownership']);
    expect(sections[2]!.html).toContain('<li id="l3--incidents-leads-them">Leads them.</li>');
    expect(sections.map((one) => one.html).join('')).not.toContain('copy-link');
    // Self-review runs on level pages only: the text hashes stay there.
    expect(sections.map((one) => one.html).join('')).not.toContain('data-h');
    // The headings themselves are the rows' names, not part of any section's text.
    expect(sections.map((one) => one.html).join('')).not.toMatch(/<h[1-6]/);
  });

  test('cut from a real structured level, lose no expectation', async () => {
    const html = await structuredLevel('l3.md');
    const sections = sectionTexts(html);
    expect(paths(sections)).toEqual([
      '',
      'Technical skills',
      'Technical skills › Code quality',
      'Technical skills › Testing',
      'Delivery',
      'Delivery › Planning',
      'Delivery › Incidents',
      'Delivery › Incidents › On-call',
      'Ownership',
      'Collaboration',
      'Mentoring',
    ]);
    const ids = (text: string) => [...text.matchAll(/<(?:p|li) id="([^"]+)"/g)].map((match) => match[1]);
    expect(ids(sections.map((one) => one.html).join('\n'))).toEqual(ids(html));
  });
});

describe('sections lined up by name', () => {
  test('in ladder order: each section where it first appears, sub-sections under their parent', () => {
    const rows = alignSections([
      [section([]), section(['Delivery']), section(['Delivery', 'Planning']), section(['Ownership'])],
      [section(['Delivery']), section(['Strategy']), section(['Ownership']), section(['Ownership', 'Cost'])],
      [section(['Delivery']), section(['Delivery', 'Incidents']), section(['Delivery', 'Incidents', 'On-call']), section(['Ownership'])],
    ]);
    expect(paths(rows)).toEqual([
      '',
      'Delivery',
      'Delivery › Incidents',
      'Delivery › Incidents › On-call',
      'Delivery › Planning',
      'Strategy',
      'Ownership',
      'Ownership › Cost',
    ]);
    expect(rows.find((row) => row.key === 'strategy')!.cells.map(Boolean)).toEqual([false, true, false]);
  });

  test('names match as a reader reads them (case and spacing aside); the first level writes the row name', () => {
    const rows = alignSections([[section(['Technical  skills'])], [section(['technical skills'])]]);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.path).toEqual(['Technical  skills']);
    expect(rows[0]!.cells.map((cell) => cell?.html)).toEqual(['<p>Technical  skills</p>', '<p>technical skills</p>']);
  });

  test('the same name twice in one level makes two rows, not one cell holding half', () => {
    expect(alignSections([[section(['Examples']), section(['Examples'])], [section(['Examples'])]]).map((row) => row.cells.map(Boolean))).toEqual([
      [true, true],
      [true, false],
    ]);
  });

  test('an intro only a later level has still comes first', () => {
    expect(paths(alignSections([[section(['A'])], [section([]), section(['A'])]]))).toEqual(['', 'A']);
  });
});

describe('the competency matrix', () => {
  const level = (slug: string, sections: SectionText[]): MatrixLevel => ({ slug, title: slug.toUpperCase(), url: `/eng/${slug}/`, sections });

  test('one row per section name in ladder order, sub-sections named after their parents, the intro as Overview', () => {
    const rows = matrixRows([
      level('l1', [section([]), section(['Technical skills']), section(['Technical skills', 'Testing'])]),
      level('l2', [section(['Technical skills']), section(['Technical skills', 'Testing']), section(['Strategy'])]),
    ]);
    expect(rows.map((row) => row.label)).toEqual(['Overview', 'Technical skills', 'Technical skills › Testing', 'Strategy']);
    expect(rows[2]).toMatchObject({ name: 'Testing', parents: ['Technical skills'] });
    expect(rows.map((row) => row.cells)).toEqual([
      ['<p>intro</p>', undefined],
      ['<p>Technical skills</p>', '<p>Technical skills</p>'],
      ['<p>Technical skills/Testing</p>', '<p>Technical skills/Testing</p>'],
      [undefined, '<p>Strategy</p>'],
    ]);
  });

  test('only for levels that share a section name: never for levels without headings', () => {
    expect(sharesSections([[section([])], [section([])]])).toBe(false);
    expect(sharesSections([[section([]), section(['A'])], [section(['B'])]])).toBe(false);
    expect(sharesSections([[section(['A'])], [section(['B'])], [section(['a'])]])).toBe(true);
    expect(sharesSections([[section(['A'])]])).toBe(false);
  });

  test('the structured fixture ladder: every level in its column, Strategy only for the top two', async () => {
    const files = ['l1.md', 'l2.md', 'l3.md', 'l4.md', 'l5.md', 'l6.md'];
    const levels = await Promise.all(files.map(async (file) => level(file.slice(0, 2), sectionTexts(await structuredLevel(file)))));
    const rows = matrixRows(levels);
    expect(rows.map((row) => row.label)).toEqual(STRUCTURED_MATRIX_ROWS);
    const filled = (label: string) => rows.find((row) => row.label === label)!.cells.map((cell) => cell !== undefined);
    expect(filled('Strategy')).toEqual([false, false, false, false, true, true]);
    expect(filled('Delivery › Incidents › On-call')).toEqual([false, false, true, false, false, false]);
    expect(filled('Ownership')).toEqual([true, true, true, true, true, true]);
  });
});

describe('comparing two levels section by section', () => {
  const side = (slug: string, title: string, sections: SectionText[], rank = 1): CompareSide => ({ slug, title, rank, url: `/ops/${slug}/`, sections });
  const rowsOf = (html: string) => html.split('<div class="compare-row">').slice(1);

  test('a level without headings is one untitled row: both whole texts side by side, each labelled with its level', () => {
    const html = compareHtml(side('junior', 'Junior & Co', [section([], '<p>a1</p>\n<p>a2</p>')]), side('senior', 'Senior', [section([], '<p>b1</p>')]));
    expect(html).toContain('<h2 class="compare-head compare-a"><a href="/ops/junior/">Junior &#38; Co</a></h2>');
    expect(rowsOf(html)).toEqual([
      '<div class="compare-cell compare-a"><p class="compare-label">Junior &#38; Co</p><p>a1</p>\n<p>a2</p></div><div class="compare-cell compare-b"><p class="compare-label">Senior</p><p>b1</p></div></div></div>',
    ]);
  });

  test('lines up sections by name, sub-sections under a heading of their depth, and marks a section one side lacks', () => {
    const a = side('l4', 'Staff Engineer', [section(['Ownership']), section(['Ownership', 'Cost'])]);
    const b = side('l5', 'Senior Staff Engineer', [section(['Ownership']), section(['Strategy'])]);
    const rows = rowsOf(compareHtml(a, b));
    expect(rows).toHaveLength(3);
    expect(rows[0]).toContain('<h2 class="compare-section-title">Ownership</h2>');
    expect(rows[0]).not.toContain('Only in');
    expect(rows[1]).toContain('<h3 class="compare-section-title">Cost</h3><p class="compare-only">Only in Staff Engineer</p>');
    expect(rows[1]).toContain('<div class="compare-cell compare-b compare-missing"><p><span aria-hidden="true">—</span><span class="visually-hidden">Not part of Senior Staff Engineer</span></p></div>');
    expect(rows[2]).toContain('<h2 class="compare-section-title">Strategy</h2><p class="compare-only">Only in Senior Staff Engineer</p>');
    expect(rows[2]).toContain('compare-a compare-missing');
  });

  test('escapes section names', () => {
    expect(compareHtml(side('a', 'A', [section(['R&D <team>'])]), side('b', 'B', []))).toContain('>R&#38;D &#60;team&#62;</h2>');
  });
});

describe('choosing the pair to compare', () => {
  const choices = [
    { slug: 'trainee', rank: 1, next: ['junior'] },
    { slug: 'junior', rank: 2, next: ['senior'] },
    { slug: 'senior', rank: 3, next: ['principal'] },
    { slug: 'principal', rank: 4, next: ['lead'] },
    { slug: 'lead', rank: 5, next: [] },
  ];

  test('starts with the level the reader came from and the one it advances to, lower first', () => {
    expect(suggestedPair(choices, 'senior')).toEqual(['senior', 'principal']);
    // The top of the track advances nowhere: the level below it, in ladder order.
    expect(suggestedPair(choices, 'lead')).toEqual(['principal', 'lead']);
    // Advancing to a level further up (skipping one) is what the level names.
    expect(suggestedPair([{ slug: 'a', rank: 1, next: ['c'] }, { slug: 'b', rank: 2, next: [] }, { slug: 'c', rank: 3, next: [] }], 'a')).toEqual(['a', 'c']);
  });

  test('without a known level, the two lowest; with fewer than two levels, nothing', () => {
    expect(suggestedPair(choices)).toEqual(['trainee', 'junior']);
    expect(suggestedPair(choices, 'wizard')).toEqual(['trainee', 'junior']);
    expect(suggestedPair(choices.slice(0, 1), 'trainee')).toBeUndefined();
  });

  test('a pair named downwards is put into ladder order; a level with itself or an unknown level is refused', () => {
    const [trainee, , , , lead] = choices;
    expect(checkPair(choices, 'trainee', 'lead')).toEqual({ ok: true, a: trainee, b: lead, swapped: false });
    expect(checkPair(choices, 'lead', 'trainee')).toEqual({ ok: true, a: trainee, b: lead, swapped: true });
    expect(checkPair(choices, 'senior', 'senior')).toEqual({ ok: false, reason: 'same', level: choices[2] });
    expect(checkPair(choices, 'wizard', 'wizard')).toEqual({ ok: false, reason: 'unknown', unknown: ['wizard'] });
    expect(checkPair(choices, 'trainee', 'wizard')).toEqual({ ok: false, reason: 'unknown', unknown: ['wizard'] });
  });
});

describe("a track's own pages", () => {
  const level = (id: string, tbd = false) => ({ id: `t/${id}`, track: 't', title: id, rank: 1, next: [], summary: '', tbd, aliases: [] }) satisfies Level;
  const track = (levels: Level[]): Track => ({ id: 't', title: 'T', description: '', order: 1, levels });

  test('a track whose only level is to be defined links to none of them', () => {
    expect(trackTools(track([level('manager', true)]), false)).toEqual({ everyLevel: false, compare: false, matrix: false });
  });

  test('one written level: its whole track, nothing to compare; the matrix only where levels share sections', () => {
    expect(trackTools(track([level('a'), level('b', true)]), false)).toEqual({ everyLevel: true, compare: false, matrix: false });
    expect(trackTools(track([level('a'), level('b')]), false)).toEqual({ everyLevel: true, compare: true, matrix: false });
    expect(trackTools(track([level('a'), level('b')]), true)).toEqual({ everyLevel: true, compare: true, matrix: true });
  });
});
