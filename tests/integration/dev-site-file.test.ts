import { cpSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startDevServer, type DevServer } from '../support/dev-server.ts';
import { repoRoot } from '../support/fixtures.ts';

// `npm run dev` while someone makes the site theirs: an edit to the site file (_site.yml), and the
// file created or deleted, is served on the next reload.
const contentDir = 'tests/.builds/dev-site-file';
const folder = path.join(repoRoot, contentDir);
const siteFile = path.join(folder, '_site.yml');
let server: DevServer;
let original: string;

beforeAll(async () => {
  rmSync(folder, { recursive: true, force: true });
  cpSync(path.join(repoRoot, 'tests/fixtures/site-file/ladder'), folder, { recursive: true });
  original = readFileSync(siteFile, 'utf8');
  server = await startDevServer(contentDir, 4343);
}, 60_000);

afterAll(() => {
  server?.stop();
  rmSync(folder, { recursive: true, force: true });
});

/** Waits until the served page passes `check`. */
async function served(pathname: string, check: (html: string) => boolean): Promise<void> {
  await expect.poll(async () => check((await server.page(pathname)).html), { timeout: 5_000, interval: 100 }).toBe(true);
}

test('the site file is served: name, language, heading and introduction', async () => {
  const { html } = await server.page('/');
  expect(html).toMatch(/<html lang="fr"/);
  expect(html).toContain('<title>Échelle de carrière · Acme</title>');
  expect(html).toContain('<strong>attend</strong>');
});

test('an edit to the site file is served on the next reload', async () => {
  writeFileSync(siteFile, original.replace('heading: Notre échelle de carrière', 'heading: Nos niveaux'));
  await served('/', (html) => /<h1[^>]*>Nos niveaux<\/h1>/.test(html));
  await served('/exploitation/junior/', (html) => html.includes('<title>Ingénieur junior · Exploitation · Échelle de carrière · Acme</title>'));
});

test('without the site file the defaults are served, and a new one is read', async () => {
  unlinkSync(siteFile);
  await served('/', (html) => /<html lang="en"/.test(html) && /<h1[^>]*>Career ladder<\/h1>/.test(html));
  writeFileSync(siteFile, 'name: Acme Ladder\nlang: de\n');
  await served('/', (html) => /<html lang="de"/.test(html) && html.includes('<title>Acme Ladder</title>'));
});
