// The search page: runs `?q=` from the address, and keeps the address in step as the user types,
// so a search can be linked and bookmarked.
import { filtersFromSearch, searchPageUrl } from '../lib/search-results.ts';
import { mountSearchView } from './search-view.ts';

const panel = document.querySelector<HTMLFormElement>('[data-search-page] [data-search-panel]');
if (panel) {
  const input = panel.querySelector<HTMLInputElement>('[data-search-input]')!;
  const baseTitle = document.title;
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  const view = mountSearchView(panel, {
    initialFilters: filtersFromSearch(location.search),
    onQuery: (query, filters) => {
      history.replaceState(history.state, '', searchPageUrl(location.href, query, filters));
      // The tab, the history list and a bookmark name the search, not just "Search".
      document.title = query ? `“${query}” · ${baseTitle}` : baseTitle;
    },
  });
  view.focus();
  view.run();
}
