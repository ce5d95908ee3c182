// The copy-link control's menu, on level pages built with SOURCE_URL only, fetched by
// expectation-menu-loader.ts when a reader first reaches for a control: a click on an
// expectation's control still copies its link (copy-link.ts, unchanged), and also opens this menu
// beside it, with "Suggest a change to this expectation": a new issue prefilled with the level's
// title and address and the expectation's permalink and text. Later per-expectation actions join
// this menu.
//
// The WAI-ARIA menu pattern: focus moves to the first item; arrow keys, Home and End move between
// items; Escape closes it and returns to the control; leaving it or clicking elsewhere closes it.
// A popover, so it sits above the text and the browser closes it on Escape and outside clicks too.
// Without JavaScript the level-wide "Suggest a change" link under the text is there.
import stylesheet from '../styles/expectation-menu.css?url';
import { suggestUrl } from '../lib/source-links.ts';
import { openingWords } from '../lib/markdown/copy-link.ts';
import { ownTextOf, pageAddress, pageUrl } from './page-reading.ts';

// The menu's styles, fetched with its code; it first opens once they apply (or failed to load).
const link = Object.assign(document.createElement('link'), { rel: 'stylesheet', href: stylesheet });
const styled = new Promise((resolve) => {
  link.addEventListener('load', resolve);
  link.addEventListener('error', resolve);
});
document.head.append(link);

const menu = document.createElement('div');
menu.className = 'expectation-menu';
menu.popover = 'auto';
menu.setAttribute('role', 'menu');
const suggest = document.createElement('a');
suggest.setAttribute('role', 'menuitem');
suggest.textContent = 'Suggest a change to this expectation';
menu.append(suggest);
const items = () => [...menu.querySelectorAll<HTMLElement>('[role=menuitem]')];
/** The control the menu was last opened from. */
let control: HTMLAnchorElement | undefined;

/** The event expectation-menu-loader.ts sends a copy-link control to open its menu (bundled apart, it shares no code). */
export const OPEN_EVENT = 'expectation-menu-open';

/** Opens the menu of the expectation whose copy-link control is `opener`, focus on its first item. */
async function openMenu(opener: HTMLAnchorElement): Promise<void> {
  // The level-wide "Suggest a change" link carries the repository's address and the level's title.
  const levelLink = document.querySelector<HTMLAnchorElement>('a[data-suggest-repo]');
  const block = document.getElementById(decodeURIComponent(opener.hash.slice(1)));
  if (!levelLink || !block) return;
  await styled;
  const text = ownTextOf(block);
  suggest.href = suggestUrl(levelLink.dataset.suggestRepo!, {
    levelTitle: levelLink.dataset.suggestLevel!,
    pageUrl: pageUrl(),
    expectation: { url: new URL(opener.getAttribute('href')!, pageAddress()).href, text },
  });
  menu.setAttribute('aria-label', `“${openingWords(text)}”`);
  control?.style.removeProperty('anchor-name');
  control = opener;
  // Placed after its control: the menu is read and tabbed to where the expectation is, and it
  // takes the control's position (CSS anchor positioning) and colours.
  opener.style.setProperty('anchor-name', '--expectation-menu');
  opener.after(menu);
  if (!menu.matches(':popover-open')) menu.showPopover();
  items()[0]?.focus();
}

document.addEventListener(OPEN_EVENT, (event) => void openMenu(event.target as HTMLAnchorElement));

menu.addEventListener('keydown', (event) => {
  const list = items();
  const at = list.indexOf(document.activeElement as HTMLElement);
  const next = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: list.length - 1 }[event.key];
  if (next !== undefined) {
    event.preventDefault();
    list[(next + list.length) % list.length]?.focus();
  } else if (event.key === 'Escape') {
    event.preventDefault();
    menu.hidePopover();
    control?.focus();
  }
});
// Tabbing out of the menu closes it: focus goes on from the control's place in the text.
menu.addEventListener('focusout', (event) => {
  if (!menu.contains(event.relatedTarget as Node | null) && menu.matches(':popover-open')) menu.hidePopover();
});
