// `npm run new:track -- --id platform --title "Platform" [--description "…"]` writes a new track's
// folder with its _track.yml. Refuses, writing nothing, on a clash.
import { parseArgs } from 'node:util';
import { planNewTrack } from '../src/lib/content/scaffold.ts';
import { writePlan } from '../src/node/write-plan.ts';

const { values } = parseArgs({ options: { id: { type: 'string' }, title: { type: 'string' }, description: { type: 'string' } } });
if (!values.id || !values.title) {
  console.error('Usage: npm run new:track -- --id <folder-name> --title "<Title>" [--description "<one or two sentences>"]');
  process.exit(1);
}
await writePlan((files) => planNewTrack(files, { id: values.id!, title: values.title!, description: values.description }));
