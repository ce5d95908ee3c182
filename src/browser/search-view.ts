// Brings a SearchPanel to life: runs the query as the user types, shows the results (each level
// with up to three matching places, "n more in this level" for the rest), offers "Did you mean …?"
// when a query finds nothing, and makes the list keyboard-operable (↓/↑ between results, Enter
// opens, typing goes back to the field).
import { filterCounts, search, SearchUnavailableError, type SearchAnswer, type SearchFilters } from './search-engine.ts';
import { PLACES_SHOWN, resultsMessage, type SearchHit, type SearchPlace } from '../lib/search-results.ts';

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
  hideKeyboardHintsOnTouch(parts);

  parts.input.addEventListener('input', () => void run());
  panel.addEventListener('change', (event) => {
    if (parts.selects.includes(event.target as HTMLSelectElement)) void run();
  });
  // With JavaScript the results are already on screen: Enter in the field opens the first one.
  panel.addEventListener('submit', (event) => {
    event.preventDefault();
    results.links()[0]?.click();
  });
  keyboardNavigation(parts.input, parts.panel, results.links);
  // "Did you mean …?": the suggestion becomes the query.
  parts.status.addEventListener('click', (event) => {
    const suggestion = (event.target as Element).closest<HTMLButtonElement>('[data-search-suggestion]');
    if (!suggestion) return;
    parts.input.value = suggestion.dataset['searchSuggestion']!;
    parts.input.focus();
    void run();
  });

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

/**
 * On a touch screen (no hover, or a coarse pointer) the keyboard hints do not apply: they are
 * hidden, and the field is no longer described by them. The CSS hides them too, before this runs.
 */
function hideKeyboardHintsOnTouch({ panel, input }: PanelParts) {
  const touch = matchMedia('(hover: none), (pointer: coarse)');
  const apply = () => {
    for (const hint of panel.querySelectorAll<HTMLElement>('[data-keyboard-hint]')) {
      hint.hidden = touch.matches;
      if (touch.matches) input.removeAttribute('aria-describedby');
      else input.setAttribute('aria-describedby', hint.id);
    }
  };
  apply();
  touch.addEventListener('change', apply);
}

/** The status line, the result list and its "more" button: what a query's answer updates. */
function resultsArea({ panel, input, status, list, moreButton }: PanelParts) {
  let answer: SearchAnswer | undefined;
  // What ↓/↑ move through: the suggestions, each result's places and its "n more" button.
  const links = () => [...panel.querySelectorAll<HTMLElement>('[data-search-status] button, [data-search-results] :is(a, button)')].filter((item) => !item.closest('[hidden]'));

  const show = (shown: SearchAnswer | undefined, message: string) => {
    // Never leave focus on a result that is about to be replaced: it would fall to the page.
    const focusInList = list.contains(document.activeElement) || status.contains(document.activeElement) || document.activeElement === moreButton;
    answer = shown;
    list.replaceChildren(...(shown?.hits ?? []).map(resultItem));
    moreButton.hidden = !shown || shown.hits.length >= shown.total;
    status.replaceChildren(...statusContent(message, shown?.suggestions ?? []));
    if (focusInList) input.focus();
  };

  moreButton.addEventListener('click', async () => {
    const current = answer;
    if (!current) return;
    const added = await current.more();
    if (current !== answer) return;
    const items = added.map(resultItem);
    list.append(...items);
    moreButton.hidden = current.hits.length >= current.total;
    status.textContent = resultsMessage(current.query, current.hits.length, current.total, current.ignored);
    // Continue where the new results start (or stay on the list's end when none came).
    (items[0]?.querySelector('a') ?? links().at(-1) ?? input).focus();
  });

  return { show, links };
}

