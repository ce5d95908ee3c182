import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { repoRoot } from '../support/fixtures.ts';

// `npm run dev` while an author writes: every kind of edit is served on the next reload (and
// Astro's dev server then tells the open page to reload itself).
const contentDir = 'tests/.builds/dev-live-reload';
const folder = path.join(repoRoot, contentDir);
let server: DevServer;

beforeAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  cpSync(path.join(repoRoot, 'tests/fixtures/web-operations-ladder'), folder, { recursive: true });
  server = await startDevServer(contentDir, 4341);
}, 60_000);

afterAll(() => {
  server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Rewrites a file of the content copy. */
function edit(file: string, change: (text: string) => string): void {
  const target = path.join(folder, file);
  writeFileSync(target, change(readFileSync(target, 'utf8')));
}

/**
 * Waits until the served page passes `check`. Edits show within about a second; the wait allows
 * ten, as the file watcher and the content sync share two cores with the rest of `npm test`.
 */
async function served(pathname: string, check: (page: { status: number; html: string }) => boolean): Promise<void> {
  const printedBefore = server.output().length;
  try {
    await expect.poll(async () => check(await server.page(pathname)), { timeout: 10_000, interval: 100 }).toBe(true);
  } catch (error) {
    // What the dev server made of the edit (reloaded data, errors), to tell a slow machine from a missed change.
    throw new Error(`${pathname} was not served as expected. astro dev printed since the edit:\n${server.output().slice(printedBefore) || '(nothing)'}`, { cause: error });
  }
}

test('a word changed in the middle of a paragraph is served on the next reload', async () => {
  expect((await server.page('/web-operations/senior/')).html).toContain('You are very competent');
  edit('web-operations/senior.md', (text) => text.replace('You are very competent', 'You are truly competent'));
  await served('/web-operations/senior/', ({ html }) => html.includes('You are truly competent'));
});

test('a changed title in the frontmatter and in _track.yml is served', async () => {
  edit('web-operations/senior.md', (text) => text.replace('title: Senior Engineer', 'title: Senior Operations Engineer'));
  await served('/web-operations/senior/', ({ html }) => html.includes('Senior Operations Engineer'));
  edit('web-operations/_track.yml', (text) => text.replace(/^title: .*$/m, 'title: Site Reliability'));
  await served('/web-operations/', ({ html }) => html.includes('Site Reliability'));
});

test('a new level appears and a deleted one goes', async () => {
  writeFileSync(path.join(folder, 'web-operations/staff.md'), '---\ntitle: Staff Engineer\nrank: 6\n---\n\nYou shape the platform for years ahead.\n');
  edit('web-operations/lead.md', (text) => text.replace('rank: 5', 'rank: 5\nnext: staff'));
  await served('/web-operations/staff/', ({ status, html }) => status === 200 && html.includes('You shape the platform for years ahead.'));
  edit('web-operations/lead.md', (text) => text.replace('\nnext: staff', ''));
  unlinkSync(path.join(folder, 'web-operations/staff.md'));
  await served('/web-operations/staff/', ({ status }) => status === 404);
});
