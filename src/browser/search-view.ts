// Brings a SearchPanel to life: runs the query as the user types, shows the results, and makes
// the list keyboard-operable (↓/↑ between results, Enter opens, typing goes back to the field).
import { filterCounts, search, SearchUnavailableError, type SearchAnswer, type SearchFilters } from './search-engine.ts';
import { resultsMessage, type SearchHit } from '../lib/search-results.ts';

/** A mounted panel. */
export interface SearchView {
  /** Runs the query now in the field, e.g. after the field was filled from elsewhere. */
  run(): void;
  /** Moves focus to the search field. */
  focus(): void;
}

interface Options {
  /** Called with each query (trimmed) and its filters before it runs, e.g. for the address bar. */
  onQuery?: (query: string, filters: SearchFilters) => void;
  /** Filter values to select once the menus are filled, e.g. from the address. */
  initialFilters?: SearchFilters;
}

const MIN_QUERY_LENGTH = 2;

const mounted = new WeakMap<HTMLElement, SearchView>();

/** The elements of a panel the view works with. */
interface PanelParts {
  panel: HTMLFormElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLOListElement;
  moreButton: HTMLButtonElement;
  selects: HTMLSelectElement[];
}

/** Mounts the panel once; later calls return the same view. */
export function mountSearchView(panel: HTMLFormElement, options: Options = {}): SearchView {
  const existing = mounted.get(panel);
  if (existing) return existing;
  const parts = partsOf(panel);
  const menus = filterMenus(parts.selects, options.initialFilters ?? {});
  const results = resultsArea(parts);
  const run = queryRunner(parts, menus, results, options.onQuery);

  parts.input.addEventListener('input', () => void run());
  panel.addEventListener('change', (event) => {
    if (parts.selects.includes(event.target as HTMLSelectElement)) void run();
  });
  // With JavaScript the results are already on screen: Enter in the field opens the first one.
  panel.addEventListener('submit', (event) => {
    event.preventDefault();
    results.links()[0]?.click();
  });
  keyboardNavigation(parts.input, parts.list, results.links);

  const view: SearchView = { run: () => void run(), focus: () => parts.input.focus() };
  mounted.set(panel, view);
  return view;
}

function partsOf(panel: HTMLFormElement): PanelParts {
  return {
    panel,
    input: panel.querySelector<HTMLInputElement>('[data-search-input]')!,
    status: panel.querySelector<HTMLElement>('[data-search-status]')!,
    list: panel.querySelector<HTMLOListElement>('[data-search-results]')!,
    moreButton: panel.querySelector<HTMLButtonElement>('[data-search-more]')!,
    selects: [...panel.querySelectorAll<HTMLSelectElement>('[data-search-filter]')],
  };
}

/**
 * The filter menus. Their values come from the index, fetched only when someone reaches for a
 * menu (they grow with the ladder), or at once when the address names a filter: `ready` then
 * waits for them, so a query applies that filter.
 */
function filterMenus(selects: HTMLSelectElement[], initial: SearchFilters) {
  let filling: Promise<void> | undefined;
  const fill = () => (filling ??= fillFilters(selects, initial));
  const ready = Object.keys(initial).length > 0 ? fill() : Promise.resolve();
  for (const select of selects) {
    select.addEventListener('focus', () => void fill());
    select.addEventListener('pointerdown', () => void fill());
  }
  const chosen = (): SearchFilters =>
    Object.fromEntries(selects.filter((select) => select.value).map((select) => [select.dataset['searchFilter']!, select.value]));
  return { ready, chosen };
}

