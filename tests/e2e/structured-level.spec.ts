import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { repoRoot } from '../support/fixtures.ts';

// A level page of a long, structured ladder (tests/fixtures/structured-ladder, served from
// dist-structured/ by the `structured` project): its text whole, every expectation linkable, an
// outline without gaps, "On this page", the copy-link control and tables that scroll on their own.

const TRACK_DIR = path.join(repoRoot, 'tests/fixtures/structured-ladder/engineering');

/** One level file of the fixture: its page, its title and the blocks of its text, as plain text. */
interface SourceLevel {
  path: string;
  title: string;
  /** Paragraphs and bullets (nested ones too), markup stripped. */
  blocks: string[];
  /** Section headings, markup stripped. */
  headings: string[];
  /** Whether it has a GFM table. */
  hasTable: boolean;
}

/** Markdown inline markup reduced to the text a reader sees: links to their text, no emphasis, no `{#id}`. */
function plain(markdown: string): string {
  return markdown
    .replace(/\s*\{#[^}\s]+\}\s*$/, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|\*|`)/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Reads a level file simply (not through the site's pipeline): paragraphs, bullets and headings, line by line. */
function readLevel(file: string): SourceLevel {
  const source = readFileSync(path.join(TRACK_DIR, file), 'utf8');
  const [, frontmatter = '', body = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source) ?? [];
  const title = /^title:\s*(.+)$/m.exec(frontmatter)![1]!.trim();
  const blocks: string[] = [];
  const headings: string[] = [];
  let paragraph: string[] = [];
  const endParagraph = () => {
    if (paragraph.length > 0) blocks.push(plain(paragraph.join(' ')));
    paragraph = [];
  };
  for (const line of body.split('\n')) {
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    const bullet = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(line);
    if (line.trim() === '' || line.startsWith('|')) endParagraph();
    else if (heading) {
      endParagraph();
      // A heading that repeats the level's title is dropped: the page's h1 shows it.
      if (plain(heading[1]!).toLowerCase() !== title.toLowerCase()) headings.push(plain(heading[1]!));
    } else if (bullet) {
      endParagraph();
      blocks.push(plain(bullet[1]!));
    } else paragraph.push(line.trim());
  }
  endParagraph();
  return { path: `engineering/${file.replace(/\.md$/, '')}/`, title, blocks, headings, hasTable: /^\|.*\|\s*$/m.test(body) };
}

const levels = readdirSync(TRACK_DIR)
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map(readLevel);
/** The level with a table (and nested bullets), and one for the rest. */
const withTable = levels.find((level) => level.hasTable)!;
const level = levels[2]!;

/** How wide the page is, and how wide its window: more means it scrolls sideways. */
const pageWidth = () => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth });

/** Text as compared: whitespace collapsed. */
const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

test('the fixture is the long, structured ladder this spec is about', () => {
  expect(levels.length).toBeGreaterThanOrEqual(6);
  for (const { headings, blocks } of levels) {
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(blocks.length).toBeGreaterThan(20);
  }
  expect(withTable).toBeDefined();
});

for (const { path: levelPath, title, blocks, headings } of levels) {
  test(`${title}: no text lost, every expectation has a unique id, an outline without skips`, async ({ page }) => {
    await page.goto(levelPath);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    const text = normalize(await page.locator('.level-text').innerText());
    for (const block of [...blocks, ...headings]) expect(text, `${levelPath}: "${block}"`).toContain(block);

    // Every paragraph, bullet and heading of the level's text has an id, unique on the page (what
    // the page adds to the text area and keeps out of search, e.g. a "last changed" note, is not the level's text).
    const missing = await page.locator('.level-text').locator('p, li, h2, h3, h4, h5, h6').evaluateAll((blocks) =>
      blocks.filter((block) => !block.id && !block.closest('table, [data-pagefind-ignore]')).map((block) => block.outerHTML.slice(0, 80)),
    );
    expect(missing).toEqual([]);
    const ids = await page.locator('[id]').evaluateAll((elements) => elements.map((element) => element.id));
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    const blockCount = await page.locator('.level-text').locator('p, li').count();
    expect(blockCount).toBeGreaterThanOrEqual(blocks.length);

    // One h1, and no heading more than one level below the one before it, whatever the width.
    for (const width of [1280, 320]) {
      await page.setViewportSize({ width, height: 800 });
      const outline = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((all) =>
        all.filter((heading) => heading.checkVisibility()).map((heading) => Number(heading.tagName[1])),
      );
      expect(outline.filter((depth) => depth === 1), `${levelPath} at ${width} px`).toHaveLength(1);
      const skips = outline.flatMap((depth, index) => (depth > (outline[index - 1] ?? 0) + 1 ? [`h${outline[index - 1] ?? 0} → h${depth}`] : []));
      expect(skips, `${levelPath} at ${width} px`).toEqual([]);
    }
  });
}

test('section headings are larger than the text, in a clear scale, on the level page and the whole-track page', async ({ page }) => {
  for (const pagePath of [level.path, 'engineering/all/']) {
    await page.goto(pagePath);
    const size = (selector: string) =>
      page.locator('.level-text').locator(selector).first().evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
    const [h2, h3, h4, body] = [await size('h2'), await size('h3'), await size('h4'), await size('p')];
    expect(h2, pagePath).toBeGreaterThan(h3);
    expect(h3, pagePath).toBeGreaterThan(h4);
    expect(h4, pagePath).toBeGreaterThan(body);
  }
});

test.describe('the control beside each expectation', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('copies the address of a bullet, sitting at the end of the bullet’s own text, before its nested list', async ({ page }) => {
    await page.goto(withTable.path);
    const bullet = page.locator('.level-text li:has(> ul)').first();
    const id = await bullet.getAttribute('id');
    const control = bullet.locator(':scope > .copy-link');
    await expect(control).toHaveAttribute('href', `#${id}`);
    expect(await control.evaluate((link) => link.nextElementSibling?.tagName)).toBe('UL');
    await control.click();
    await expect(page.locator('[data-copy-status]')).toContainText(`/${withTable.path}#${id}`);
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).pathname).toBe(`/${withTable.path}`);
    expect(new URL(copied).hash).toBe(`#${id}`);
  });

  test('shows its name on hover and on focus, within the page on a phone, and Escape hides it', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(withTable.path);
    const name = (locator: ReturnType<Page['locator']>) =>
      locator.evaluate((link) => {
        const tip = getComputedStyle(link, '::after');
        const frame = link.parentElement!.getBoundingClientRect();
        return { shown: tip.display !== 'none', text: tip.content, fits: parseFloat(tip.width) <= frame.width + 0.5 };
      });
    for (const selector of ['.level-text li:has(> ul) > .copy-link', '.level-text p > .copy-link', '.level-text h3 > .copy-link']) {
      const control = page.locator(selector).first();
      const label = (await control.getAttribute('aria-label'))!;
      expect((await name(control)).shown, selector).toBe(false);
      await control.focus();
      const tip = await name(control);
      expect(tip.shown, selector).toBe(true);
      expect(tip.text, selector).toContain(label.slice(0, 12));
      expect(tip.fits, selector).toBe(true);
      const { scrollWidth, clientWidth } = await page.evaluate(pageWidth);
      expect(scrollWidth, `${selector} focused: no sideways scroll`).toBeLessThanOrEqual(clientWidth);
      await page.keyboard.press('Escape');
      expect((await name(control)).shown, `${selector} after Escape`).toBe(false);
      await control.blur();
      // The next key (or pointer move) lets names show again.
      await page.keyboard.press('Shift');
    }
    const bulletControl = page.locator('.level-text li > .copy-link').first();
    await bulletControl.hover();
    expect((await name(bulletControl)).shown).toBe(true);
  });
});

