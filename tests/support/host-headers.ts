import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './fixtures.ts';

/** One rule of a `_headers` file: a path pattern, and the headers it sets or detaches (`! Name`). */
export interface HeaderRule {
  pattern: string;
  set: [name: string, value: string][];
  detach: string[];
}

/** The rules of a build's `_headers` (Netlify, Cloudflare Pages), in file order. */
export function readHeaderRules(distDir: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of readFileSync(path.join(repoRoot, distDir, '_headers'), 'utf8').split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    if (!raw.startsWith(' ')) rules.push({ pattern: line, set: [], detach: [] });
    else if (line.startsWith('!')) rules.at(-1)!.detach.push(line.slice(1).trim());
    else rules.at(-1)!.set.push([line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]);
  }
  return rules;
}

/** Whether a rule's pattern (`*` matches anything, slashes too) matches a URL path. */
function matches(pattern: string, pathname: string): boolean {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`).test(pathname);
}

/**
 * The headers a host that reads `_headers` as Cloudflare Pages does sends for a URL path, names
 * lower-cased: every matching rule in file order, a repeated header joined with a comma, a
 * detached one dropped. (Netlify lets the later rule win instead; the unit tests check both.)
 */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const rule of rules.filter(({ pattern }) => matches(pattern, pathname))) {
    for (const name of rule.detach) delete headers[name.toLowerCase()];
    for (const [name, value] of rule.set) {
      const key = name.toLowerCase();
      headers[key] = headers[key] === undefined ? value : `${headers[key]}, ${value}`;
    }
  }
  return headers;
}
