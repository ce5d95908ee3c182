/**
 * "Edit this level" and "Suggest a change": addresses on the host of the ladder's repository
 * (`SOURCE_URL`), in GitHub's or GitLab's shape. Pure: the level page hands in the file's path in
 * the repository, its title and its absolute URL.
 */

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
  /** The absolute URL of the level's page (or of one expectation on it). */
  pageUrl: string;
}

/** The prefilled issue's title and text. */
export function suggestionText({ levelTitle, pageUrl }: Suggestion): { title: string; body: string } {
  return {
    title: `Suggestion for ${levelTitle}`,
    body: `Level: ${levelTitle}\nPage: ${pageUrl}\n\nWhat should change, and why:\n`,
  };
}

/**
 * A new issue on the host, prefilled with the level's title and URL.
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
