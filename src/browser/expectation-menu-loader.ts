// On level pages built with SOURCE_URL only (ExpectationMenu.astro), so kept tiny: the copy-link
// control's menu (expectation-menu.ts, its code and styles) is fetched when a reader first points
// at or focuses an expectation's control, and opens on the click that copies its link. A plain
// page view fetches nothing for it.

// Bundled on its own and imported by URL, as search-loader.ts does: a plain `import()` would make
// Vite add its module-preload helper.
import menuModule from './expectation-menu.ts?worker&url';

let menu: Promise<unknown> | undefined;
const load = () => (menu ??= import(/* @vite-ignore */ menuModule));

/** The expectation's copy-link control an event happened on, if any (not a title's). */
const controlOf = (event: Event) => (event.target as Element).closest?.<HTMLAnchorElement>('.level-text a.copy-link[href^="#"]');

for (const type of ['pointerover', 'focusin']) document.addEventListener(type, (event) => void (controlOf(event) && load()));
document.addEventListener('click', (event) => {
  const control = controlOf(event);
  // 'expectation-menu-open' is expectation-menu.ts's OPEN_EVENT (not imported: that would pull the module in).
  if (control) void load().then(() => control.dispatchEvent(new CustomEvent('expectation-menu-open', { bubbles: true })));
});
