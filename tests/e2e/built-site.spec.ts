import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { readBuiltSite } from '../support/built-site.ts';
import { headersFor, readHeaderRules } from '../support/host-headers.ts';
import { findBrokenLinks, loadedResourcesOf } from '../support/links.ts';
import { javaAvailable, nuHtmlCheck } from '../support/nu-html-check.ts';
import { expect, test } from '../support/test.ts';

/** A Content-Security-Policy as its directives: name → sources. */
const directivesOf = (policy: string) =>
  Object.fromEntries(
    policy
      .split(';')
      .map((directive) => directive.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );

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

  // A browser enforces the header and the page's <meta> alike: the header must be the pages'
  // policy. Its one addition (src/lib/host-headers.ts): the hash of each inline script or style
  // before the <meta> in <head> (the theme script), which a <meta> does not govern but a header does.
  test("_headers sends the pages' Content-Security-Policy, and caches hashed files for good", ({ distDir, baseURL }) => {
    const base = new URL(baseURL!).pathname;
    const { root, pages, files } = readBuiltSite(distDir, base);
    const policies = new Set<string>();
    const early = { script: new Set<string>(), style: new Set<string>() };
    for (const page of pages) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(page.html);
      expect(meta, page.path).not.toBeNull();
      policies.add(meta![1]!);
      const before = page.html.slice(0, meta!.index);
      for (const [, kind, attributes, content] of before.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)) {
        if (!/\bsrc=|type="application\/(ld\+)?json"/.test(attributes!)) early[kind as 'script' | 'style'].add(`'sha256-${createHash('sha256').update(content!).digest('base64')}'`);
      }
    }
    expect([...policies], 'one policy on every page').toHaveLength(1);
    const [policy] = policies;

    const rules = readHeaderRules(distDir);
    const senior = headersFor(rules, `${base}web-operations/senior/`);
    const expected = directivesOf(policy!);
    for (const kind of ['script', 'style'] as const) {
      expected[`${kind}-src`] = [...new Set([...expected[`${kind}-src`]!, ...early[kind]])];
    }
    expect(directivesOf(senior['content-security-policy']!)).toEqual(expected);
    // Today the one early inline element is the theme script.
    expect(early.script.size).toBe(1);
    // Every path of the site gets that policy, the hardening headers and revalidation…
    for (const url of [base, `${base}404.html`, `${base}ladder.json`, ...pages.map((page) => page.path)]) {
      const headers = headersFor(rules, url);
      expect(headers['content-security-policy'], url).toBe(senior['content-security-policy']);
      expect(headers['x-content-type-options'], url).toBe('nosniff');
      expect(headers['referrer-policy'], url).toBe('strict-origin-when-cross-origin');
      expect(headers['permissions-policy'], url).toContain('clipboard-write=(self)');
      expect(headers['cache-control'], url).toBe('public, max-age=0, must-revalidate');
    }
    // …except the hashed files under _astro/, cached for a year.
    const assets = [...files].filter((file) => file.startsWith(`${base}_astro/`));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(asset, 'a hash in the name').toMatch(/[.-][\w-]{8}\.(js|css)$/);
      expect(headersFor(rules, asset)['cache-control'], asset).toBe('public, max-age=31536000, immutable');
    }
    // nginx's include carries the same policy.
    const nginx = readFileSync(path.join(root, 'nginx-headers.conf'), 'utf8');
    expect(nginx).toContain(`add_header Content-Security-Policy "${senior['content-security-policy']}" always;`);
  });
});

