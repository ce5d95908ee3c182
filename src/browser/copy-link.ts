// Copy-link controls: a click copies the absolute address of the paragraph or level.
// One listener for every control (event delegation). The canonical link carries SITE_URL and
// the base path, so the copied address is the published one even on a preview or staging host.
const announcer = document.querySelector<HTMLElement>('[data-copy-status]');
document.addEventListener('click', (event) => {
  const link = (event.target as Element).closest?.<HTMLAnchorElement>('a.copy-link');
  if (!link || !announcer || !navigator.clipboard) return;
  event.preventDefault();
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href ?? location.href;
  const url = new URL(link.getAttribute('href')!, canonical).href;
  navigator.clipboard.writeText(url).then(
    () => {
      announcer.textContent = `Link copied: ${url}`;
      setTimeout(() => announcer.textContent === `Link copied: ${url}` && (announcer.textContent = ''), 6000);
    },
    () => (location.href = link.href),
  );
});
