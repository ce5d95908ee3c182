import { describe, expect, test } from 'vitest';
import { levelIdFromPath, levelSlug, resolveLevelRef, trackIdFromPath } from '../../src/lib/ids.ts';
import { normaliseBase, readSiteConfig } from '../../src/lib/site-config.ts';
import { joinBase } from '../../src/lib/urls.ts';

describe('ids', () => {
  test('derives a lower-case level id from the file path, without extension', () => {
    expect(levelIdFromPath('web-operations/Senior.md')).toBe('web-operations/senior');
    expect(levelIdFromPath('platform/staff.mdx')).toBe('platform/staff');
  });

  test('derives the track id from the folder name', () => {
    expect(trackIdFromPath('web-operations/_track.yml')).toBe('web-operations');
  });

  test('resolves a bare next reference within the same track', () => {
    expect(resolveLevelRef('senior', 'web-operations')).toBe('web-operations/senior');
  });

  test('keeps a track-qualified next reference as it is', () => {
    expect(resolveLevelRef('management/manager', 'web-operations')).toBe('management/manager');
  });

  test('gives the last segment of a level id as its slug', () => {
    expect(levelSlug('web-operations/senior')).toBe('senior');
  });
});

describe('urls', () => {
  test('joins paths at the site root', () => {
    expect(joinBase('/', '/web-operations/senior/')).toBe('/web-operations/senior/');
  });

  test('joins paths under a base path, with or without its trailing slash', () => {
    expect(joinBase('/ladder/', '/web-operations/')).toBe('/ladder/web-operations/');
    expect(joinBase('/ladder', 'web-operations/')).toBe('/ladder/web-operations/');
  });

  test('normalises BASE_PATH to one leading and one trailing slash', () => {
    expect(normaliseBase('ladder')).toBe('/ladder/');
    expect(normaliseBase('/ladder//')).toBe('/ladder/');
    expect(normaliseBase('')).toBe('/');
    expect(normaliseBase(undefined)).toBe('/');
  });

  test('reads defaults when nothing is configured', () => {
    expect(readSiteConfig({})).toEqual({ site: 'http://localhost:4321', base: '/', contentDir: 'content' });
  });

  test('reads SITE_URL, BASE_PATH and LADDER_CONTENT_DIR', () => {
    expect(
      readSiteConfig({ SITE_URL: 'https://ladder.example.com', BASE_PATH: '/ladder', LADDER_CONTENT_DIR: 'org/ladder' }),
    ).toEqual({ site: 'https://ladder.example.com', base: '/ladder/', contentDir: 'org/ladder' });
  });

  test('reads SOURCE_URL for the footer, and leaves it out when blank', () => {
    expect(readSiteConfig({ SOURCE_URL: ' https://git.example.com/ladder ' }).sourceUrl).toBe('https://git.example.com/ladder');
    expect(readSiteConfig({ SOURCE_URL: '  ' })).not.toHaveProperty('sourceUrl');
  });
});
