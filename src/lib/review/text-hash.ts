/**
 * A short fingerprint of an expectation's text, so a self-review mark can tell later that the
 * ladder's wording changed since it was given. Computed at build time into the page (`data-h`) and
 * compared in the browser with what the mark remembers. Pure and synchronous on purpose: the
 * page must work on plain-HTTP intranet hosts, where `crypto.subtle` does not exist.
 */

/** The text a hash is taken of: Unicode-normalised, whitespace collapsed, trimmed. */
export function normaliseText(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

/**
 * cyrb53 (a public-domain 53-bit string hash by bryc), kept to 6 base-36 characters (about 31
 * bits): plenty to notice that one paragraph's wording changed, short enough for every page.
 * @example textHash('You mentor others.') // e.g. '1k3f9a'
 */
export function textHash(text: string): string {
  const value = normaliseText(text);
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index);
    h1 = Math.imul(h1 ^ code, 2654435761);
    h2 = Math.imul(h2 ^ code, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const full = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return (full % 36 ** 6).toString(36).padStart(6, '0');
}
