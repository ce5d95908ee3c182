// Loaded only when a level page is opened from a search result (`?pagefind-highlight=…`): marks
// the words that matched (the result link names them as the page writes them: "self-study",
// "mentoring") with Pagefind's highlight script, and brings the first one into view.
import { SEARCH_BUNDLE_FOLDER, withBase } from '../lib/urls.ts';

const bundle = `${withBase(`/${SEARCH_BUNDLE_FOLDER}/`)}pagefind-highlight.js`;

interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

async function highlight(): Promise<void> {
  if (import.meta.env.DEV) return;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ bundle)) as HighlightModule;
  // addStyles: false, because an injected <style> would break a strict Content-Security-Policy;
  // the site's own CSS styles mark.pagefind-highlight. Whole words only: "to" must not light up
  // inside "towards".
  new PagefindHighlight({
    // HIGHLIGHT_PARAM of search-results.ts, not imported: that would bundle the search's helpers here.
    highlightParam: 'pagefind-highlight',
    addStyles: false,
    markOptions: {
      className: 'pagefind-highlight',
      exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
      accuracy: { value: 'exactly', limiters: [',', '.', ';', ':', '!', '?', '(', ')', '[', ']', '"', "'", '’', '‘', '“', '”', '…', '/'] },
    },
  });
  // A link to the matching paragraph already scrolled there; otherwise show the first match.
  if (!location.hash) document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}

void highlight();
