import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';
import { parseCsv } from '../support/csv.ts';

// Self-review on a level page (src/browser/review/): marks in localStorage, exports, share links.
const level = 'web-operations/senior/';
const expectations = {
  familiar: '“You are familiar with current industry…”',
  competent: '“You are very competent in all…”',
  competence: '“Your competence extends to systems architecture,…”',
};
const notes = ['Ran the 2026 incident reviews', 'Automated the "blue/green" deploys, twice', 'Next: capacity planning'];

const group = (page: Page, name: string, who = 'Your mark') => page.getByRole('group', { name: `${who} for ${name}` });
const note = (page: Page, name: string) => page.getByRole('textbox', { name: `Note on ${name} (optional)` });

async function openReview(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Review yourself against this level' }).click();
  await expect(page.getByRole('heading', { name: 'Your self-review' })).toBeVisible();
}

/** Marks three expectations (Met, Working on it, Not yet), each with a note. */
async function markThree(page: Page): Promise<void> {
  await group(page, expectations.familiar).getByRole('radio', { name: 'Met' }).check();
  await note(page, expectations.familiar).fill(notes[0]!);
  await group(page, expectations.competent).getByRole('radio', { name: 'Working on it' }).check();
  await note(page, expectations.competent).fill(notes[1]!);
  await group(page, expectations.competence).getByRole('radio', { name: 'Not yet' }).check();
  await note(page, expectations.competence).fill(notes[2]!);
}

/** axe's WCAG 2.0–2.2 A/AA findings on the open page (as tests/e2e/a11y.spec.ts checks every page). */
async function wcagViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return results.violations.flatMap((violation) => violation.nodes.map((node) => `${violation.id} at ${node.target.join(' ')}`));
}

test('without JavaScript there is no review button and the page reads as ever', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ javaScriptEnabled: false, baseURL: baseURL! });
  const page = await context.newPage();
  await page.goto(level);
  await expect(page.getByRole('button', { name: 'Review yourself against this level' })).toBeHidden();
  await expect(page.locator('.review-item')).toHaveCount(0);
  await context.close();
});

test('review mode is off by default, loads its code only when opened and toggles', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => scripts.push(request.url()));
  await page.goto(level);
  const toggle = page.getByRole('button', { name: 'Review yourself against this level' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('radio')).toHaveCount(0);
  expect(scripts.filter((url) => /review/.test(url))).toEqual([]);
  await openReview(page);
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(scripts.filter((url) => /_astro\/review-/.test(url))).toHaveLength(2); // its code and its stylesheet
  await expect(page.getByRole('radiogroup').or(page.getByRole('group', { name: /^Your mark for/ }))).toHaveCount(4);
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('group', { name: /^Your mark for/ })).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Your self-review' })).toBeHidden();
});

test('mark three expectations with notes; progress is announced; the marks survive a reload', async ({ page }) => {
  await page.goto(level);
  await openReview(page);
  const progress = page.getByRole('status').filter({ hasText: 'expectations marked' });
  await expect(progress).toHaveText('0 of 4 expectations marked, 0 met');
  await markThree(page);
  await expect(progress).toHaveText('3 of 4 expectations marked, 1 met');
  await expect(page.getByText(`${notes[0]!.length} of 500 characters`)).toBeVisible();
  await expect(note(page, expectations.familiar)).toHaveAttribute('maxlength', '500');
  await page.reload();
  await openReview(page);
  await expect(group(page, expectations.familiar).getByRole('radio', { name: 'Met' })).toBeChecked();
  await expect(group(page, expectations.competent).getByRole('radio', { name: 'Working on it' })).toBeChecked();
  await expect(group(page, expectations.competence).getByRole('radio', { name: 'Not yet' })).toBeChecked();
  for (const [index, name] of [expectations.familiar, expectations.competent, expectations.competence].entries()) {
    await expect(note(page, name)).toHaveValue(notes[index]!);
  }
  await expect(progress).toHaveText('3 of 4 expectations marked, 1 met');
  // Clearing a mark keeps its note.
  await group(page, expectations.familiar).getByRole('button', { name: `Clear the mark for ${expectations.familiar}` }).click();
  await expect(progress).toHaveText('2 of 4 expectations marked, 0 met');
});

