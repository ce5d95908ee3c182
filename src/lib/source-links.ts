/**
 * "Edit this level" and "Suggest a change": addresses on the host of the ladder's repository
 * (`SOURCE_URL`), in GitHub's or GitLab's shape. Pure, and used in both places: the level page
 * hands in the file's path in the repository, its title and its absolute URL; the copy-link
 * control's menu (src/browser/expectation-menu.ts) adds one expectation's permalink and text.
 */
import { openingWords } from './markdown/copy-link.ts';

/** The two shapes of address the links know. */
export type SourceHost = 'github' | 'gitlab';

/**
 * Which host's URL shapes a repository address takes: GitLab for `gitlab.` hosts (gitlab.com
 * and self-hosted `gitlab.example.com`), GitHub otherwise (github.com and GitHub Enterprise).
 * @example sourceHost('https://gitlab.com/acme/ladder') // 'gitlab'
 */
export function sourceHost(repoUrl: string): SourceHost {
  const host = new URL(repoUrl).hostname.toLowerCase();
  return host === 'gitlab.com' || host.startsWith('gitlab.') || host.includes('.gitlab.') ? 'gitlab' : 'github';
}

/** The repository's address without a trailing slash or `.git`. */
function repoBase(repoUrl: string): string {
  return repoUrl.trim().replace(/\/+$/, '').replace(/\.git$/, '');
}

/** A path or branch with each segment percent-encoded, slashes kept. */
function encodePath(path: string): string {
  return path
    .replace(/\\/g, '/')
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment))
    .join('/');
}

/**
 * The host's web editor for a file of the repository.
 * @example editUrl('https://github.com/acme/ladder', 'main', 'content/ops/senior.md') // 'https://github.com/acme/ladder/edit/main/content/ops/senior.md'
 * @example editUrl('https://gitlab.com/acme/ladder', 'main', 'content/ops/senior.md') // 'https://gitlab.com/acme/ladder/-/edit/main/content/ops/senior.md'
 */
export function editUrl(repoUrl: string, branch: string, filePath: string): string {
  const base = repoBase(repoUrl);
  const rest = `${encodePath(branch)}/${encodePath(filePath)}`;
  return sourceHost(repoUrl) === 'gitlab' ? `${base}/-/edit/${rest}` : `${base}/edit/${rest}`;
}

/** What a suggestion's new issue is prefilled with. */
export interface Suggestion {
  /** The level's title, e.g. `Senior Engineer`. */
  levelTitle: string;
  /** The absolute URL of the level's page. */
  pageUrl: string;
  /** The one expectation the suggestion is about (from its copy-link menu); the whole level when left out. */
  expectation?: Expectation | undefined;
}

/** An expectation of a level: a paragraph, bullet or heading. */
export interface Expectation {
  /** Its absolute permalink, e.g. `https://l.example/ops/senior/#you-mentor-others`. */
  url: string;
  /** Its text, as the reader sees it. */
  text: string;
}

/** How much of an expectation's text the issue quotes: enough to recognise it, and the address stays short. */
const QUOTE_CHARACTERS = 280;

/**
 * Text on one line, cut at a word before `max` characters.
 * @example shortened('You mentor   others.', 10) // 'You mentor…'
 */
function shortened(text: string, max: number): string {
  const line = text.trim().replace(/\s+/g, ' ');
  if (line.length <= max) return line;
  // One character more: a word that ends exactly at `max` is kept whole.
  const end = line.slice(0, max + 1).lastIndexOf(' ');
  return `${line.slice(0, end > 0 ? end : max).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * The prefilled issue's title and text: the level's title and address, and, for one
 * expectation, its opening words in the title, its permalink and its text quoted.
 */
export function suggestionText({ levelTitle, pageUrl, expectation }: Suggestion): { title: string; body: string } {
  if (!expectation) {
    return {
      title: `Suggestion for ${levelTitle}`,
      body: `Level: ${levelTitle}\nPage: ${pageUrl}\n\nWhat should change, and why:\n`,
    };
  }
  return {
    title: `Suggestion for ${levelTitle}: “${openingWords(expectation.text)}”`,
    body: `Level: ${levelTitle}\nPage: ${pageUrl}\nExpectation: ${expectation.url}\n\n> ${shortened(expectation.text, QUOTE_CHARACTERS)}\n\nWhat should change, and why:\n`,
  };
}

/**
 * A new issue on the host, prefilled with the level's title and URL (and the expectation's, when given).
 * @example suggestUrl('https://github.com/acme/ladder', { levelTitle: 'Senior', pageUrl: 'https://l.example/ops/senior/' }) // 'https://github.com/acme/ladder/issues/new?title=Suggestion+for+Senior&body=…'
 */
export function suggestUrl(repoUrl: string, suggestion: Suggestion): string {
  const { title, body } = suggestionText(suggestion);
  const base = repoBase(repoUrl);
  const query =
    sourceHost(repoUrl) === 'gitlab'
      ? new URLSearchParams({ 'issue[title]': title, 'issue[description]': body })
      : new URLSearchParams({ title, body });
  return `${base}${sourceHost(repoUrl) === 'gitlab' ? '/-/issues/new' : '/issues/new'}?${query.toString()}`;
}
