// `npm run check:content`: every rule the build enforces on the content folder, in a second or
// two, without building the site. Prints each problem as `path:line: field: message` with the fix
// and exits 1 on any; under GitHub Actions also as annotations on the pull request's lines.
import { formatProblems, githubAnnotations, problemLines } from '../src/lib/content/problems.ts';
import { siteConfig } from '../src/lib/site-config.ts';
import { checkContentFolder } from '../src/node/check-content-folder.ts';

const started = performance.now();
try {
  const { contentDir, base } = siteConfig();
  const problems = await checkContentFolder(process.cwd(), contentDir, base);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (problems.length === 0) {
    console.log(`${contentDir}: no problems (${seconds} s).`);
  } else {
    console.error(`${formatProblems(problems, 'the build would stop').split('\n')[0]}\n\n${problemLines(problems)}\n`);
    if (process.env['GITHUB_ACTIONS'] === 'true') console.log(githubAnnotations(problems));
    process.exitCode = 1;
  }
} catch (error) {
  // A setting or the folder itself cannot be used: the message names it and says what to do.
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
}