test('works from the keyboard alone: Tab to a group, arrows choose the mark', async ({ page }) => {
  await page.goto(level);
  await page.getByRole('button', { name: 'Review yourself against this level' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Your self-review' })).toBeVisible();
  await group(page, expectations.familiar).getByRole('radio', { name: 'Met' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(group(page, expectations.familiar).getByRole('radio', { name: 'Working on it' })).toBeChecked();
  await expect(page.getByRole('status').filter({ hasText: 'expectations marked' })).toHaveText('1 of 4 expectations marked, 0 met');
});

test('the filter shows only what is not marked Met', async ({ page }) => {
  await page.goto(level);
  await openReview(page);
  await markThree(page);
  const familiar = page.locator('#you-are-familiar-with-current-industry');
  await page.getByRole('checkbox', { name: 'Show only what I have not marked Met' }).check();
  await expect(familiar).toBeHidden();
  await expect(group(page, expectations.competent)).toBeVisible();
  await page.getByRole('checkbox', { name: 'Show only what I have not marked Met' }).uncheck();
  await expect(familiar).toBeVisible();
});

test('corrupt saved data gives a polite message and the page still works', async ({ page }) => {
  await page.goto(level);
  const base = new URL(page.url()).pathname.replace(/web-operations\/senior\/$/, '');
  await page.evaluate((key) => localStorage.setItem(key, '{"version":1,"entries":'), `career-ladder-review:${base}:web-operations/senior`);
  await page.reload();
  await openReview(page);
  await expect(page.getByText('Your saved marks for this level could not be read')).toBeVisible();
  await group(page, expectations.familiar).getByRole('radio', { name: 'Met' }).check();
  await expect(page.getByRole('status').filter({ hasText: 'expectations marked' })).toHaveText('1 of 4 expectations marked, 1 met');
  // Search and copy-link still work beside it.
  await expect(page.getByRole('link', { name: 'Copy link to Senior Engineer' })).toBeVisible();
});

test('a mark whose text changed says so; a mark whose expectation disappeared is listed', async ({ page }) => {
  await page.goto(level);
  const base = new URL(page.url()).pathname.replace(/web-operations\/senior\/$/, '');
  await page.evaluate(
    (key) =>
      localStorage.setItem(
        key,
        JSON.stringify({
          version: 1,
          level: 'web-operations/senior',
          title: 'Senior Engineer',
          total: 7,
          updated: '2026-03-03T10:00:00.000Z',
          entries: {
            'you-are-familiar-with-current-industry': { hash: 'zzzzzz', mark: 'met' },
            'you-used-to-do-something-else': { hash: 'abcdef', mark: 'working', note: 'Old wording' },
          },
        }),
      ),
    `career-ladder-review:${base}:web-operations/senior`,
  );
  await page.reload();
  await openReview(page);
  await expect(page.locator('[data-review-item="you-are-familiar-with-current-industry"]')).toContainText('The text changed since you marked it.');
  await expect(page.getByText('One mark is for text no longer on this page')).toBeVisible();
  await expect(page.locator('.review-orphans')).toContainText('you-used-to-do-something-else: Working on it — Old wording');
  // Marking again confirms the new wording.
  await group(page, expectations.familiar).getByRole('radio', { name: 'Working on it' }).check();
  await expect(page.locator('[data-review-item="you-are-familiar-with-current-industry"]').getByText('The text changed')).toBeHidden();
});

test.describe('exports', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('Copy as Markdown holds the title, the address, each permalink, the marks and notes', async ({ page }) => {
    await page.goto(level);
    await openReview(page);
    await markThree(page);
    await page.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(page.locator('[data-copy-status]')).toHaveText('Markdown copied.');
    const markdown = await page.evaluate(() => navigator.clipboard.readText());
    const address = page.url().replace(/#.*$/, '');
    expect(markdown).toContain('# Self-review: Senior Engineer');
    expect(markdown).toContain(`<${address}>`);
    for (const id of ['you-are-familiar-with-current-industry', 'you-are-very-competent-in-all', 'you-have-excellent-teamwork-skills-and']) expect(markdown).toContain(`<${address}#${id}>`);
    expect(markdown).toContain(`- **Met** — ${notes[0]}`);
    expect(markdown).toContain(`- **Working on it** — ${notes[1]}`);
    expect(markdown).toContain(`- **Not yet** — ${notes[2]}`);
    expect(markdown).toContain('- **Not marked**');
  });

  test('Download Markdown and Download CSV save files; the CSV parses with a row per expectation', async ({ page }) => {
    await page.goto(level);
    await openReview(page);
    await markThree(page);
    const [markdownFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download Markdown' }).click()]);
    expect(markdownFile.suggestedFilename()).toBe('self-review-web-operations-senior.md');
    expect(readFileSync((await markdownFile.path())!, 'utf8')).toContain(`— ${notes[1]}`);
    const [csvFile] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(csvFile.suggestedFilename()).toBe('self-review-web-operations-senior.csv');
    const rows = parseCsv(readFileSync((await csvFile.path())!, 'utf8').replace(/^\ufeff/, ''));
    expect(rows[0]).toEqual(['id', 'URL', 'section', 'text', 'mark', 'note']);
    expect(rows).toHaveLength(5);
    const competent = rows.find((row) => row[0] === 'you-are-very-competent-in-all')!;
    expect(competent[1]).toMatch(/\/web-operations\/senior\/#you-are-very-competent-in-all$/);
    expect(competent[3]).toMatch(/^You are very competent in all areas/);
    expect(competent.slice(4)).toEqual(['Working on it', notes[1]]);
  });
});

test('without a clipboard (a plain-HTTP host) the Markdown is offered in a selected field', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto(level);
  await openReview(page);
  await markThree(page);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  const field = page.getByRole('textbox', { name: /The Markdown: this browser does not let the page use the clipboard/ });
  await expect(field).toBeFocused();
  await expect(field).toHaveValue(/# Self-review: Senior Engineer/);
});

test.describe('share links', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] });

  test('a share link opened in a fresh browser shows the same marks read-only, saved as mine only on request', async ({ page, browser, baseURL }) => {
    await page.goto(level);
    await openReview(page);
    await markThree(page);
    await page.getByRole('textbox', { name: 'Your name (optional, travels with the link)' }).fill('Sam');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    await expect(page.locator('[data-copy-status]')).toContainText('Share link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/\/web-operations\/senior\/#review=1\.[\w-]+$/);

    const context = await browser.newContext({ baseURL: baseURL! });
    const other = await context.newPage();
    await other.goto(link);
    const date = new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
    await expect(other.getByRole('heading', { name: `Sam’s marks of ${date}, not yours` })).toBeVisible();
    await expect(other.getByRole('radio')).toHaveCount(0);
    await expect(other.locator('[data-review-item="you-are-familiar-with-current-industry"]')).toContainText(`Sam: Met — ${notes[0]}`);
    await expect(other.locator('[data-review-item="you-are-very-competent-in-all"]')).toContainText(`Sam: Working on it — ${notes[1]}`);
    await expect(other.getByRole('status').filter({ hasText: 'expectations marked' })).toHaveText('3 of 4 expectations marked, 1 met');
    // Nothing became the reader's own.
    expect(await other.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('career-ladder-review:')))).toEqual([]);
    await other.getByRole('button', { name: 'Save these marks as mine' }).click();
    await expect(other.getByRole('heading', { name: 'Your self-review' })).toBeVisible();
    await expect(group(other, expectations.familiar).getByRole('radio', { name: 'Met' })).toBeChecked();
    expect(other.url()).not.toContain('#review=');
    await context.close();
  });

  test('two-sided check-in: the manager adds marks beside, sees the differences and hands both back', async ({ page, browser, baseURL }) => {
    await page.goto(level);
    await openReview(page);
    await markThree(page);
    await page.getByRole('textbox', { name: 'Your name (optional, travels with the link)' }).fill('Sam');
    await page.getByRole('button', { name: 'Copy share link' }).click();
    // Copying is asynchronous: read the clipboard once the page says it is done.
    await expect(page.locator('[data-copy-status]')).toContainText('Share link copied');
    const link = await page.evaluate(() => navigator.clipboard.readText());

    const context = await browser.newContext({ baseURL: baseURL!, permissions: ['clipboard-read', 'clipboard-write'] });
    const manager = await context.newPage();
    await manager.goto(link);
    await manager.getByRole('button', { name: 'Add your marks beside them' }).click();
    const beside = (name: string) => group(manager, name, 'Your mark beside theirs');
    await beside(expectations.familiar).getByRole('radio', { name: 'Met' }).check();
    await beside(expectations.competent).getByRole('radio', { name: 'Met' }).check();
    await beside(expectations.competence).getByRole('radio', { name: 'Not yet' }).check();
    await expect(manager.getByRole('status').filter({ hasText: 'You agree' })).toHaveText('You agree on 2, differ on 1.');
    expect(await wcagViolations(manager)).toEqual([]);
    // Both sides live in the address (never in storage): a reload keeps them.
    await expect(manager).toHaveURL(/#review=1\./);
    await manager.reload();
    await expect(manager.getByRole('status').filter({ hasText: 'You agree' })).toHaveText('You agree on 2, differ on 1.');
    await manager.getByRole('button', { name: 'Change the marks beside them' }).click();
    expect(await manager.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('career-ladder-review:')))).toEqual([]);
    const differs = manager.locator('[data-review-item="you-are-very-competent-in-all"]');
    await expect(differs.getByText('Your marks differ here.')).toBeVisible();
    await expect(manager.locator('[data-review-item="you-are-familiar-with-current-industry"]').getByText('Your marks differ here.')).toBeHidden();
    await manager.getByRole('textbox', { name: 'Your name (optional, travels with the link)' }).fill('Alex');
    await manager.getByRole('button', { name: 'Copy link with both' }).click();
    await expect(manager.locator('[data-copy-status]')).toContainText('with both copied');
    const both = await manager.evaluate(() => navigator.clipboard.readText());
    await manager.getByRole('button', { name: 'Copy as Markdown' }).click();
    await expect(manager.locator('[data-copy-status]')).toHaveText('Markdown copied.');
    const markdown = await manager.evaluate(() => navigator.clipboard.readText());
    expect(markdown).toContain('- **Sam: Working on it** — ' + notes[1]);
    expect(markdown).toContain('- **Alex: Met**');
    await context.close();

    // Back with the employee: both sides, read-only, with the summary.
    await page.goto(both);
    await expect(page.getByRole('status').filter({ hasText: 'You agree' })).toHaveText('You agree on 2, differ on 1.');
    await expect(page.locator('[data-review-item="you-are-very-competent-in-all"]')).toContainText('Sam: Working on it');
    await expect(page.getByText(/Beside them: Alex’s marks of/)).toBeVisible();
    await expect(page.locator('[data-review-item="you-are-very-competent-in-all"]')).toContainText('Alex: Met');
    // Opened read-only; the second column changes only on request.
    await expect(page.getByRole('radio')).toHaveCount(0);
    await page.getByRole('button', { name: 'Change Alex’s marks' }).click();
    await expect(group(page, expectations.competent, 'Your mark beside theirs').getByRole('radio', { name: 'Met' })).toBeChecked();
    await expect(group(page, expectations.familiar, 'Your mark beside theirs').getByRole('radio', { name: 'Met' })).toBeFocused();
  });

  test('a damaged share link gives a polite message and the page still works', async ({ page }) => {
    await page.goto(`${level}#review=1.not-really-a-link`);
    await expect(page.getByText('This share link is incomplete or damaged')).toBeVisible();
    await page.getByRole('button', { name: 'Show my own marks' }).click();
    await expect(page.getByRole('heading', { name: 'Your self-review' })).toBeVisible();
  });
});

