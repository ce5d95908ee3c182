import type { Page } from '@playwright/test';
import { expect, test } from '../support/test.ts';

// Runs in the `structured` project: the long fixture ladder with sections and nested bullets.

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Search the ladder' });
const results = (page: Page) => dialog(page).getByRole('list', { name: 'Search results' }).getByRole('link');

test('a match inside a bullet names the level and its section, and opens that bullet highlighted', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the ladder' }).first().click();
  await dialog(page).getByRole('searchbox').fill('alongside');
  await expect(results(page)).toHaveCount(1);
  await expect(results(page).locator('.result-title')).toHaveText('Senior Software Engineer › Code quality');
  await results(page).click();
  await expect(page).toHaveURL(/\/engineering\/l3\/.*#code-quality-/);
  const target = page.locator(':target');
  await expect(target).toHaveJSProperty('tagName', 'LI');
  await expect(target).toContainText('schedule its repayment alongside feature work');
});