/** The status line's content: the message, and "Did you mean …?" with a button per suggestion. */
function statusContent(message: string, suggestions: readonly string[]): (Node | string)[] {
  if (suggestions.length === 0) return [message];
  const buttons = suggestions.map((suggestion) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'suggestion';
    button.dataset['searchSuggestion'] = suggestion;
    const words = document.createElement('em');
    words.textContent = suggestion;
    button.append(words);
    return button;
  });
  const joined = buttons.flatMap((button, index) => (index === 0 ? [button] : [index === buttons.length - 1 ? ' or ' : ', ', button]));
  return [message.replace(/ Try another word, or clear the filters\.$/, ''), ' Did you mean ', ...joined, '?'];
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
function keyboardNavigation(input: HTMLInputElement, panel: HTMLFormElement, links: () => HTMLElement[]) {
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    const first = links()[0];
    if (!first) return;
    event.preventDefault();
    first.focus();
  });
  panel.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(event.target as HTMLElement);
    if (at < 0) return;
    const go = (target: HTMLElement | undefined) => {
      event.preventDefault();
      target?.focus();
    };
    if (event.key === 'ArrowDown') go(all[Math.min(at + 1, all.length - 1)]);
    else if (event.key === 'ArrowUp') go(at === 0 ? input : all[at - 1]);
    else if (event.key === 'Home') go(all[0]);
    else if (event.key === 'End') go(all[all.length - 1]);
    // Typing while on a result continues the query: the character lands in the field (Space
    // still presses a button).
    else if (event.key.length === 1 && !(event.key === ' ' && all[at] instanceof HTMLButtonElement) && !event.ctrlKey && !event.metaKey && !event.altKey) input.focus();
  });
}

let resultCount = 0;

/**
 * One result: a link to the level at its best place (the level's name and section, where it
 * sits, the excerpt), then up to two more places of the level, each a link to its own paragraph,
 * bullet or heading, and "n more in this level" for the rest.
 */
function resultItem(hit: SearchHit): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.className = 'result-link';
  link.href = hit.url;
  const title = document.createElement('span');
  title.className = 'result-title';
  // "Senior Engineer › Ownership": the level, and the section the match is in.
  title.textContent = hit.section ? `${hit.title} › ${hit.section}` : hit.title;
  const where = document.createElement('span');
  where.className = 'result-where';
  where.textContent = hit.where;
  link.append(title, where, excerptSpan('result-excerpt', hit.excerpt));
  item.append(link);

  const others = hit.places.slice(1);
  if (others.length === 0) return item;
  const places = document.createElement('ul');
  places.className = 'result-places';
  places.id = `search-places-${++resultCount}`;
  places.setAttribute('aria-label', `More places in ${hit.title}`);
  const hidden = others.slice(PLACES_SHOWN - 1).map((place) => placeItem(hit, place, true));
  places.append(...others.slice(0, PLACES_SHOWN - 1).map((place) => placeItem(hit, place, false)), ...hidden);
  item.append(places);
  if (hidden.length > 0) {
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'result-more';
    more.textContent = `${hidden.length} more in this level`;
    more.setAttribute('aria-expanded', 'false');
    more.setAttribute('aria-controls', places.id);
    more.addEventListener('click', () => {
      for (const place of hidden) place.hidden = false;
      // The button has done its work: focus moves to the first place it showed.
      hidden[0]?.querySelector('a')?.focus();
      more.setAttribute('aria-expanded', 'true');
      more.hidden = true;
    });
    item.append(more);
  }
  return item;
}

/** One more place of a level: its section and excerpt, linking to its own id. */
function placeItem(hit: SearchHit, place: SearchPlace, hidden: boolean): HTMLLIElement {
  const item = document.createElement('li');
  item.hidden = hidden;
  const link = document.createElement('a');
  link.href = place.url;
  const section = document.createElement('span');
  section.className = 'place-section';
  section.textContent = place.section ?? hit.title;
  link.append(section, excerptSpan('place-excerpt', place.excerpt));
  item.append(link);
  return item;
}

function excerptSpan(className: string, html: string): HTMLSpanElement {
  const excerpt = document.createElement('span');
  excerpt.className = className;
  // toHit escapes the page text; its only markup is <mark> around the matched words.
  excerpt.innerHTML = html;
  return excerpt;
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