test('no request carries mark data when marking, exporting or sharing', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ''}`));
  await page.goto(level, { waitUntil: 'networkidle' });
  const loading = requests.length;
  await openReview(page);
  // Opening review mode fetches its code and stylesheet, nothing else. Polled: the stylesheet is
  // asked for once the code runs, which can be a moment after review mode shows (and the page was
  // already network-idle, so waiting for that would not wait at all).
  await expect.poll(() => requests.slice(loading).map((request) => request.replace(/-[\w-]{8}\.(js|css)/, '.$1'))).toEqual([
    expect.stringMatching(/^GET http:\/\/localhost:\d+\/(ladder\/)?_astro\/review\.js $/),
    expect.stringMatching(/^GET http:\/\/localhost:\d+\/(ladder\/)?_astro\/review\.css $/),
  ]);
  const opened = requests.length;
  await markThree(page);
  await page.getByRole('button', { name: 'Copy as Markdown' }).click();
  await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.locator('[data-copy-status]')).toContainText('Share link copied');
  await page.waitForLoadState('networkidle');
  // Marking, exporting and sharing make no request at all (a download is a blob: address in memory).
  expect(requests.slice(opened).filter((request) => !request.includes(' blob:'))).toEqual([]);
});

for (const theme of ['light', 'dark'] as const) {
  test(`review mode passes the WCAG 2.2 A/AA checks in the ${theme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: theme });
    await page.goto(level);
    await openReview(page);
    await markThree(page);
    const base = new URL(page.url()).pathname.replace(/web-operations\/senior\/$/, '');
    // A message and a changed-text notice are on screen too.
    await page.evaluate((key) => {
      const stored = JSON.parse(localStorage.getItem(key)!);
      stored.entries['you-are-familiar-with-current-industry'].hash = 'zzzzzz';
      stored.entries['gone'] = { hash: 'abcdef', mark: 'met' };
      localStorage.setItem(key, JSON.stringify(stored));
    }, `career-ladder-review:${base}:web-operations/senior`);
    await page.reload();
    await openReview(page);
    await page.getByRole('checkbox', { name: 'Show only what I have not marked Met' }).check();
    expect(await wcagViolations(page)).toEqual([]);
  });
}

