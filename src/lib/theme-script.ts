/**
 * The script in every page's <head> that sets `<html data-theme>` before the first paint: the
 * reader's saved choice (localStorage "theme"), else the system's. Fixed text, the same on every
 * page and build, so a Content-Security-Policy can allow it by hash, e.g.
 * `'sha256-' + createHash('sha256').update(THEME_SCRIPT).digest('base64')`.
 * A block with `let` keeps its variable out of the page's global scope.
 */
export const THEME_SCRIPT =
  "{let t;try{t=localStorage.getItem('theme')}catch(e){}" +
  "document.documentElement.dataset.theme=t=='light'||t=='dark'?t:matchMedia('(prefers-color-scheme: dark)').matches?'dark':'light'}";
