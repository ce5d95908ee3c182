import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { describe, expect, test } from 'vitest';
import { hostHeaders } from '../../src/integrations/host-headers.ts';
import {
  HostHeadersError,
  IMMUTABLE_CACHE,
  PERMISSIONS_POLICY,
  REVALIDATE_CACHE,
  assetsPath,
  headerPolicy,
  headersFile,
  nginxHeaders,
  overlongLines,
  pageCsp,
  securityHeaders,
  sitePolicy,
} from '../../src/lib/host-headers.ts';

/** A policy shaped like the one Astro's `security.csp` writes. */
const POLICY =
  "default-src 'self';img-src 'self' data:;object-src 'none';base-uri 'self';form-action 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self' 'sha256-BBB=';";

/** The headers a `_headers` file gives `path` on Cloudflare Pages: every matching rule in file order, repeated headers joined with a comma, `! Name` detaching what came before. */
function cloudflare(file: string, path: string): Record<string, string> {
  const headers: Record<string, string> = {};
  let matches = false;
  for (const raw of file.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      matches = new RegExp(`^${line.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(path);
    } else if (matches && line.startsWith('!')) {
      delete headers[line.slice(1).trim().toLowerCase()];
    } else if (matches) {
      const name = line.slice(0, line.indexOf(':')).trim().toLowerCase();
      const value = line.slice(line.indexOf(':') + 1).trim();
      headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
    }
  }
  return headers;
}

/** The same on Netlify (its headers parser): a line without a colon is skipped, and of the matching rules the later one's value of a header wins. */
function netlify(file: string, path: string): Record<string, string> {
  const rules: { pattern: RegExp; values: Record<string, string> }[] = [];
  for (const raw of file.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (line.startsWith('/')) {
      const parts = line.split('/').filter(Boolean).map((part) => (part === '*' ? '?(.*)' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')));
      rules.push({ pattern: new RegExp(`^/${parts.join('/')}/?$`, 'i'), values: {} });
    } else if (line.includes(':')) {
      const name = line.slice(0, line.indexOf(':')).trim().toLowerCase();
      rules.at(-1)!.values[name] = line.slice(line.indexOf(':') + 1).trim();
    }
  }
  return Object.assign({}, ...rules.filter(({ pattern }) => pattern.test(path)).map(({ values }) => values));
}

describe('the headers every response carries', () => {
  test("the CSP is the pages' policy as it is, with the hardening headers", () => {
    expect(securityHeaders(POLICY)).toEqual([
      { name: 'Content-Security-Policy', value: POLICY },
      { name: 'X-Content-Type-Options', value: 'nosniff' },
      { name: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
      { name: 'Permissions-Policy', value: PERMISSIONS_POLICY },
    ]);
  });

  test('Permissions-Policy denies the powerful features and keeps copy-link working', () => {
    const features = Object.fromEntries(PERMISSIONS_POLICY.split(', ').map((entry) => entry.split('=') as [string, string]));
    for (const feature of ['camera', 'microphone', 'geolocation', 'payment', 'usb', 'clipboard-read']) expect(features[feature], feature).toBe('()');
    expect(features['clipboard-write']).toBe('(self)');
    // Chromium warns on every page about a feature it does not know.
    for (const unknown of ['bluetooth', 'interest-cohort', 'ambient-light-sensor', 'battery', 'vr']) expect(features[unknown]).toBeUndefined();
  });

  test('a policy a header line cannot carry is refused, not written', () => {
    for (const policy of ['', "default-src 'self'\nX-Evil: 1", 'default-src "self"', "script-src 'self' $host", 'a\\b']) {
      expect(() => securityHeaders(policy), JSON.stringify(policy)).toThrow(HostHeadersError);
    }
  });
});

describe('_headers', () => {
  test('at the root: everything revalidates, /_astro/ is immutable', () => {
    expect(headersFile(POLICY, '/')).toBe(
      [
        '# Response headers for Netlify and Cloudflare Pages, written by the build',
        '# (src/lib/host-headers.ts) from the Content-Security-Policy the pages carry.',
        '# Do not edit: the next build writes it again.',
        '',
        '/*',
        `  Content-Security-Policy: ${POLICY}`,
        '  X-Content-Type-Options: nosniff',
        '  Referrer-Policy: strict-origin-when-cross-origin',
        `  Permissions-Policy: ${PERMISSIONS_POLICY}`,
        '  Cache-Control: public, max-age=0, must-revalidate',
        '',
        '# Hashed file names: a changed file gets a new name, so it can be cached for good.',
        '/_astro/*',
        '  ! Cache-Control',
        '  Cache-Control: public, max-age=31536000, immutable',
        '',
      ].join('\n'),
    );
  });

  test('paths follow the base path and the assets folder', () => {
    const file = headersFile(POLICY, '/careers/ladder/', 'assets');
    expect(file.split('\n').filter((line) => line.startsWith('/'))).toEqual(['/careers/ladder/*', '/careers/ladder/assets/*']);
    expect(assetsPath('/ladder/')).toBe('/ladder/_astro/');
    expect(() => headersFile(POLICY, 'ladder')).toThrow(HostHeadersError);
    expect(() => headersFile(POLICY, '/lad der/')).toThrow(HostHeadersError);
  });

  for (const host of [cloudflare, netlify]) {
    test(`${host.name} sends one Cache-Control per path and the security headers everywhere`, () => {
      const file = headersFile(POLICY, '/ladder/');
      const pages = ['/ladder/', '/ladder/web-operations/senior/', '/ladder/404.html', '/ladder/ladder.json', '/ladder/pagefind/pagefind.js'];
      for (const path of [...pages, '/ladder/_astro/page.Ab12Cd.js']) {
        const headers = host(file, path);
        expect(headers['content-security-policy'], path).toBe(POLICY);
        expect(headers['x-content-type-options'], path).toBe('nosniff');
        expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
        expect(headers['permissions-policy'], path).toBe(PERMISSIONS_POLICY);
      }
      for (const path of pages) expect(host(file, path)['cache-control'], path).toBe(REVALIDATE_CACHE);
      expect(host(file, '/ladder/_astro/page.Ab12Cd.js')['cache-control']).toBe(IMMUTABLE_CACHE);
      // Another site on the same host is none of this file's business.
      expect(host(file, '/elsewhere/')).toEqual({});
    });
  }

  test("a line longer than Cloudflare reads is named, so the build can warn", () => {
    expect(overlongLines(headersFile(POLICY, '/'))).toEqual([]);
    const long = `${POLICY.slice(0, -1)} ${"'sha256-CCC=' ".repeat(150)};`;
    expect(overlongLines(headersFile(long, '/'))).toEqual(['Content-Security-Policy']);
  });
});

describe('nginx-headers.conf', () => {
  test('the same security headers as add_header lines, sent with error pages too', () => {
    const directives = nginxHeaders(POLICY)
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#'));
    expect(directives).toEqual(securityHeaders(POLICY).map(({ name, value }) => `add_header ${name} "${value}" always;`));
  });

  test('the server block in docs/nginx.conf includes them in every location and caches like _headers', () => {
    const conf = readFileSync('docs/nginx.conf', 'utf8').replace(/#.*$/gm, '');
    const locations = [...conf.matchAll(/location\s+(\S+)\s*\{([^}]*)\}/g)].filter(([, , body]) => body!.includes('add_header'));
    expect(locations.map(([, path]) => path)).toEqual(['/_astro/', '/']);
    for (const [, path, body] of locations) expect(body, path).toContain('include /srv/ladder/nginx-headers.conf;');
    expect(locations[0]![2]).toContain(`add_header Cache-Control "${IMMUTABLE_CACHE}" always;`);
    expect(locations[1]![2]).toContain(`add_header Cache-Control "${REVALIDATE_CACHE}" always;`);
    expect(locations[1]![2]).toMatch(/try_files \$uri \$uri\/ =404;/);
    expect(conf).toMatch(/error_page 404 \/404\.html;/);
    expect(conf).toMatch(/gzip on;/);
  });
});

describe("a page's policy", () => {
  const head = (inside: string, body = '') => `<!doctype html><html><head><meta charset="utf-8">${inside}</head><body>${body}</body></html>`;

  test('is read from its <meta http-equiv>, decoded', () => {
    const html = head(`<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; img-src &apos;self&apos; data:&amp;">`);
    expect(pageCsp(html).policies).toEqual(["default-src 'self'; img-src 'self' data:&"]);
    expect(pageCsp(head(`<META HTTP-EQUIV='Content-Security-Policy' CONTENT="script-src 'self'">`)).policies).toEqual(["script-src 'self'"]);
  });

  test('a <meta> in the body or a comment is not the page\'s policy', () => {
    const html = head('<!-- <meta http-equiv="content-security-policy" content="x"> -->', '<meta http-equiv="content-security-policy" content="y">');
    expect(pageCsp(html).policies).toEqual([]);
  });

  test('the inline scripts and styles before the <meta> are named: it does not govern them', () => {
    const html = head(
      '<script>theme()</script><script type="application/ld+json">{}</script><script src="/x.js"></script><style>a{}</style>' +
        `<meta http-equiv="content-security-policy" content="script-src 'self'"><script>later()</script><style>b{}</style>`,
    );
    expect(pageCsp(html)).toEqual({
      policies: ["script-src 'self'"],
      early: [
        { kind: 'script', content: 'theme()' },
        { kind: 'style', content: 'a{}' },
      ],
    });
  });
});

