import { expect, test } from '../support/test.ts';

// Runs against `astro dev`, where authors preview their writing and no search index exists.

test('in the dev server, search says it works in the built site instead of failing', async ({ page }) => {
  test.setTimeout(60_000);
  const dialog = page.getByRole('dialog', { name: 'Search the ladder' });
  // A fresh dev server may reload the page once while it syncs the content: start over then.
  await expect(async () => {
    await page.goto('web-operations/senior/');
    await page.getByRole('searchbox', { name: 'Search the ladder' }).first().click({ timeout: 5_000 });
    await dialog.getByRole('searchbox').fill('mentoring', { timeout: 5_000 });
    await expect(dialog.getByRole('status')).toHaveText('Search works in the built site: run `npm start`.', { timeout: 5_000 });
  }).toPass({ timeout: 50_000 });
});
