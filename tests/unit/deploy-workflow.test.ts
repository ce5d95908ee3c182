import { readFileSync } from 'node:fs';
import yaml from 'js-yaml';
import { describe, expect, test } from 'vitest';

/** The parts of a GitHub Actions workflow this test reads. */
interface Step {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  env?: Record<string, string>;
}
interface Job {
  needs?: string | string[];
  permissions?: Record<string, string>;
  environment?: { name: string };
  steps: Step[];
}
interface Workflow {
  on: Record<string, unknown>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
}

const workflow = yaml.load(readFileSync('.github/workflows/deploy.yml', 'utf8')) as Workflow;
const jobs = Object.entries(workflow.jobs);
/** Every step of every job, in order, with its job's name. */
const steps = jobs.flatMap(([job, { steps }]) => steps.map((step) => ({ job, ...step })));
/** The job and position of the first step that `uses` an action (any version) or runs a command. */
const find = (what: { uses?: string; run?: string }) => {
  const index = steps.findIndex((step) => (what.uses ? step.uses?.split('@')[0] === what.uses : step.run?.trim() === what.run));
  expect(index, JSON.stringify(what)).toBeGreaterThanOrEqual(0);
  return { index, step: steps[index]! };
};

describe('the GitHub Pages workflow', () => {
  test('runs on every push to main, and by hand', () => {
    expect(workflow.on).toHaveProperty('push');
    expect((workflow.on.push as { branches: string[] }).branches).toEqual(['main']);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  test('checks out the whole history, installs from the lock file, with Node.js 24', () => {
    expect(find({ uses: 'actions/checkout' }).step.with?.['fetch-depth']).toBe(0);
    expect(String(find({ uses: 'actions/setup-node' }).step.with?.['node-version'])).toBe('24');
    find({ run: 'npm ci' });
    expect(steps.some((step) => /\bnpm (install|i)\b/.test(step.run ?? ''))).toBe(false);
  });

  test('checks the content, gives the tests a browser and runs them before building and deploying', () => {
    // tests/support/chromium.mjs takes CHROMIUM_PATH first.
    const browser = steps.findIndex((step) => /CHROMIUM_PATH=.*>> "?\$GITHUB_ENV/.test(step.run ?? ''));
    expect(browser).toBeGreaterThanOrEqual(0);
    const tests = find({ run: 'npm test' });
    const content = find({ run: 'npm run check:content' });
    expect(content.index).toBeGreaterThan(find({ run: 'npm ci' }).index);
    expect(tests.index).toBeGreaterThan(content.index);
    expect(tests.index).toBeGreaterThan(browser);
    const build = find({ run: 'npm run build' });
    const upload = find({ uses: 'actions/upload-pages-artifact' });
    const deploy = find({ uses: 'actions/deploy-pages' });
    expect(build.step.job).toBe(tests.step.job);
    expect(upload.step.job).toBe(tests.step.job);
    expect(tests.index).toBeLessThan(build.index);
    expect(build.index).toBeLessThan(upload.index);
    // The deploy job starts only once the job with the tests succeeded.
    expect([workflow.jobs[deploy.step.job]!.needs].flat()).toContain(tests.step.job);
  });

  test('builds with the base path and address configure-pages reports', () => {
    const pages = find({ uses: 'actions/configure-pages' });
    expect(pages.step.id).toBeTruthy();
    const build = find({ run: 'npm run build' });
    expect(build.index).toBeGreaterThan(pages.index);
    expect(build.step.job).toBe(pages.step.job);
    // SITE_URL takes no path (src/lib/site-config.ts): the origin, and the path as BASE_PATH.
    expect(build.step.env).toEqual({
      SITE_URL: `\${{ steps.${pages.step.id}.outputs.origin }}`,
      BASE_PATH: `\${{ steps.${pages.step.id}.outputs.base_path }}`,
    });
  });

  test('uploads dist/ and deploys it with the official Pages actions and the rights they need', () => {
    expect(find({ uses: 'actions/upload-pages-artifact' }).step.with?.path).toMatch(/^(\.\/)?dist\/?$/);
    const deploy = find({ uses: 'actions/deploy-pages' });
    const job = workflow.jobs[deploy.step.job]!;
    expect(job.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
    expect(job.environment?.name).toBe('github-pages');
    // The job that runs the tests (and so the project's dependencies) cannot deploy.
    const tests = workflow.jobs[find({ run: 'npm test' }).step.job]!;
    expect(tests.permissions?.['id-token']).toBeUndefined();
    expect(tests.permissions?.pages).not.toBe('write');
    expect(workflow.permissions).toEqual({});
  });

  test('deploys one push at a time, never cutting one off', () => {
    expect(workflow.concurrency).toEqual({ group: 'pages', 'cancel-in-progress': false });
  });
});