describe("the header's policy", () => {
  test('adds the hashes of the early scripts and styles to their directives, once', () => {
    expect(headerPolicy(POLICY, { script: ["'sha256-T='", "'sha256-T='"], style: [] })).toBe(POLICY.replace("'sha256-AAA='", "'sha256-AAA=' 'sha256-T='"));
    expect(headerPolicy(POLICY, { script: ["'sha256-AAA='"], style: ["'sha256-S='"] })).toBe(POLICY.replace("'sha256-BBB='", "'sha256-BBB=' 'sha256-S='"));
    expect(headerPolicy(POLICY, { script: [], style: [] })).toBe(POLICY);
  });

  test('covers script-src-elem too, and leaves a lone unsafe-inline as it is', () => {
    expect(headerPolicy("script-src 'self'; script-src-elem 'self'", { script: ["'sha256-T='"], style: [] })).toBe("script-src 'self' 'sha256-T='; script-src-elem 'self' 'sha256-T='");
    expect(headerPolicy("style-src 'self' 'unsafe-inline'", { script: [], style: ["'sha256-S='"] })).toBe("style-src 'self' 'unsafe-inline'");
  });

  test('without a directive to carry the hash, says what to add', () => {
    expect(() => headerPolicy("default-src 'self'", { script: ["'sha256-T='"], style: [] })).toThrow(/no script-src .*security\.csp in astro\.config\.mjs/);
  });
});

