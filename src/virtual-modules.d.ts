// The site's published origin as a CSS variable (src/node/site-origin-css.ts).
declare module 'virtual:site-origin.css';
