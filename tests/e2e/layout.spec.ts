import { expect, test } from '../support/test.ts';
import { builtPages } from '../support/site-pages.ts';

/** Controls that stand alone (not links inside a sentence, which WCAG exempts): each must be a 44×44 px target on a phone. */
const STANDALONE_CONTROLS = [
  'header a',
  'header button',
  'nav a',
  'footer a',
  '.ladder .name a',
  'main .tracks a',
].join(', ');

test.describe('on a 320 px wide phone', () => {
  test.use({ viewport: { width: 320, height: 640 }, hasTouch: true, isMobile: true });

  test('no page scrolls sideways, in either theme', async ({ page, distDir }) => {
    const pages = builtPages(distDir);
    test.setTimeout(30_000 + pages.length * 1_500);
    for (const theme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: theme });
      for (const path of pages) {
        await page.goto(path);
        const { scrollWidth, clientWidth } = await page.evaluate(() => ({
          scrollWidth: document.documentElement.scrollWidth,
          clientWidth: document.documentElement.clientWidth,
        }));
        expect(scrollWidth, `${path} in the ${theme} theme`).toBeLessThanOrEqual(clientWidth);
      }
    }
  });

  test('links and buttons that stand alone are at least 44×44 px', async ({ page, distDir }) => {
    const pages = builtPages(distDir);
    test.setTimeout(30_000 + pages.length * 1_500);
    for (const path of pages) {
      await page.goto(path);
      const small = await page.locator(STANDALONE_CONTROLS).evaluateAll((controls) =>
        controls
          .filter((control) => control.getClientRects().length > 0 && !control.closest('.skip-link, .visually-hidden, p:not(.name)'))
          .map((control) => ({ text: control.textContent?.trim(), box: control.getBoundingClientRect() }))
          .filter(({ box }) => box.width < 44 || box.height < 44)
          .map(({ text, box }) => `"${text}" is ${Math.round(box.width)}×${Math.round(box.height)}`),
      );
      expect(small, path).toEqual([]);
    }
  });
});

test('level text keeps a readable measure on a wide screen (at most about 75 characters a line)', async ({ page }) => {
  await page.setViewportSize({ width: 1600, height: 900 });
  await page.goto('web-operations/principal/');
  const { width, charWidth } = await page.locator('.level-text p').first().evaluate((paragraph) => {
    const probe = document.createElement('span');
    probe.textContent = '0'.repeat(100);
    probe.style.cssText = 'position: absolute; white-space: nowrap';
    paragraph.append(probe);
    const charWidth = probe.getBoundingClientRect().width / 100;
    probe.remove();
    return { width: paragraph.getBoundingClientRect().width, charWidth };
  });
  // "ch" is the width of "0"; running text averages a little narrower, so 68ch holds about 75 characters.
  expect(width / charWidth).toBeLessThanOrEqual(70);
  expect(width / charWidth).toBeGreaterThanOrEqual(45);
});

test('the branch at Principal Engineer is drawn as a fork off the rail, between Principal and Lead', async ({ page }) => {
  await page.goto('./');
  const ladder = page.getByRole('list', { name: 'Web Operations levels, entry level first' });
  const principal = ladder.getByRole('listitem').nth(3);
  const lead = ladder.getByRole('listitem').nth(4);
  const fork = principal.locator('.fork');
  await expect(fork).toContainText('Manager Web Operations');
  const [card, forkBox, leadBox] = await Promise.all([principal.locator('.card').boundingBox(), fork.boundingBox(), lead.boundingBox()]);
  // Below Principal's card, above the Lead rung, and indented from the rungs' column.
  expect(forkBox!.y).toBeGreaterThanOrEqual(card!.y + card!.height);
  expect(forkBox!.y + forkBox!.height).toBeLessThanOrEqual(leadBox!.y);
  expect(forkBox!.x).toBeGreaterThan(card!.x);
});

test('the compact ladder on a level page fills in the step of the level being read', async ({ page }) => {
  await page.goto('web-operations/senior/');
  const steps = page.getByRole('complementary').locator('.step');
  const fills = await steps.evaluateAll((all) => all.map((step) => getComputedStyle(step).backgroundColor));
  const current = fills[2];
  expect(fills.filter((fill) => fill === current)).toHaveLength(1);
});
