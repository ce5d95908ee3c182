// Adds every URL of the freshly built site (dist/ladder.json) to <content folder>/published-urls.txt.
// Run it through `npm run urls:publish`, which builds first; commit the file it changes.
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { RECORD_FILE, parseRecord, recordLinesOf, updatedRecord } from '../src/lib/published-urls.ts';
import { readSiteConfig } from '../src/lib/site-config.ts';

const { contentDir } = readSiteConfig(process.env);
const recordPath = path.join(contentDir, RECORD_FILE);
const json = JSON.parse(await readFile(path.join(process.argv[2] ?? 'dist', 'ladder.json'), 'utf8'));
const recorded = await readFile(recordPath, 'utf8').then(parseRecord, () => []);
const next = updatedRecord(recorded, recordLinesOf(json));
await writeFile(recordPath, next);
const added = parseRecord(next).length - recorded.length;
console.log(`${recordPath}: ${added} new URL${added === 1 ? '' : 's'} recorded, ${parseRecord(next).length} in all.`);