describe("the site's one policy", () => {
  test('is the policy every page carries; pages without one are left out', () => {
    expect(sitePolicy([{ path: '/', policies: [POLICY] }, { path: '/a/', policies: [POLICY] }, { path: '/copied.html', policies: [] }])).toBe(POLICY);
  });

  test('pages that differ fail, listing which carry which', () => {
    const pages = ['/', '/a/', '/b/', '/c/', '/d/'].map((path) => ({ path, policies: [POLICY] }));
    const message = (() => {
      try {
        sitePolicy([...pages, { path: '/odd/', policies: ["default-src 'none'"] }]);
      } catch (error) {
        expect(error).toBeInstanceOf(HostHeadersError);
        return (error as Error).message;
      }
      throw new Error('accepted');
    })();
    expect(message).toContain('The pages carry 2 different Content-Security-Policies');
    expect(message).toContain(`  /, /a/, /b/ and 2 more:\n    ${POLICY}`);
    expect(message).toContain("  /odd/:\n    default-src 'none'");
    expect(message).toContain('How to fix:');
  });

  test('a page with two policies, or no page with one, fails', () => {
    expect(() => sitePolicy([{ path: '/x/', policies: [POLICY, POLICY] }])).toThrow(/\/x\/ carries more than one/);
    expect(() => sitePolicy([{ path: '/', policies: [] }])).toThrow(/No page carries/);
  });
});

describe('the integration', () => {
  test("reads each page's <head> in full, however long, and writes its policy as the header", async () => {
    const site = mkdtempSync(path.join(os.tmpdir(), 'host-headers-'));
    // A head longer than one read, with a two-byte character across the first read's end, and
    // the policy and an early script only after it: the header needs both.
    const filler = `<meta name="description" content="${'a'.repeat(8192 - 61 - 1)}é${'b'.repeat(200)}">`;
    const page = `<!doctype html><html><head>${filler}<script>early()</script><meta http-equiv="content-security-policy" content="${POLICY}"></head><body>é</body></html>`;
    writeFileSync(path.join(site, 'index.html'), page);
    mkdirSync(path.join(site, 'web-operations'));
    writeFileSync(path.join(site, 'web-operations/index.html'), page);
    const integration = hostHeaders();
    const logger = { info: () => {}, warn: () => {} } as unknown as AstroIntegrationLogger;
    const hooks = integration.hooks as Required<AstroIntegration['hooks']>;
    await hooks['astro:config:done']({ config: { base: '/', build: { assets: '_astro' } } } as never);
    await hooks['astro:build:done']({ dir: pathToFileURL(`${site}/`), logger } as never);
    const csp = cloudflare(readFileSync(path.join(site, '_headers'), 'utf8'), '/web-operations/')['content-security-policy'];
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='");
    expect(csp).toContain(`'sha256-${createHash('sha256').update('early()').digest('base64')}'`);
  });
});