/** The status line, the result list and its "more" button: what a query's answer updates. */
function resultsArea({ input, status, list, moreButton }: PanelParts) {
  let answer: SearchAnswer | undefined;
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a')];

  const show = (shown: SearchAnswer | undefined, message: string) => {
    // Never leave focus on a result that is about to be replaced: it would fall to the page.
    const focusInList = list.contains(document.activeElement) || document.activeElement === moreButton;
    answer = shown;
    list.replaceChildren(...(shown?.hits ?? []).map(resultItem));
    moreButton.hidden = !shown || shown.hits.length >= shown.total;
    status.textContent = message;
    if (focusInList) input.focus();
  };

  moreButton.addEventListener('click', async () => {
    const current = answer;
    if (!current) return;
    const added = await current.more();
    if (current !== answer) return;
    list.append(...added.map(resultItem));
    moreButton.hidden = current.hits.length >= current.total;
    status.textContent = resultsMessage(current.query, current.hits.length, current.total, current.ignored);
    // Continue where the new results start (or stay on the list's end when none came).
    const fresh = links()[current.hits.length - added.length];
    (fresh ?? links().at(-1) ?? input).focus();
  });

  return { show, links };
}

/** Runs the query in the field; a newer query always wins over one still running. */
function queryRunner(
  { input }: PanelParts,
  menus: ReturnType<typeof filterMenus>,
  results: ReturnType<typeof resultsArea>,
  onQuery: Options['onQuery'],
) {
  let latest = 0;
  return async () => {
    const query = input.value.trim();
    const mine = ++latest;
    await menus.ready;
    if (mine !== latest) return;
    const chosen = menus.chosen();
    onQuery?.(query, chosen);
    // One letter matches half the index and would fetch most of it: wait for a second.
    if (query.length < MIN_QUERY_LENGTH) return results.show(undefined, '');
    try {
      const found = await search(query, chosen, () => mine === latest);
      // A newer query overtook this one while it ran: its answer is the one to show.
      if (!found || mine !== latest) return;
      results.show(found, resultsMessage(found.query, found.hits.length, found.total, found.ignored));
    } catch (error) {
      if (mine !== latest) return;
      results.show(undefined, error instanceof SearchUnavailableError ? error.message : 'Search could not load. Check your connection and try again.');
    }
  };
}

/** ↓ from the field to the first result; ↑/↓/Home/End between results; typing goes back to the field. */
function keyboardNavigation(input: HTMLInputElement, list: HTMLOListElement, links: () => HTMLAnchorElement[]) {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(event.target as HTMLAnchorElement);
    if (at < 0) return;
    const go = (target: HTMLElement | undefined) => {
      event.preventDefault();
      target?.focus();
    };
    if (event.key === 'ArrowDown') go(all[Math.min(at + 1, all.length - 1)]);
    else if (event.key === 'ArrowUp') go(at === 0 ? input : all[at - 1]);
    else if (event.key === 'Home') go(all[0]);
    else if (event.key === 'End') go(all[all.length - 1]);
    // Typing while on a result continues the query: the character lands in the field.
    else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) input.focus();
  });
}

/** One result: a single link holding the level's name, where it sits, and the excerpt. */
function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = hit.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  // "Senior Engineer › Ownership": the level, and the section the match is in.
  title.textContent = hit.section ? `${hit.title} › ${hit.section}` : hit.title;
  const where = document.createElement('span');
  where.className = 'result-where';
  where.textContent = hit.where;
  const excerpt = document.createElement('span');
  excerpt.className = 'result-excerpt';
  // Pagefind escapes the page text; its only markup is <mark> around the matched words.
  excerpt.innerHTML = hit.excerpt;
  link.append(title, where, excerpt);
  item.append(link);
  return item;
}

/** Fills each filter menu with the values the index knows, keeping the user's (or the address's) choice. */
async function fillFilters(selects: HTMLSelectElement[], initial: SearchFilters): Promise<void> {
  let counts;
  try {
    counts = await filterCounts();
  } catch {
    return; // The status line already says why search is unavailable.
  }
  for (const select of selects) {
    const values = Object.keys(counts[select.dataset['searchFilter']!] ?? {}).sort((a, b) => a.localeCompare(b));
    const chosen = select.value || initial[select.dataset['searchFilter']!];
    const options = values.map((value) => new Option(value, value, false, value === chosen));
    select.replaceChildren(select.options[0]!, ...options);
  }
}
