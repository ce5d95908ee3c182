import { describe, expect, test } from 'vitest';
import { tableRegionLabels } from '../../src/lib/markdown/rehype-table-regions.ts';
import { renderLevelMarkdown } from '../support/markdown.ts';

const table = '| Scope | Example |\n| --- | --- |\n| Feature | Add filtering to a list page |';

describe('tables in a level', () => {
  test('sit in a labelled, keyboard-focusable scroll region named after the section they are in and the level', async () => {
    const { html } = await renderLevelMarkdown(`## Delivery\n\n### Planning\n\nThe scope of work.\n\n${table}\n`, 'Senior Engineer');
    expect(html).toMatch(/<section class="table-region" tabindex="0" aria-label="Table: Planning \(Senior Engineer\)"><table>[\s\S]*<\/table><\/section>/);
    expect(html.match(/<table>/g)).toHaveLength(1);
  });

  test('before any heading, tables are numbered; a name used twice on a level gets a number', async () => {
    const { html } = await renderLevelMarkdown(`${table}\n\n## Scope\n\n${table}\n\nText.\n\n${table}\n`, 'Lead');
    expect([...html.matchAll(/aria-label="(Table[^"]*)"/g)].map((match) => match[1])).toEqual(['Table 1 (Lead)', 'Table: Scope (Lead)', 'Table: Scope 2 (Lead)']);
    expect(tableRegionLabels(['Planning', undefined, 'Planning'])).toEqual(['Table: Planning', 'Table 2', 'Table: Planning 2']);
  });

  test('a table changes no expectation: its cells get no ids or copy-links, the text around it keeps its ids', async () => {
    const { html } = await renderLevelMarkdown(`## Planning\n\nThe scope of work.\n\n${table}\n`);
    expect(html).toMatch(/<p id="planning-the-scope-of-work" data-h="[0-9a-z]{6}">/);
    expect(html.slice(html.indexOf('<table>'))).not.toMatch(/ id=|copy-link/);
  });
});