test.describe('"On this page"', () => {
  test('on a wide screen: in the side column, linking each h2 and h3, sticky, marking the section being read', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(level.path);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await expect(contents).toHaveCount(1);
    const sections = await page.locator('.level-text').locator('h2, h3').evaluateAll((all) => all.map((heading) => `#${heading.id}`));
    expect(await contents.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href')))).toEqual(sections);
    // In the side column: to the right of the level's text.
    const [nav, text] = [await contents.boundingBox(), await page.locator('.level-text').boundingBox()];
    expect(nav!.x).toBeGreaterThan(text!.x + text!.width);
    expect(await contents.evaluate((element) => getComputedStyle(element).position)).toBe('sticky');

    // Scrolled far down, it is still in view, and the section being read is marked.
    const last = sections.at(-1)!;
    await page.locator(last).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect(contents.locator(`a[href="${last}"]`)).toHaveAttribute('aria-current', /^(location|true)$/);
    const stuck = await contents.boundingBox();
    expect(stuck!.y).toBeGreaterThanOrEqual(0);
    expect(stuck!.y).toBeLessThan(800);
    await expect(contents.locator('[aria-current]')).toHaveCount(1);

    const second = sections[1]!;
    await page.locator(second).evaluate((heading) => heading.scrollIntoView({ block: 'start' }));
    await expect(contents.locator(`a[href="${second}"]`)).toHaveAttribute('aria-current', /^(location|true)$/);
    await expect(contents.locator('[aria-current]')).toHaveCount(1);
  });

  test.describe('on a phone, without JavaScript', () => {
    test.use({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });

    test('sits at the top of the level, collapsed, and opens and closes', async ({ page }) => {
      await page.goto(level.path);
      const contents = page.getByRole('navigation', { name: 'On this page' });
      await expect(contents).toHaveCount(1);
      // Above the level's text.
      expect((await contents.boundingBox())!.y).toBeLessThan((await page.locator('.level-text').boundingBox())!.y);
      const summary = contents.locator('summary');
      const first = contents.getByRole('link').first();
      await expect(first).toBeHidden();
      await summary.click();
      await expect(first).toBeVisible();
      await first.click();
      await expect(page).toHaveURL(/#technical-skills$/);
      await summary.click();
      await expect(first).toBeHidden();
    });
  });

  test('on a phone, the section being read is marked in the list too', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(level.path);
    const contents = page.getByRole('navigation', { name: 'On this page' });
    await contents.locator('summary').click();
    const third = contents.getByRole('link').nth(2);
    const target = (await third.getAttribute('href'))!;
    await third.click();
    await expect(third).toHaveAttribute('aria-current', /^(location|true)$/);
    await expect(page.locator(target)).toBeInViewport();
  });
});

