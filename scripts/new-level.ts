// `npm run new:level -- --track web-operations --file staff --title "Staff Engineer" --after senior`
// writes a new level that takes over senior's `next`, points senior's `next` at it and moves the
// ranks above it up by one. Without --after the level goes on top of the track. The new level is
// marked `tbd: true` until its text is written. Refuses, writing nothing, if the result would not
// pass the content check.
import { parseArgs } from 'node:util';
import { planNewLevel } from '../src/lib/content/scaffold.ts';
import { writePlan } from '../src/node/write-plan.ts';

const { values } = parseArgs({ options: { track: { type: 'string' }, file: { type: 'string' }, title: { type: 'string' }, after: { type: 'string' } } });
if (!values.track || !values.file || !values.title) {
  console.error('Usage: npm run new:level -- --track <track> --file <file-name> --title "<Title>" [--after <file-name>]');
  process.exit(1);
}
await writePlan((files) => planNewLevel(files, { track: values.track!, file: values.file!, title: values.title!, after: values.after }));
