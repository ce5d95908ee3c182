// The one script of every page, kept within the 1 KB budget and loaded as a single file: the
// self-review and search loaders (the code itself is fetched only when someone reaches for it) and
// copy-link. The review loader comes first: that order happens to compress best (a few bytes).
// The theme needs no more than the inline head script (src/browser/theme-script.ts).
import './review-loader.ts';
import './search-loader.ts';
import './copy-link.ts';
