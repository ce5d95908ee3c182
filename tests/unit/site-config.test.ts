import { describe, expect, test } from 'vitest';
import { BUILD_TIME, SettingError, buildTimeDefine, normaliseBase, readSiteConfig } from '../../src/lib/site-config.ts';

/** The message a setting is refused with. */
function refusal(env: Record<string, string>): string {
  try {
    readSiteConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(SettingError);
    return (error as SettingError).message;
  }
  throw new Error(`${JSON.stringify(env)} was accepted`);
}

describe('SITE_URL', () => {
  test('an absolute http(s) address is taken as its origin', () => {
    expect(readSiteConfig({ SITE_URL: ' https://ladder.example.com/ ' }).site).toBe('https://ladder.example.com');
    expect(readSiteConfig({ SITE_URL: 'http://localhost:8080' }).site).toBe('http://localhost:8080');
  });

  test('anything else fails naming SITE_URL, with how to fix it', () => {
    for (const value of ['ladder.example.com', 'ftp://ladder.example.com', 'javascript:alert(1)', 'https://']) {
      const message = refusal({ SITE_URL: value });
      expect(message).toMatch(/^SITE_URL: /);
      expect(message).toContain('How to fix: Write the whole address, with its scheme: SITE_URL=https://ladder.example.com');
    }
  });

  test('a path belongs in BASE_PATH, and the message says so', () => {
    expect(refusal({ SITE_URL: 'https://example.com/ladder' })).toBe(
      'SITE_URL: "https://example.com/ladder" has a path, query or fragment; SITE_URL is only the address of the host.\n' +
        '  How to fix: Put the path in BASE_PATH instead: SITE_URL=https://example.com BASE_PATH=/ladder/',
    );
  });

  test('the refusal carries no stack trace', () => {
    try {
      readSiteConfig({ SITE_URL: 'nope' });
    } catch (error) {
      expect((error as Error).stack).toBe('');
    }
  });
});

describe('BASE_PATH', () => {
  test('slashes are normalised', () => {
    for (const value of ['ladder', '/ladder', 'ladder/', '//ladder//', ' /ladder/ ']) expect(normaliseBase(value), value).toBe('/ladder/');
    expect(normaliseBase('careers/ladder')).toBe('/careers/ladder/');
    expect(normaliseBase('/')).toBe('/');
  });

  test('spaces and characters a URL would escape fail naming BASE_PATH', () => {
    for (const value of ['my ladder', '/ladder?x=1', '/ladder#top', '/lad"der/', '/../ladder', '/ladder%20x', '/échelle/']) {
      const message = refusal({ BASE_PATH: value });
      expect(message, value).toMatch(/^BASE_PATH: ".*" is not a path the site can live under: /);
      expect(message).toContain('How to fix: Use letters, digits, dashes, dots and underscores between slashes, e.g. BASE_PATH=/ladder/');
    }
  });
});

describe('SOURCE_URL', () => {
  test('must be an http(s) address: it becomes a link in every footer', () => {
    expect(readSiteConfig({ SOURCE_URL: 'https://git.example.com/org/ladder' }).sourceUrl).toBe('https://git.example.com/org/ladder');
    expect(refusal({ SOURCE_URL: 'javascript:alert(1)' })).toMatch(/^SOURCE_URL: "javascript:alert\(1\)" is not an absolute http:\/\/ or https:\/\/ address\./);
  });
});

describe('the build time', () => {
  test('is one instant, handed to the pages as a Vite define', () => {
    expect(BUILD_TIME).toBeInstanceOf(Date);
    expect(Number.isNaN(BUILD_TIME.getTime())).toBe(false);
    expect(buildTimeDefine()).toEqual({ __LADDER_BUILD_TIME__: JSON.stringify(BUILD_TIME.toISOString()) });
  });
});