test('My reviews lists each level with marks, its progress, and opens, exports and clears it (asking first)', async ({ page }) => {
  await page.goto(level);
  await openReview(page);
  await markThree(page);
  // Once the review code runs, the ladder beside the text says which levels have marks.
  await page.goto('web-operations/principal/');
  await openReview(page);
  await expect(page.getByRole('complementary').getByRole('link', { name: 'Senior Engineer (marked)' })).toBeVisible();
  await page.getByRole('contentinfo').getByRole('link', { name: 'My reviews' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('My reviews');
  const entry = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Senior Engineer' }) });
  await expect(entry).toContainText('3 of 4 expectations marked, 1 met');
  expect(await wcagViolations(page)).toEqual([]);
  const [csvFile] = await Promise.all([page.waitForEvent('download'), entry.getByRole('button', { name: 'Download CSV of Senior Engineer' }).click()]);
  const rows = parseCsv(readFileSync((await csvFile.path())!, 'utf8').replace(/^\ufeff/, ''));
  expect(rows).toHaveLength(4);
  expect(rows.find((row) => row[0] === 'you-are-familiar-with-current-industry')!.slice(3)).toEqual([
    expect.stringMatching(/^You are familiar with current industry practices/),
    'Met',
    notes[0],
  ]);
  // Clearing asks first: dismissed, nothing happens; accepted, the marks go.
  page.once('dialog', (dialog) => void dialog.dismiss());
  await entry.getByRole('button', { name: 'Clear my marks on Senior Engineer' }).click();
  await expect(entry).toBeVisible();
  page.once('dialog', (dialog) => void dialog.accept());
  await entry.getByRole('button', { name: 'Clear my marks on Senior Engineer' }).click();
  await expect(page.getByText('No marks saved in this browser yet.')).toBeVisible();
  await entry.waitFor({ state: 'detached' });
  await page.goto(level);
  await openReview(page);
  await expect(page.getByRole('status').filter({ hasText: 'expectations marked' })).toHaveText('0 of 4 expectations marked, 0 met');
});

test('printed, each expectation shows its mark and note as text, without the controls', async ({ page }) => {
  await page.goto(level);
  await openReview(page);
  await markThree(page);
  await page.emulateMedia({ media: 'print' });
  const item = page.locator('[data-review-item="you-are-very-competent-in-all"]');
  await expect(item.getByText(`Mark: Working on it — ${notes[1]}`)).toBeVisible();
  await expect(item.getByRole('group')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Copy as Markdown' })).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: 'expectations marked' })).toBeVisible();
});

test('review mode fits a 320-pixel-wide phone without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto(level);
  await openReview(page);
  await markThree(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('a level opened as …/index.html keeps its marks under the same level', async ({ page }) => {
  await page.goto(`${level}index.html`);
  await openReview(page);
  await group(page, expectations.familiar).getByRole('radio', { name: 'Met' }).check();
  await page.goto(level);
  await openReview(page);
  await expect(group(page, expectations.familiar).getByRole('radio', { name: 'Met' })).toBeChecked();
});
