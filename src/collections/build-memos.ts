// What the pages work out once per build (the ladder, each level's reading, the history) is kept
// while pages render, in module-level memos. Once every page is written nothing reads them again:
// the build lets them go before it makes the search index (src/integrations/pagefind.ts), so a
// large ladder's build needs that memory only once. The integrations run in the same process as
// the pages but not in the same module graph, hence one registry on globalThis.

const REGISTRY = Symbol.for('career-ladder.build-memos');

function registry(): Set<() => void> {
  const holder = globalThis as { [REGISTRY]?: Set<() => void> };
  return (holder[REGISTRY] ??= new Set());
}

/** Registers how to let a memo go once the pages are written. */
export function releaseAfterPages(release: () => void): void {
  registry().add(release);
}

/** Lets every registered memo go: for the build, once every page is written. */
export function releaseBuildMemos(): void {
  for (const release of registry()) release();
  registry().clear();
}
