// localStorage, carefully: it can be switched off or full (then it throws), and what it holds
// may be corrupt or from another version; see src/lib/review/model.ts for the format.
import { readReview, storageKey, storagePrefix, writeReview, type LevelReview, type ReadResult } from '../../lib/review/model.ts';

export const STORAGE_OFF = 'This browser does not let the page keep your marks (its storage is off or full): they last only until you leave the page.';

/** A level's marks as stored, with a sentence when something stored could not be used. */
export function loadReview(base: string, level: string, title: string, total: number): ReadResult & { storageProblem?: string } {
  try {
    return readReview(localStorage.getItem(storageKey(base, level)), level, title, total);
  } catch {
    return { ...readReview(null, level, title, total), storageProblem: STORAGE_OFF };
  }
}

/** Saves a level's marks (removes them when there are none); false when the browser refused. */
export function saveReview(base: string, review: LevelReview): boolean {
  try {
    const key = storageKey(base, review.level);
    if (Object.keys(review.entries).length === 0) localStorage.removeItem(key);
    else localStorage.setItem(key, writeReview(review));
    return true;
  } catch {
    return false;
  }
}

/** Forgets a level's marks. */
export function clearReview(base: string, level: string): void {
  try {
    localStorage.removeItem(storageKey(base, level));
  } catch {
    // Nothing kept, nothing to clear.
  }
}

/** The levels with marks saved in this browser for this site (at this base path). */
export function storedLevels(base: string): { level: string; raw: string }[] {
  const prefix = storagePrefix(base);
  const found: { level: string; raw: string }[] = [];
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (key?.startsWith(prefix)) found.push({ level: key.slice(prefix.length), raw: localStorage.getItem(key) ?? '' });
    }
  } catch {
    // Storage off: nothing saved.
  }
  return found.sort((a, b) => a.level.localeCompare(b.level));
}
