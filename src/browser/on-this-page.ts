// "On this page" scroll-spy, loaded only by pages that have the list (src/components/OnThisPage.astro):
// marks the link of the section being read with aria-current="location", in every copy of the list
// (the phone's collapsible one and the side column's). Without JavaScript the list is plain links.
import { currentSection } from '../lib/on-this-page.ts';

const links = [...document.querySelectorAll<HTMLAnchorElement>('[data-on-this-page] a[href^="#"]')];
const headings = [...new Set(links.map((link) => link.getAttribute('href')!.slice(1)))]
  .map((id) => document.getElementById(id))
  .filter((heading): heading is HTMLElement => heading !== null);
let frame = 0;

function mark() {
  frame = 0;
  // A section is being read once its heading passes a third of the way down the window; at the
  // very end of the page, the last section that has come into view is (short ones never reach the line).
  const atEnd = innerHeight + scrollY >= document.documentElement.scrollHeight - 2;
  const index = currentSection(
    headings.map((heading) => heading.getBoundingClientRect().top),
    atEnd ? innerHeight : innerHeight / 3,
  );
  const id = headings[index]?.id;
  for (const link of links) {
    if (link.getAttribute('href') === `#${id}`) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
}

if (headings.length > 0) {
  addEventListener('scroll', () => (frame ||= requestAnimationFrame(mark)), { passive: true });
  addEventListener('resize', () => (frame ||= requestAnimationFrame(mark)));
  addEventListener('hashchange', mark);
  mark();
}
