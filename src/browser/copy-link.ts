// The control beside each expectation (paragraph, bullet, heading) and each title: it copies the
// expectation's link. It is the one place per-expectation actions go: with SOURCE_URL, copying also
// opens its menu ("Suggest a change to this expectation", src/browser/expectation-menu.ts, loaded
// only on those pages); later actions join that menu, rather than controls beside this one. Its
// markup: src/lib/markdown/copy-link.ts and src/components/CopyLink.astro. Self-review marks are
// the exception: a radio group and a note are a form, which cannot sit inside a link, so review
// mode (src/browser/review/) adds its own block under each expectation, and only while it is open.
//
// A click copies the absolute address of the expectation or level. One listener for every control
// (event delegation). The canonical link carries SITE_URL and the base path, so the copied address
// is the published one even on a preview or staging host; a build without SITE_URL has none, and
// the address the page was opened at is copied.
const announcer = document.querySelector<HTMLElement>('[data-copy-status]');
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.copy-link');
  if (!link || !announcer || !navigator.clipboard) return;
  event.preventDefault();
  // pageAddress() of page-reading.ts, written out: importing it would split a shared chunk off this
  // one page script, a fifth request on every page.
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
  const url = new URL(link.getAttribute('href')!, canonical).href;
  navigator.clipboard.writeText(url).then(
    () => {
      const message = (announcer.textContent = `Link copied: ${url}`);
      setTimeout(() => announcer.textContent === message && (announcer.textContent = ''), 6000);
    },
    () => (location.href = link.href),
  );
});
// Escape hides a control's name shown on hover or focus (WCAG 1.4.13, global.css) until the next
// key or pointer move. Kept this short: the page's JavaScript budget is 1 KB.
for (const type of ['keydown', 'pointerover']) {
  addEventListener(type, (event) => document.documentElement.toggleAttribute('data-quiet', (event as KeyboardEvent).key === 'Escape'));
}
