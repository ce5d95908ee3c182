// Self-review mode on a level page, loaded on demand by src/browser/review-loader.ts: a radio group
// (Met, Working on it, Not yet) and a note for every paragraph and bullet, progress, exports and
// share links. Everything stays in this browser (localStorage); nothing is sent anywhere.
// Pure logic lives in src/lib/review/; review-mode.ts holds the state and wires the other modules
// of this folder to the page. This file is the bundle's entry: the loader imports it by URL, so
// it stays at this path and its imports make one lazily loaded file (with review.css).
import { loadStyles } from './dom.ts';
import { readLevelPage } from './page-data.ts';
import { ReviewMode } from './review-mode.ts';

loadStyles();
const page = readLevelPage();
if (page) void new ReviewMode(page).start();
