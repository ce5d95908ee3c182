import { HtmlValidate } from 'html-validate';
import { readBuiltSite } from '../support/built-site.ts';
import { findBrokenLinks, loadedResourcesOf } from '../support/links.ts';
import { javaAvailable, nuHtmlCheck } from '../support/nu-html-check.ts';
import { expect, test } from '../support/test.ts';

// Checks over the build output itself, once per build (root and base path).
test.describe('the built site', () => {
  test('every internal link, asset and #fragment resolves', ({ distDir, baseURL }) => {
    const base = new URL(baseURL!).pathname;
    const { pages, files } = readBuiltSite(distDir, base);
    expect(pages.length).toBeGreaterThanOrEqual(8);
    expect(findBrokenLinks(pages, files, base)).toEqual([]);
  });

  test('every page is valid HTML', async ({ distDir, baseURL }) => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro's scoped styles and the CSP need inline <style> blocks.
        'no-inline-style': 'off',
      },
    });
    const { pages } = readBuiltSite(distDir, new URL(baseURL!).pathname);
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${page.path}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(errors).toEqual([]);
  });

  // The W3C checker knows the HTML standard's parsing rules (e.g. nothing may follow </html>),
  // which html-validate above does not all check. It needs Java; without it this test is skipped,
  // loudly: the one deliberate conditional skip of the suite.
  test('every page passes the W3C Nu HTML Checker', async ({ distDir }) => {
    test.setTimeout(120_000);
    const java = javaAvailable();
    const noJava = 'Java is not installed: the Nu HTML Checker was skipped (html-validate still ran)';
    if (!java) console.warn(noJava);
    test.skip(!java, noJava);
    const errors = (await nuHtmlCheck(distDir)).map(({ file, line, message }) => `${distDir}/${file}:${line ?? '?'}: ${message}`);
    expect(errors).toEqual([]);
  });

  test('no page, stylesheet or script loads anything from another origin', ({ distDir, baseURL }) => {
    const { pages, assets } = readBuiltSite(distDir, new URL(baseURL!).pathname);
    const outside: string[] = [];
    for (const page of pages) {
      for (const href of loadedResourcesOf(page.html)) if (/^(https?:)?\/\//i.test(href)) outside.push(`${page.path}: ${href}`);
      for (const match of page.html.matchAll(/url\((['"]?)(https?:)?\/\/[^)]+\)/gi)) outside.push(`${page.path}: ${match[0]}`);
    }
    for (const asset of assets) {
      const patterns = [/url\((['"]?)(https?:)?\/\/[^)]+\)/gi, /(?:import\s*\(|from\s*|fetch\s*\()\s*['"`](https?:)?\/\/[^'"`]+/gi];
      for (const pattern of patterns) for (const match of asset.text.matchAll(pattern)) outside.push(`${asset.path}: ${match[0]}`);
    }
    expect(outside).toEqual([]);
  });

  test('every page carries a Content-Security-Policy that allows only its own scripts and styles', ({ distDir, baseURL }) => {
    const { pages } = readBuiltSite(distDir, new URL(baseURL!).pathname);
    for (const page of pages) {
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html)?.[1];
      expect(policy, page.path).toBeDefined();
      expect(policy).toContain("default-src 'self'");
      expect(policy).toMatch(/script-src 'self'/);
      expect(policy).toMatch(/style-src 'self'/);
      expect(policy).not.toContain('unsafe-inline');
    }
  });
});
