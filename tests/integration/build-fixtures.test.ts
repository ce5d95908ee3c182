import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { buildSite } from '../support/build.ts';

describe('building a fixture ladder', () => {
  test('renders an MDX level with its component, a GFM table and a task list', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/mdx-ladder', 'mdx-ladder');
    expect(status, output).toBe(0);
    const staff = readFileSync(path.join(outDir, 'platform/staff/index.html'), 'utf8');
    expect(staff).toMatch(/<aside class="callout[^"]*"[^>]*aria-label="On-call"/);
    expect(staff).toContain('You lead the on-call rotation for the platform.');
    expect(staff).toMatch(/<table>[\s\S]*<th>Area<\/th>[\s\S]*<td>Reviews every RFC<\/td>/);
    const engineer = readFileSync(path.join(outDir, 'platform/engineer/index.html'), 'utf8');
    expect(engineer).toMatch(/<input[^>]*type="checkbox"[^>]*checked/);
  });

  test('stops on broken content with the file, the field and the fix, and writes no site', () => {
    const { status, output, outDir } = buildSite('tests/fixtures/broken/unknown-next', 'broken');
    rmSync(outDir, { recursive: true, force: true });
    expect(status).not.toBe(0);
    expect(output).toContain('tests/fixtures/broken/unknown-next/ops/junior.md');
    expect(output).toContain('next: "senoir" names no level.');
    expect(output).toContain('How to fix: Did you mean "senior"?');
    expect(existsSync(path.join(outDir, 'index.html'))).toBe(false);
  });
});
