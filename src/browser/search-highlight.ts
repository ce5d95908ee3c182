// Loaded only when a level page is opened from a search result (`?pagefind-highlight=…`): marks
// the searched words with Pagefind's highlight script and brings the first one into view.
import { SEARCH_BUNDLE_FOLDER, withBase } from '../lib/urls.ts';

const bundle = `${withBase(`/${SEARCH_BUNDLE_FOLDER}/`)}pagefind-highlight.js`;

interface HighlightModule {
  default: new (options: Record<string, unknown>) => unknown;
}

async function highlight(): Promise<void> {
  if (import.meta.env.DEV) return;
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ bundle)) as HighlightModule;
  // addStyles: false, because an injected <style> would break a strict Content-Security-Policy;
  // the site's own CSS styles mark.pagefind-highlight.
  new PagefindHighlight({ highlightParam: 'pagefind-highlight', addStyles: false });
  // A link to the matching paragraph already scrolled there; otherwise show the first match.
  if (!location.hash) document.querySelector('mark.pagefind-highlight')?.scrollIntoView({ block: 'center' });
}

void highlight();
