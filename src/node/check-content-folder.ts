import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { checkContent } from '../lib/content/check.ts';
import type { ContentProblem } from '../lib/content/problems.ts';
import type { LevelEntry } from '../lib/content/read.ts';
import { renderedProblems, type RenderedLevel } from '../lib/content/rendered.ts';
import { levelLinksOf } from '../lib/markdown/problems.ts';
import { expectationsOf } from '../lib/level-blocks.ts';
import { missingUrls, parseRecord, RECORD_FILE, type LiveUrls } from '../lib/published-urls.ts';
import { route, TRACK_PAGE_NAMES } from '../lib/urls.ts';
import { hasCode } from './fs-errors.ts';
import { levelMarkdownOptions } from './level-markdown.ts';
import { readContentFolder } from './read-content-folder.ts';
import { readPublicFiles } from './public-files.ts';

/**
 * Every rule the build enforces on a content folder, without building the site: the reader's and
 * the ladder's rules, each Markdown level rendered with the build's own plugins (ids, links), and
 * the published-URL record as far as it needs no build (level pages, their ids, aliases).
 */
export async function checkContentFolder(root: string, contentDir: string, base: string): Promise<ContentProblem[]> {
  const files = await readContentFolder(root, contentDir);
  const { problems, source } = checkContent(files, { publicFiles: await readPublicFiles(path.join(root, 'public')) });
  if (problems.length > 0) return problems;
  const processor = await createMarkdownProcessor({ ...levelMarkdownOptions(contentDir, base), syntaxHighlight: false });
  const record = await readRecord(root, contentDir);
  const rendered = await renderWhatCanFail(source.levels, record, (entry) => renderLevel(processor, root, entry));
  const textProblems = renderedProblems(rendered);
  if (textProblems.length > 0 || record === undefined) return textProblems;
  return recordProblems(contentDir, record, source.levels, rendered);
}

/**
 * Renders only the levels whose text can fail (ids and links an author wrote: generated ids never
 * do), the levels whose ids the record protects, and the levels those link into: on a large
 * ladder that is a small part of the whole, which keeps the check within a few seconds.
 */
async function renderWhatCanFail(levels: LevelEntry[], record: string[] | undefined, render: (entry: LevelEntry) => Promise<RenderedLevel>) {
  const protectedPages = new Set((record ?? []).filter((url) => url.includes('#')).map((url) => url.split('#')[0]!));
  const byId = new Map(levels.map((entry) => [entry.level.id, entry]));
  const first = levels.filter((entry) => AUTHORED_IDS_OR_LINKS.test(entry.body) || protectedPages.has(route.level(entry.level.id)));
  const rendered = new Map((await Promise.all(first.map(render))).map((level) => [level.id, level]));
  const targets = [...rendered.values()]
    .flatMap((level) => levelLinksOf(level.frontmatter).map((link) => link.levelId))
    .filter((id) => !rendered.has(id) && byId.has(id));
  for (const level of await Promise.all([...new Set(targets)].map((id) => render(byId.get(id)!)))) rendered.set(level.id, level);
  return [...rendered.values()];
}

/** An explicit `{#id}` or a link to another Markdown file somewhere in a level's text. */
const AUTHORED_IDS_OR_LINKS = /\{#|\.mdx?\b/;

/** The record of published URLs, or none when the content folder has no record yet. */
async function readRecord(root: string, contentDir: string): Promise<string[] | undefined> {
  try {
    return parseRecord(await readFile(path.resolve(root, contentDir, RECORD_FILE), 'utf8'));
  } catch (error) {
    if (hasCode(error, 'ENOENT')) return undefined;
    throw error;
  }
}

type Processor = Awaited<ReturnType<typeof createMarkdownProcessor>>;

async function renderLevel(processor: Processor, root: string, entry: LevelEntry): Promise<RenderedLevel> {
  const level: RenderedLevel = { id: entry.level.id, file: entry.file, tbd: entry.level.tbd };
  // MDX levels are code: only the build can render them.
  if (entry.level.tbd || !entry.file.endsWith('.md')) return level;
  const { code, metadata } = await processor.render(entry.body, {
    frontmatter: { title: entry.level.title },
    fileURL: pathToFileURL(path.resolve(root, entry.file)),
  });
  return { ...level, html: code, frontmatter: metadata.frontmatter };
}

/** What the site will answer to, as far as the content alone tells: pages of levels, their ids, aliases. */
function recordProblems(contentDir: string, recorded: string[], levels: LevelEntry[], rendered: RenderedLevel[]): ContentProblem[] {
  const recordPath = path.join(contentDir, RECORD_FILE);
  const written = levels.filter((entry) => !entry.level.tbd);
  const htmlOf = new Map(rendered.map((level) => [level.id, level.html]));
  const levelPaths = new Set(written.map((entry) => route.level(entry.level.id)));
  // Only level pages and their ids can be judged without a build; any other recorded page counts as there.
  const judged = (page: string) => levelPaths.has(page) || isLevelShaped(page);
  const live: LiveUrls = {
    pages: new Set([...levelPaths, ...recorded.map((url) => url.split('#')[0]!).filter((page) => !judged(page))]),
    fragments: new Map(
      written.flatMap((entry) => {
        const html = htmlOf.get(entry.level.id);
        // An MDX level's ids are known only after a build.
        return html === undefined ? [] : [[route.level(entry.level.id), new Set(expectationsOf(html).map((expectation) => expectation.id))] as const];
      }),
    ),
    aliases: new Map(written.flatMap((entry) => entry.level.aliases.map((alias) => [route.level(alias), route.level(entry.level.id)] as const))),
  };
  // Pages whose ids are not known here: MDX levels (only a build renders them).
  const mdxPages = new Set(written.filter((entry) => !entry.file.endsWith('.md')).map((entry) => route.level(entry.level.id)));
  return missingUrls(recorded, live)
    .filter((missing) => !mdxPages.has(live.aliases.get(missing.url.split('#')[0]!) ?? missing.url.split('#')[0]!))
    .map((missing) => ({ file: recordPath.split(path.sep).join('/'), field: missing.url, message: missing.reason, fix: missing.fix }));
}

/** `/track/name/` that is not one of a track's own pages. */
function isLevelShaped(page: string): boolean {
  const match = /^\/[^/]+\/([^/]+)\/$/.exec(page);
  return match !== null && !(TRACK_PAGE_NAMES as readonly string[]).includes(match[1]!);
}
