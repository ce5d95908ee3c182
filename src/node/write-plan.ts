import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ContentFile } from '../lib/content/read.ts';
import type { ScaffoldPlan } from '../lib/content/scaffold.ts';
import { siteConfig } from '../lib/site-config.ts';
import { readContentFolder } from './read-content-folder.ts';

/**
 * Reads the content folder, asks `plan` what to write, and writes it, or prints why not and
 * exits 1 having written nothing. For the scaffolding commands (npm run new:level, new:track).
 */
export async function writePlan(plan: (files: ContentFile[]) => ScaffoldPlan): Promise<void> {
  try {
    const { contentDir } = siteConfig();
    const result = plan(await readContentFolder(process.cwd(), contentDir));
    if ('refused' in result) {
      console.error(result.refused);
      process.exitCode = 1;
      return;
    }
    for (const edit of result.edits) {
      const target = path.join(contentDir, edit.relativePath);
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, edit.text);
      console.log(`wrote ${target.split(path.sep).join('/')}`);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  }
}
