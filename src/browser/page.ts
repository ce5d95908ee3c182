// The one script of every page, kept within the 1 KB budget and loaded as a single file: the
// search loader (the search itself is fetched only when someone reaches for it) and copy-link.
// The theme needs no more than the inline head script (src/browser/theme-script.ts).
import './search-loader.ts';
import './copy-link.ts';
