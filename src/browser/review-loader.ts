// Always on the page, so kept tiny (the page's JavaScript budget is 1 KB): the self-review code
// (src/browser/review/) loads only when "Review yourself against this level" is first pressed, or
// when the page opens from a share link (#review=…); it then takes the button over. Importing it
// again on later presses costs nothing (modules load once). A plain page view fetches nothing for it.
// Bundled on its own and imported by URL, like the search (see search-loader.ts).
import reviewModule from './review/review.ts?worker&url';

const review = () => import(/* @vite-ignore */ reviewModule);
document.querySelector('[data-review]')?.addEventListener('click', review);
if (/#review=/.test(location.hash)) void review();
