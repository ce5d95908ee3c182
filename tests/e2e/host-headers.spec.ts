import type { Page } from '@playwright/test';
import { headersFor, readHeaderRules } from '../support/host-headers.ts';
import { expect, test } from '../support/test.ts';

/**
 * Serves the page as Netlify or Cloudflare Pages would: every response of the site gets the
 * headers the build's `_headers` gives its path, on top of what the preview server sends. The
 * page guard (support/test.ts) then fails the test on any CSP violation or console error.
 * Returns the warnings Chromium logs about a policy (e.g. a Permissions-Policy feature it does
 * not know), which are not errors.
 */
async function serveWithHostHeaders(page: Page, distDir: string, baseURL: string): Promise<string[]> {
  const rules = readHeaderRules(distDir);
  const origin = new URL(baseURL).origin;
  await page.route(
    (url) => url.origin === origin,
    async (route) => {
      try {
        const response = await route.fetch();
        const headers = { ...response.headers() };
        // The body comes decoded: its encoding and length no longer apply.
        delete headers['content-encoding'];
        delete headers['content-length'];
        await route.fulfill({ response, headers: { ...headers, ...headersFor(rules, new URL(route.request().url()).pathname) } });
      } catch {
        // The page moved on while this request was under way (a navigation, the test's end).
        // Were it still wanted, its failure would show as a console error the guard reports.
        await route.abort().catch(() => undefined);
      }
    },
  );
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning' && /policy/i.test(message.text())) warnings.push(message.text());
  });
  return warnings;
}

test.describe('the site served with the headers of its _headers', () => {
  test.use({ permissions: ['clipboard-write'] });

  test('pages run their scripts under the header policy: theme, copy-link, compare', async ({ page, distDir, baseURL }) => {
    const warnings = await serveWithHostHeaders(page, distDir, baseURL!);
    const response = await page.goto('web-operations/senior/');
    expect(response!.headers()['content-security-policy']).toBe(headersFor(readHeaderRules(distDir), new URL(baseURL!).pathname)['content-security-policy']);
    expect(response!.headers()['cache-control']).toBe('public, max-age=0, must-revalidate');

    // The theme script runs before the page's <meta> policy: only the header governs it.
    await page.emulateMedia({ colorScheme: 'light' });
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
    await page.getByRole('button', { name: 'Dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

    // Permissions-Policy lets the site itself write to the clipboard.
    await page.getByRole('link', { name: 'Copy link to Senior Engineer' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Link copied: /);

    await page.goto('web-operations/compare/?a=trainee&b=lead');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Trainee/Intern → Lead Engineer');
    await page.goto('no-such-page-anywhere/');
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(warnings).toEqual([]);
  });

  test('search loads its index and WebAssembly under the header policy', async ({ page, distDir, baseURL }) => {
    const warnings = await serveWithHostHeaders(page, distDir, baseURL!);
    await page.goto('search/?q=mentoring');
    const panel = page.getByRole('main');
    await expect(panel.getByRole('status')).toHaveText(/^\d+ results? for “mentoring”\.$/);
    await expect(panel.getByRole('list', { name: 'Search results' }).getByRole('link').first()).toBeVisible();
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(warnings).toEqual([]);
  });
});