test('on a phone, a link to one bullet opens it highlighted, with the level’s name still in view', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(level.path);
  const bulletId = await page.locator('.level-text li li').nth(3).getAttribute('id');
  await page.goto(`${level.path}#${bulletId}`);
  const target = page.locator(`[id="${bulletId}"]`);
  await expect(target).toBeInViewport();
  expect(await target.evaluate((bullet) => getComputedStyle(bullet).outlineStyle)).toBe('solid');
  const title = page.getByRole('heading', { level: 1 });
  await expect(title).toBeInViewport();
  const [titleBox, targetBox] = [await title.boundingBox(), await target.boundingBox()];
  expect(titleBox!.y).toBeGreaterThanOrEqual(0);
  // Not covered by the title: the whole target is below it.
  expect(targetBox!.y).toBeGreaterThanOrEqual(titleBox!.y + titleBox!.height);

  // Headings are highlighted too.
  const headingId = await page.locator('.level-text h3').first().getAttribute('id');
  await page.goto(`${level.path}#${headingId}`);
  expect(await page.locator(`[id="${headingId}"]`).evaluate((heading) => getComputedStyle(heading).outlineStyle)).toBe('solid');
  await expect(title).toBeInViewport();
});

test.describe('tables', () => {
  test.use({ viewport: { width: 320, height: 640 } });

  test('sit in a labelled, keyboard-focusable scroll region; a wide one scrolls there, the page never sideways', async ({ page }) => {
    await page.goto(withTable.path);
    const region = page.getByRole('region', { name: /^Table/ }).first();
    await expect(region).toHaveAttribute('tabindex', '0');
    await expect(region.locator('table')).toHaveCount(1);
    // Reached with the keyboard: Tab from the control just before it.
    await region.evaluate((element) => {
      const controls = [...document.querySelectorAll<HTMLElement>('.level-text .copy-link')];
      controls.filter((control) => control.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING).at(-1)!.focus();
    });
    await page.keyboard.press('Tab');
    await expect(region).toBeFocused();

    // Made wider than the phone: the region scrolls, with the keyboard too; the page does not.
    await region.locator('td').first().evaluate((cell) => (cell.style.minWidth = '40rem'));
    const scroll = () => region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth, scrollLeft: element.scrollLeft }));
    expect((await scroll()).scrollWidth).toBeGreaterThan((await scroll()).clientWidth);
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await scroll()).scrollLeft).toBeGreaterThan(0);
    const { scrollWidth, clientWidth } = await page.evaluate(pageWidth);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  });

  test('no level page scrolls sideways at 320 px', async ({ page }) => {
    for (const { path: levelPath } of levels) {
      await page.goto(levelPath);
      const { scrollWidth, clientWidth } = await page.evaluate(pageWidth);
      expect(scrollWidth, levelPath).toBeLessThanOrEqual(clientWidth);
    }
  });
});
