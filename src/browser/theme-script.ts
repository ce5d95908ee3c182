/**
 * The script in every page's <head> that sets `<html data-theme>` before the first paint (the
 * reader's saved choice in localStorage "theme", else the system's), keeps the toggle buttons'
 * `aria-pressed` in step, switches the theme when one is clicked, and forgets the choice again
 * when "Auto" (`[data-theme-system]`) is clicked; `data-theme-saved` on <html> shows that button
 * only while a choice is saved. Fixed text, the same on every page and build, so a
 * Content-Security-Policy can allow it by hash, e.g.
 * `'sha256-' + createHash('sha256').update(THEME_SCRIPT).digest('base64')`.
 * A block with `let` keeps its variables out of the page's global scope.
 */
export const THEME_SCRIPT =
  "{let d=document.documentElement,m=matchMedia('(prefers-color-scheme: dark)'),t," +
  // Apply the saved theme, else the system's; mark whether one is saved; update the toggles.
  "f=()=>{let v=t||(m.matches?'dark':'light');d.dataset.theme=v;t?d.dataset.themeSaved='':delete d.dataset.themeSaved;" +
  "for(let b of document.querySelectorAll('[data-theme-toggle]'))b.setAttribute('aria-pressed',v=='dark')};" +
  // Storage read and written as a property (`localStorage.theme`): the same item as getItem('theme'), in fewer bytes.
  "try{t=localStorage.theme}catch{}" +
  "t=t=='light'||t=='dark'?t:null;f();" +
  "addEventListener('DOMContentLoaded',f);" +
  // Until the reader picks a theme, follow the system's as it changes.
  'm.onchange=f;' +
  // The buttons' clicks, by delegation: this one script is all the theme needs (1 KB page budget).
  "document.addEventListener('click',e=>{let c=s=>e.target.closest?.(s);" +
  "if(c('[data-theme-toggle]'))t=d.dataset.theme=='dark'?'light':'dark';else if(c('[data-theme-system]'))t=null;else return;" +
  "try{t?localStorage.theme=t:delete localStorage.theme}catch{}f()})}";
