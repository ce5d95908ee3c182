import { expect, test } from '../support/test.ts';

// What changed's Atom feed, found by feed readers from any page's head (issue #15). The builds
// these tests run on come from a clone with its history; a build without it (a shallow clone)
// must not point at the feed at all, which tests/integration/git-history.test.ts checks.
test.describe('the Atom feed of What changed', () => {
  for (const path of ['', 'web-operations/senior/', 'changes/']) {
    test(`is linked from the head of ${path || 'the home page'}, under the base path, and is valid Atom`, async ({ page, request, baseURL }) => {
      await page.goto(path);
      const link = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
      await expect(link).toHaveCount(1);
      await expect(link).toHaveAttribute('title', /^What changed · /);
      const href = (await link.getAttribute('href'))!;
      expect(href).toBe(`${new URL(baseURL!).pathname}changes.xml`);
      const response = await request.get(new URL(href, baseURL).href);
      expect(response.status()).toBe(200);
      // The browser's own XML parser: a parse error or another root element is not a feed.
      const feed = await page.evaluate((xml) => {
        const document = new DOMParser().parseFromString(xml, 'application/xml');
        const root = document.documentElement;
        const child = (name: string) => [...root.children].filter((element) => element.localName === name);
        return {
          error: document.querySelector('parsererror')?.textContent ?? null,
          root: `${root.namespaceURI} ${root.localName}`,
          id: child('id').length,
          title: child('title')[0]?.textContent ?? null,
          updated: child('updated')[0]?.textContent ?? null,
          self: child('link').find((element) => element.getAttribute('rel') === 'self')?.getAttribute('href') ?? null,
          entries: child('entry').length,
        };
      }, await response.text());
      expect(feed.error).toBeNull();
      expect(feed.root).toBe('http://www.w3.org/2005/Atom feed');
      expect(feed.id).toBe(1);
      expect(feed.title).toBe(await link.getAttribute('title'));
      expect(feed.updated).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      // Absolute, with the base path: the feed's own address ends as the head link does.
      expect(feed.self).toMatch(new RegExp(`^https?://[^/]+${href.replace(/[.]/g, '\\.')}$`));
      expect(feed.entries).toBeGreaterThan(0);
    });
  }
});
