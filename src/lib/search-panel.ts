import { escapeHtml } from './html.ts';

interface SearchPanelOptions {
  /** Prefix for element ids, so the dialog's and the search page's panels can share a page. */
  idPrefix: string;
  /** Visible label of the search field. */
  label?: string;
  /** Where the form goes without JavaScript: the search page, under the base path. */
  action: string;
}

/**
 * The search form, filters, status line and result list as HTML. The search page renders it at
 * build time (SearchPanel.astro); the header's dialog builds it in the browser the first time
 * someone reaches for search, so no other page carries it. Inert until search-view.ts mounts it.
 * @example searchPanelHtml({ idPrefix: 'page', action: '/search/' })
 */
export function searchPanelHtml({ idPrefix, label = 'Search the ladder', action }: SearchPanelOptions): string {
  const id = (name: string) => `${idPrefix}-${name}`;
  return (
    `<form class="search-panel" role="search" action="${escapeHtml(action)}" data-search-panel>` +
    // The field and the filters stay in view while the results scroll under them (in the dialog,
    // even with a phone's on-screen keyboard taking half the screen).
    `<div class="search-head">` +
    `<label class="field-label" for="${id('q')}">${escapeHtml(label)}</label>` +
    `<input id="${id('q')}" class="field" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" aria-describedby="${id('hint')}" aria-controls="${id('results')}" data-search-input>` +
    // Keyboard hints: hidden (and not read out) on touch screens, where they do not apply.
    `<p id="${id('hint')}" class="hint" data-keyboard-hint>Use the arrow keys to move through the results and Enter to open one.</p>` +
    `<fieldset class="filters"><legend class="visually-hidden">Narrow the results</legend>` +
    `<label><span>Track</span><select name="track" data-search-filter="track"><option value="">All tracks</option></select></label>` +
    `<label><span>Level</span><select name="level" data-search-filter="level"><option value="">All levels</option></select></label>` +
    `</fieldset>` +
    `</div>` +
    // Enter in the field submits; the button gives the form an explicit, named submit (WCAG H32).
    `<button class="visually-hidden" type="submit">Search</button>` +
    // The status line also offers "Did you mean …?" buttons when a query finds nothing.
    `<p class="status" role="status" aria-live="polite" data-search-status></p>` +
    `<ol id="${id('results')}" class="results" aria-label="Search results" data-search-results></ol>` +
    `<button type="button" class="more" hidden data-search-more>Show more results</button>` +
    `</form>`
  );
}
