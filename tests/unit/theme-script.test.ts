import { describe, expect, test } from 'vitest';
import { THEME_SCRIPT } from '../../src/browser/theme-script.ts';

/** Runs the head script against a stand-in page: a saved theme (or blocked storage) and a system theme. */
function themeFor(saved: string | null | Error, systemDark: boolean): string | undefined {
  const dataset: Record<string, string> = {};
  // Read as a property, as the script does (`localStorage.theme`); undefined when nothing is saved.
  const localStorage = {
    get theme() {
      if (saved instanceof Error) throw saved;
      return saved ?? undefined;
    },
  };
  const matchMedia = (query: string) => ({ matches: query === '(prefers-color-scheme: dark)' && systemDark });
  const ignore = () => {};
  new Function('localStorage', 'matchMedia', 'document', 'addEventListener', THEME_SCRIPT)(
    localStorage,
    matchMedia,
    { documentElement: { dataset }, querySelectorAll: () => [], addEventListener: ignore },
    ignore,
  );
  return dataset.theme;
}

describe('the theme script in every page head', () => {
  test("uses the reader's saved theme over the system's", () => {
    expect(themeFor('dark', false)).toBe('dark');
    expect(themeFor('light', true)).toBe('light');
  });

  test("follows the system's theme when nothing (or nonsense) was saved", () => {
    expect(themeFor(null, true)).toBe('dark');
    expect(themeFor(null, false)).toBe('light');
    expect(themeFor('purple', true)).toBe('dark');
  });

  test('still sets a theme when storage is blocked', () => {
    expect(themeFor(new Error('SecurityError'), true)).toBe('dark');
  });
});
