import { spawn, spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './fixtures.ts';

/** The W3C Nu HTML Checker, from the vnu-jar package (its Java downloader is not used). */
export const vnuJar = path.join(repoRoot, 'node_modules/vnu-jar/build/dist/vnu.jar');

/** One error the Nu HTML Checker found in a page. */
export interface NuHtmlError {
  /** The page's file, relative to the checked folder (with `/`). */
  file: string;
  /** The line the error is on, when the checker says. */
  line: number | undefined;
  message: string;
}

/** One entry of the checker's `--format json` output. */
interface NuMessage {
  type: string;
  subType?: string;
  url?: string;
  lastLine?: number;
  firstLine?: number;
  message?: string;
}

/** Whether `java` runs on this machine (`java -version` exits 0). */
export function javaAvailable(): boolean {
  const result = spawnSync('java', ['-version'], { stdio: 'ignore', timeout: 30_000 });
  return result.error === undefined && result.status === 0;
}

/**
 * Runs the Nu HTML Checker once over every HTML file of a built site (one JVM start: it is slow
 * to start) and returns its errors about those pages. Warnings are not asked for; messages that
 * are not about a page (e.g. the checker's own I/O problems) are left out. Throws when the
 * folder is missing, the checker does not run or its output is not the JSON it promises.
 */
export async function nuHtmlCheck(siteDir: string): Promise<NuHtmlError[]> {
  const root = path.resolve(repoRoot, siteDir);
  // The checker reports a missing folder as a non-document error, which would read as no errors.
  if (!statSync(root, { throwIfNoEntry: false })?.isDirectory()) throw new Error(`No built site at ${root}`);
  const { status, stdout, stderr } = await run('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', '--skip-non-html', root]);
  // The checker writes its JSON report to stderr and exits 1 when it found errors.
  let report: { messages?: NuMessage[] };
  try {
    report = JSON.parse(stderr) as { messages?: NuMessage[] };
  } catch {
    throw new Error(`The Nu HTML Checker did not report JSON (exit ${status}):\n${stderr}\n${stdout}`);
  }
  const errors: NuHtmlError[] = [];
  for (const entry of report.messages ?? []) {
    // "non-document-error" (e.g. a file it could not read) and "info" are not about a page's HTML.
    if (entry.type !== 'error' || !entry.url?.startsWith('file:')) continue;
    const relative = path.relative(root, fileURLToPath(entry.url));
    if (!relative.endsWith('.html') || relative.startsWith('..') || path.isAbsolute(relative)) continue;
    errors.push({ file: relative.split(path.sep).join('/'), line: entry.lastLine ?? entry.firstLine, message: entry.message ?? '' });
  }
  return errors;
}

/** Runs a command to its end, collecting its output; rejects only when it cannot start. */
function run(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
