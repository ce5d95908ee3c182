import { defineConfig, type PlaywrightTestOptions, type Project } from '@playwright/test';
import { chromiumArgs, findChromium } from './tests/support/chromium.mjs';
import type { SiteOptions } from './tests/support/test.ts';

// Two builds of the same site: at the root (`npm run build` → dist/) and under a base path; a
// build of a long, structured ladder (tests/fixtures/structured-ladder: sections, nested bullets,
// tables), for what the short seed cannot show (structured-*.spec.ts) and for the checks that
// run over every page; and the dev server authors write with, for what only it does (dev.spec.ts).
// E2E_PORT moves the servers (root on it, base path and dev on the next ports), e.g. to run two
// checkouts at once. E2E_PROJECTS (comma-separated project names, e.g. `root` or `root,structured`)
// runs only those projects and starts only their servers: for working on one feature; `npm test`
// runs them all.
const ROOT_PORT = Number(process.env.E2E_PORT ?? 4329);
const BASE_PORT = ROOT_PORT + 1;
const DEV_PORT = ROOT_PORT + 2;
const STRUCTURED_PORT = ROOT_PORT + 3;
const BASE_PATH = '/ladder/';
const astro = 'node node_modules/astro/bin/astro.mjs';
const chromiumPath = findChromium();
const only = process.env.E2E_PROJECTS?.split(',').map((name) => name.trim()).filter(Boolean);
const wanted = (name: string) => !only || only.includes(name);

export default defineConfig<SiteOptions>({
  testDir: 'tests/e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 2,
  reporter: 'list',
  use: {
    browserName: 'chromium',
    launchOptions: { args: chromiumArgs, ...(chromiumPath ? { executablePath: chromiumPath } : {}) },
    trace: 'retain-on-failure',
  },
  projects: ([
    { name: 'root', testIgnore: [/dev\.spec\.ts/, /structured-.*\.spec\.ts/], use: { baseURL: `http://localhost:${ROOT_PORT}/`, distDir: 'dist' } },
    {
      name: 'base-path',
      testIgnore: [/dev\.spec\.ts/, /structured-.*\.spec\.ts/],
      use: { baseURL: `http://localhost:${BASE_PORT}${BASE_PATH}`, distDir: 'dist-base-path' },
    },
    {
      name: 'structured',
      // The structured ladder's own specs, and the checks that run over every page (links, HTML,
      // CSP, WCAG, phone layout); the other tests of those files are about the seed's levels.
      testMatch: [/structured-.*\.spec\.ts/, /built-site\.spec\.ts/, /a11y\.spec\.ts/, /layout\.spec\.ts/],
      grep: [/structured-.*\.spec\.ts/, /built-site\.spec\.ts/, /every page/, /no page/, /stand alone/],
      use: { baseURL: `http://localhost:${STRUCTURED_PORT}/`, distDir: 'dist-structured' },
    },
    { name: 'dev', testMatch: 'dev.spec.ts', use: { baseURL: `http://localhost:${DEV_PORT}/` } },
  ] satisfies Project<PlaywrightTestOptions & SiteOptions>[]).filter((project) => wanted(project.name)),
  webServer: (
  [
    {
      project: 'root',
      // `npm test` builds dist/ just before the browser tests; this serves it.
      command: `${astro} preview --ignore-lock --port ${ROOT_PORT}`,
      url: `http://localhost:${ROOT_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      project: 'base-path',
      // Built the way `npm run build` builds, into its own folder.
      command: `npm run build -- --outDir dist-base-path && ${astro} preview --ignore-lock --outDir dist-base-path --port ${BASE_PORT}`,
      env: { BASE_PATH, ASTRO_TELEMETRY_DISABLED: '1' },
      url: `http://localhost:${BASE_PORT}${BASE_PATH}`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      project: 'structured',
      command: `npm run build -- --outDir dist-structured && ${astro} preview --ignore-lock --outDir dist-structured --port ${STRUCTURED_PORT}`,
      env: { LADDER_CONTENT_DIR: 'tests/fixtures/structured-ladder', ASTRO_TELEMETRY_DISABLED: '1' },
      url: `http://localhost:${STRUCTURED_PORT}/`,
      reuseExistingServer: false,
      timeout: 180_000,
    },
    {
      project: 'dev',
      // Started after the builds above (Playwright starts its servers one after another), so
      // it never writes the content cache while a build reads it.
      command: `${astro} dev --port ${DEV_PORT}`,
      env: { ASTRO_TELEMETRY_DISABLED: '1' },
      url: `http://localhost:${DEV_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ]
  )
    .filter((server) => wanted(server.project))
    .map(({ project: _project, ...server }) => server),
});
