/**
 * The script in every page's <head> that sets `<html data-theme>` before the first paint (the
 * reader's saved choice in localStorage "theme", else the system's), keeps the toggle buttons'
 * `aria-pressed` in step, and switches the theme when one is clicked. Fixed text, the same on every
 * page and build, so a Content-Security-Policy can allow it by hash, e.g.
 * `'sha256-' + createHash('sha256').update(THEME_SCRIPT).digest('base64')`.
 * A block with `let` keeps its variable out of the page's global scope.
 */
export const THEME_SCRIPT =
  "{let d=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)'),t," +
  "s=v=>{d.dataset.theme=v;for(let b of document.querySelectorAll('[data-theme-toggle]'))b.setAttribute('aria-pressed',v=='dark')};" +
  "try{t=localStorage.getItem('theme')}catch(e){}" +
  "s(t=='light'||t=='dark'?t:m.matches?'dark':'light');" +
  "addEventListener('DOMContentLoaded',()=>s(d.dataset.theme));" +
  // Until the reader picks a theme, follow the system's as it changes.
  "m.onchange=()=>t||s(m.matches?'dark':'light');" +
  // The toggle's click, by delegation: this one script is all the theme needs (1 KB page budget).
  "document.addEventListener('click',e=>{if(e.target.closest?.('[data-theme-toggle]')){" +
  "s(t=d.dataset.theme=='dark'?'light':'dark');try{localStorage.setItem('theme',t)}catch(e){}}})}";
