import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

/** A built page: its URL path (e.g. `/ladder/web-operations/`) and its HTML. */
export interface BuiltPage {
  path: string;
  html: string;
}

/** One reference from a page to something that is not there. */
export interface BrokenLink {
  page: string;
  href: string;
  reason: string;
}

/** Attributes that point at another page or a file the page loads. */
const URL_ATTRIBUTES: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  form: ['action'],
  iframe: ['src'],
};

function* elements(node: Node): Generator<Element> {
  if ('tagName' in node) yield node;
  if ('childNodes' in node) for (const child of node.childNodes) yield* elements(child as Node);
  if ('content' in node && node.content) yield* elements(node.content as unknown as Node);
}

const attribute = (element: Element, name: string) => element.attrs.find((attr) => attr.name === name)?.value;

/** Every id (and `name` anchor) on a page: the fragments a link may point at. */
export function anchorsOf(html: string): Set<string> {
  const ids = new Set<string>();
  for (const element of elements(parse(html))) {
    const id = attribute(element, 'id') ?? (element.tagName === 'a' ? attribute(element, 'name') : undefined);
    if (id) ids.add(id);
  }
  return ids;
}

/** Every URL a page links to or loads, including a meta refresh target. */
export function referencesOf(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(parse(html))) {
    for (const name of URL_ATTRIBUTES[element.tagName] ?? []) {
      const value = attribute(element, name);
      if (value !== undefined) found.push(value);
    }
    if (element.tagName === 'meta' && attribute(element, 'http-equiv')?.toLowerCase() === 'refresh') {
      const target = /url=(.+)$/i.exec(attribute(element, 'content') ?? '')?.[1];
      if (target) found.push(target.trim().replace(/^['"]|['"]$/g, ''));
    }
  }
  return found;
}

/** `rel` values of a `<link>` that make the browser fetch something. */
const FETCHING_RELS = /\b(stylesheet|icon|preload|modulepreload|prefetch|manifest|apple-touch-icon)\b/i;

/**
 * The URLs a page makes the browser fetch on its own (scripts, stylesheets, icons, images,
 * frames): not the links people follow, nor canonical or alternate addresses.
 */
export function loadedResourcesOf(html: string): string[] {
  const found: string[] = [];
  for (const element of elements(parse(html))) {
    const src = ['script', 'img', 'source', 'iframe', 'video', 'audio'].includes(element.tagName) ? attribute(element, 'src') : undefined;
    if (src) found.push(src);
    const href = element.tagName === 'link' && FETCHING_RELS.test(attribute(element, 'rel') ?? '') ? attribute(element, 'href') : undefined;
    if (href) found.push(href);
  }
  return found;
}

/**
 * Checks every internal link, asset and `#fragment` of a built site. `files` holds every file's
 * URL path (pages and assets); a link to `/x/` resolves to `/x/index.html`. Links to other
 * origins are not followed (they are reported by the outside-reference check instead).
 */
export function findBrokenLinks(pages: BuiltPage[], files: Set<string>, base: string): BrokenLink[] {
  const origin = 'http://site.invalid';
  const anchors = new Map(pages.map((page) => [page.path, anchorsOf(page.html)]));
  const broken: BrokenLink[] = [];
  for (const page of pages) {
    for (const href of referencesOf(page.html)) {
      if (/^(mailto|tel|data|javascript):/i.test(href)) continue;
      const url = new URL(href, origin + page.path);
      if (url.origin !== origin) continue;
      const report = (reason: string) => broken.push({ page: page.path, href, reason });
      if (!url.pathname.startsWith(base)) {
        report(`is outside the base path ${base}`);
        continue;
      }
      const target = resolveFile(url.pathname, files);
      if (!target) {
        report('points at no page or file');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !anchors.get(target.replace(/index\.html$/, ''))?.has(fragment)) {
        report(`has no element with id "${fragment}" on ${target}`);
      }
    }
  }
  return broken;
}

/** The file a URL path is served from, or undefined. */
function resolveFile(pathname: string, files: Set<string>): string | undefined {
  const decoded = decodeURIComponent(pathname);
  const candidates = decoded.endsWith('/') ? [`${decoded}index.html`] : [decoded, `${decoded}/index.html`, `${decoded}.html`];
  return candidates.find((candidate) => files.has(candidate));
}
