import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { ACCENT_COUNT, ACCENTS, trackAccent } from '../../src/lib/track-accent.ts';
import { checkFolder } from '../support/fixtures.ts';

const css = readFileSync(new URL('../../src/styles/global.css', import.meta.url), 'utf8');

/** The [light, dark] pair of a palette token, e.g. `--bg: light-dark(#f8f7f4, #131417)`. */
function pair(token: string): [string, string] {
  const match = css.match(new RegExp(`${token}:\\s*light-dark\\((#[0-9a-f]{6}),\\s*(#[0-9a-f]{6})\\)`, 'i'));
  if (!match) throw new Error(`global.css defines no light-dark() pair for ${token}`);
  return [match[1]!, match[2]!];
}

/** WCAG 2 relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const themes = [
  ['light', 0],
  ['dark', 1],
] as const;

describe('palette', () => {
  for (const [theme, side] of themes) {
    test(`body text and muted text are readable on every background in the ${theme} theme`, () => {
      for (const background of ['--bg', '--surface', '--tbd-soft']) {
        expect(contrast(pair('--text')[side], pair(background)[side])).toBeGreaterThanOrEqual(7);
        expect(contrast(pair('--muted')[side], pair(background)[side])).toBeGreaterThanOrEqual(4.5);
      }
      expect(contrast(pair('--tbd')[side], pair('--tbd-soft')[side])).toBeGreaterThanOrEqual(4.5);
    });

    test(`every track accent reads as link text and as a filled marker in the ${theme} theme`, () => {
      for (let n = 1; n <= ACCENT_COUNT; n++) {
        const accent = pair(`--accent-${n}`)[side];
        const soft = pair(`--accent-${n}-soft`)[side];
        for (const background of [pair('--bg')[side], pair('--surface')[side], soft]) {
          expect(contrast(accent, background), `--accent-${n} on ${background}`).toBeGreaterThanOrEqual(4.5);
        }
        expect(contrast(pair('--text')[side], soft)).toBeGreaterThanOrEqual(7);
        expect(contrast(pair('--muted')[side], soft)).toBeGreaterThanOrEqual(4.5);
      }
    });

    test(`focus rings and borders of controls stand out in the ${theme} theme`, () => {
      for (const background of ['--bg', '--surface']) {
        expect(contrast(pair('--focus')[side], pair(background)[side])).toBeGreaterThanOrEqual(3);
        expect(contrast(pair('--border-strong')[side], pair(background)[side])).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe('track accents', () => {
  const tracks = [{ id: 'web-operations' }, { id: 'management' }];

  test('gives tracks the palette colours in their listed order', () => {
    expect(trackAccent(tracks, 'web-operations')).toBe('accent-1');
    expect(trackAccent(tracks, 'management')).toBe('accent-2');
  });

  test('starts the palette again after its last colour', () => {
    const many = Array.from({ length: ACCENT_COUNT + 2 }, (_, i) => ({ id: `track-${i}` }));
    expect(trackAccent(many, `track-${ACCENT_COUNT}`)).toBe('accent-1');
    expect(trackAccent(many, `track-${ACCENT_COUNT + 1}`)).toBe('accent-2');
  });

  test('uses the colour a track names in its _track.yml', () => {
    expect(trackAccent([{ id: 'web-operations' }, { id: 'management', accent: 'violet' }], 'management')).toBe('accent-3');
    expect(trackAccent([{ id: 'web-operations', accent: 'magenta' }], 'web-operations')).toBe('accent-6');
  });

  test('stops the build on a colour the palette does not have, listing the ones it has', async () => {
    const { problems } = await checkFolder('tests/fixtures/broken/unknown-accent');
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'tests/fixtures/broken/unknown-accent/ops/_track.yml',
        field: 'accent',
        message: expect.stringContaining(ACCENTS.join(', ')),
      }),
    ]);
  });

  test('has a CSS class for every accent it hands out', () => {
    for (let n = 1; n <= ACCENT_COUNT; n++) expect(css).toContain(`.accent-${n} {`);
  });
});
