import { test as base, expect } from '@playwright/test';

/** Options each Playwright project sets: where its build is on disk. */
export interface SiteOptions {
  /** The build output folder served to this project, relative to the repository. */
  distDir: string;
}

/**
 * Playwright's `test`, watching every page for what must never happen: a request to another
 * origin (blocked and reported), a Content-Security-Policy violation, or a console error.
 */
export const test = base.extend<SiteOptions & { siteGuard: void }>({
  distDir: ['dist', { option: true }],
  siteGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const outside: string[] = [];
      const problems: string[] = [];
      await page.route(
        (url) => !['data:', 'blob:'].includes(url.protocol) && url.origin !== origin,
        async (route) => {
          outside.push(route.request().url());
          await route.abort('blockedbyclient');
        },
      );
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline code'}`);
        });
      });
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        // Opening a missing page on purpose (the 404 test) logs its own status: not a fault.
        const isDocument404 = message.location().url === page.url() && message.text().includes('status of 404');
        if (!isDocument404) problems.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
      await use();
      expect(outside, 'requests to other origins').toEqual([]);
      expect(problems, 'console errors and CSP violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
