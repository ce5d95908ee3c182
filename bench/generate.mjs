// Writes a synthetic, deterministic career ladder (N tracks × M levels) for benchmarks:
// `next` links up each track and a branch from every fourth track's second-highest level to the
// top of the following track. Even tracks hold levels of about the seed's length (plain
// paragraphs); odd tracks hold levels shaped like a real company ladder (and like
// tests/fixtures/structured-ladder): the same `##`/`###` sections in every level, bullets, some
// nested, paragraphs that open alike ("Engineers at this level are expected to …"), a table now
// and then, and a section only the top levels have. The folder is a git repository with a history
// of a few hundred commits (wording edits, renames), so the build's history pages are measured too.
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** A small seeded PRNG (mulberry32): the same seed always writes the same ladder. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const AREAS = ['Platform', 'Data', 'Security', 'Mobile', 'Payments', 'Search', 'Identity', 'Reliability', 'Networking', 'Storage', 'Billing', 'Growth', 'Observability', 'Developer Tools', 'Infrastructure', 'Quality', 'Design Systems', 'Analytics', 'Messaging', 'Compliance'];
const ROLES = ['Associate', 'Engineer', 'Senior Engineer', 'Staff Engineer', 'Senior Staff Engineer', 'Principal Engineer', 'Distinguished Engineer', 'Fellow', 'Chief Engineer', 'Architect'];
const OPENINGS = ['You', 'You consistently', 'You routinely', 'You actively', 'You reliably', 'You increasingly', 'You independently', 'You confidently', 'You regularly', 'You carefully'];
const VERBS = ['design', 'operate', 'review', 'document', 'automate', 'mentor', 'plan', 'deliver', 'improve', 'measure', 'secure', 'scale', 'simplify', 'own', 'coordinate', 'prioritise'];
const OBJECTS = ['production systems', 'deployment pipelines', 'on-call rotations', 'service boundaries', 'incident reviews', 'capacity plans', 'team rituals', 'architecture proposals', 'runbooks', 'monitoring and alerting', 'release processes', 'data migrations', 'access controls', 'performance budgets', 'cost reports', 'hiring loops'];
const QUALIFIERS = ['with close supervision', 'with little guidance', 'across several teams', 'for the whole organisation', 'within the given time and resources', 'in the expected quality', 'before problems reach customers', 'with clear written reasoning', 'by delegating effectively', 'without micromanaging', 'through steady self-study', 'in collaboration with product managers'];
const CLOSINGS = ['You share what you learn with the team.', 'You ask for help early when you are stuck.', 'Your work is tested internally and externally.', 'You keep documentation current as systems change.', 'You consider the long-term interests of the business.', 'You seek agreement from your peers and manager.', 'Your judgment is trusted on project-level issues.', 'You hold yourself accountable for outcomes.'];

const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const slug = (text) => text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function sentence(rand) {
  return `${pick(rand, OPENINGS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, QUALIFIERS)}.`;
}

/** Paragraphs for one level: unique opening words, so every paragraph keeps its own id. */
function body(rand) {
  const paragraphs = [];
  const openings = new Set();
  const count = 2 + Math.floor(rand() * 4);
  while (paragraphs.length < count) {
    const first = sentence(rand);
    const key = first.split(/\s+/).slice(0, 6).join(' ').toLowerCase();
    if (openings.has(key)) continue;
    openings.add(key);
    const rest = Array.from({ length: 1 + Math.floor(rand() * 3) }, () => (rand() < 0.3 ? pick(rand, CLOSINGS) : sentence(rand)));
    paragraphs.push([first, ...rest].join(' '));
  }
  return paragraphs.join('\n\n');
}

const SECTIONS = [
  { name: 'Technical skills', subsections: ['Code quality', 'Testing'] },
  { name: 'Delivery', subsections: ['Planning', 'Incidents'] },
  { name: 'Ownership', subsections: [] },
  { name: 'Collaboration', subsections: [] },
  { name: 'Mentoring', subsections: [] },
];
const EXPECTED = 'Engineers at this level are expected to';

function bullets(rand, count) {
  return Array.from({ length: count }, (_, index) => {
    const line = `- ${rand() < 0.4 ? EXPECTED : pick(rand, OPENINGS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, QUALIFIERS)}.`;
    // Every third bullet has two nested ones.
    return index % 3 === 2 ? `${line}\n  - ${sentence(rand)}\n  - ${sentence(rand)}` : line;
  }).join('\n');
}

/** A level written in sections, as real ladders are (about 400 words). */
function structuredBody(rand, rank, levels) {
  const parts = [`${sentence(rand)} ${sentence(rand)}`];
  const sections = rank >= levels - 1 ? [...SECTIONS, { name: 'Strategy', subsections: [] }] : SECTIONS;
  for (const { name, subsections } of sections) {
    parts.push(`## ${name}`, `${EXPECTED} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, QUALIFIERS)}. ${sentence(rand)}`);
    if (subsections.length === 0) parts.push(bullets(rand, 3));
    for (const subsection of subsections) parts.push(`### ${subsection}`, `${EXPECTED} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)}.`, bullets(rand, 2));
    if (name === 'Delivery' && rank % 3 === 0) {
      parts.push(`| Scope | Example |\n| --- | --- |\n| Team | ${pick(rand, OBJECTS)} |\n| Organisation | ${pick(rand, OBJECTS)} |`);
    }
  }
  return parts.join('\n\n');
}

/** The ladder's files, `path → text`, in the order they are written. */
function ladderFiles(rand, tracks, levels) {
  const files = new Map();
  const trackIds = Array.from({ length: tracks }, (_, index) => `${slug(AREAS[index % AREAS.length])}-${String(index + 1).padStart(3, '0')}`);
  for (const [trackIndex, trackId] of trackIds.entries()) {
    const area = AREAS[trackIndex % AREAS.length];
    files.set(
      `${trackId}/_track.yml`,
      `title: ${area} ${trackIndex + 1}\norder: ${trackIndex + 1}\ndescription: Engineers who build and run ${area.toLowerCase()} systems, from their first day to leading the discipline.\n`,
    );
    for (let rank = 1; rank <= levels; rank++) {
      const next = [];
      if (rank < levels) next.push(`level-${rank + 1}`);
      const nextTrack = trackIds[trackIndex + 1];
      if (trackIndex % 4 === 0 && rank === levels - 1 && nextTrack) next.push(`${nextTrack}/level-${levels}`);
      const nextYaml = next.length ? `next: [${next.join(', ')}]\n` : '';
      const title = `${area} ${ROLES[(rank - 1) % ROLES.length]}${rank > ROLES.length ? ` ${rank}` : ''}`;
      const text = trackIndex % 2 === 1 ? structuredBody(rand, rank, levels) : body(rand);
      files.set(`${trackId}/level-${rank}.md`, `---\ntitle: ${title}\nrank: ${rank}\n${nextYaml}---\n\n${text}\n`);
    }
  }
  return { files, trackIds };
}

/** Words a wording edit swaps for another of the same list: the ladder stays readable. */
const SWAPS = [VERBS, OBJECTS, QUALIFIERS];

/**
 * One wording edit of a level's text (after its frontmatter): a verb, object or qualifier
 * replaced by another. Returns the new text and what changed, or nothing when the text has none.
 */
function editWording(rand, text) {
  const list = pick(rand, SWAPS);
  const start = text.indexOf('\n---\n') + 5;
  const found = list.filter((word) => text.includes(` ${word}`, start));
  if (found.length === 0) return undefined;
  const before = pick(rand, found);
  const after = pick(rand, list.filter((word) => word !== before));
  const at = text.indexOf(` ${before}`, start);
  return { text: `${text.slice(0, at)} ${after}${text.slice(at + 1 + before.length)}`, before, after };
}

/** The title in a level file's frontmatter. */
const titleOf = (text) => /^title: (.*)$/m.exec(text)[1];

/**
 * A history for the ladder, applied to `files` as it goes (so they end as its last commit):
 * a first commit of the whole ladder, then wording edits of one to eight levels (more often in
 * the first tracks, so their History pages are long), now and then one wording change across
 * many levels, and a rename of the third level of the first two tracks (with `git mv`'s shape:
 * the file moves, its `aliases` keeps the old address, the level below points at the new name).
 * @returns commits `{ message, changes: [{ path, text } | { from, to }] }`, oldest first
 */
function ladderHistory(rand, files, trackIds, commits) {
  const levelPaths = [...files.keys()].filter((file) => file.endsWith('.md'));
  const history = [{ message: 'First version of the ladder', changes: [...files].map(([path, text]) => ({ path, text })) }];
  const edit = (changes, path) => {
    const result = editWording(rand, files.get(path));
    if (!result) return undefined;
    files.set(path, result.text);
    changes.push({ path, text: result.text });
    return result;
  };
  // Renames near the end of the history (with edits after them), when the tracks have a third level.
  const renames = new Map(
    trackIds
      .slice(0, 2)
      .filter((trackId) => files.has(`${trackId}/level-3.md`))
      .map((trackId, index) => [Math.floor(commits * (0.7 + index * 0.1)), trackId]),
  );
  while (history.length < commits) {
    const changes = [];
    const renamed = renames.get(history.length);
    if (renamed) {
      const [from, to] = [`${renamed}/level-3.md`, `${renamed}/level-3-lead.md`];
      const moved = files.get(from).replace('\n---\n', '\naliases: level-3\n---\n');
      files.delete(from);
      files.set(to, moved);
      levelPaths[levelPaths.indexOf(from)] = to;
      const below = `${renamed}/level-2.md`;
      files.set(below, files.get(below).replace(/\blevel-3\b/, 'level-3-lead'));
      changes.push({ from, to }, { path: to, text: moved }, { path: below, text: files.get(below) });
      history.push({ message: `Rename ${renamed}/level-3 to level-3-lead`, changes });
    } else if (history.length % 25 === 0) {
      // One wording change across many levels (at most 200), as after a review cycle.
      const list = pick(rand, SWAPS);
      const [before, after] = [pick(rand, list), pick(rand, list)];
      for (const path of levelPaths) {
        const text = files.get(path);
        const at = text.indexOf(` ${before}`, text.indexOf('\n---\n') + 5);
        if (before === after || at < 0 || changes.length === 200) continue;
        files.set(path, `${text.slice(0, at)} ${after}${text.slice(at + 1 + before.length)}`);
        changes.push({ path, text: files.get(path) });
      }
      if (changes.length > 0) history.push({ message: `Wording across the ladder: "${before}" → "${after}" in ${changes.length} levels`, changes });
    } else {
      const touched = new Set();
      const count = 1 + Math.floor(rand() * 8);
      for (let index = 0; index < count; index++) {
        const track = Math.floor(rand() ** 3 * trackIds.length);
        const candidates = levelPaths.filter((path) => path.startsWith(`${trackIds[track]}/`));
        touched.add(pick(rand, candidates));
      }
      const edits = [...touched].map((path) => [path, edit(changes, path)]).filter(([, result]) => result);
      if (edits.length === 0) continue;
      const [path, { before, after }] = edits[0];
      history.push({
        message: edits.length === 1 ? `${titleOf(files.get(path))}: "${before}" → "${after}"` : `Wording in ${edits.length} levels: "${before}" → "${after}" and more`,
        changes,
      });
    }
  }
  return history;
}

/** The history as a `git fast-import` stream: one author, a commit every one to five days from 2023. */
function fastImportStream(rand, history) {
  const parts = [];
  const data = (text) => parts.push(`data ${Buffer.byteLength(text)}\n`, text, '\n');
  const quote = (path) => JSON.stringify(path);
  let time = Date.UTC(2023, 0, 2, 9) / 1000;
  for (const [index, { message, changes }] of history.entries()) {
    time += 86400 * (1 + Math.floor(rand() * 5));
    const who = `Ladder Bench <ladder-bench@example.com> ${time} +0000`;
    parts.push(`commit refs/heads/main\nmark :${index + 1}\nauthor ${who}\ncommitter ${who}\n`);
    data(message);
    if (index > 0) parts.push(`from :${index}\n`);
    for (const change of changes) {
      if ('from' in change) parts.push(`R ${quote(change.from)} ${quote(change.to)}\n`);
      else {
        parts.push(`M 100644 inline ${quote(change.path)}\n`);
        data(change.text);
      }
    }
  }
  return parts.join('');
}

/** Runs git in `cwd` with no user settings needed (the history names its author itself); `input` goes to its standard input. */
function git(cwd, args, input) {
  const result = spawnSync('git', ['-c', 'init.defaultBranch=main', '-c', 'core.autocrlf=false', ...args], { cwd, input, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new Error(`The generated ladder's history needs git (${result.error.message}); generate it with 0 commits to go without.`);
  if (result.status !== 0) throw new Error(`git ${args[0]} failed in ${cwd}: ${result.stderr}`);
}

/** How many commits the generated ladder's history has, unless told otherwise. */
export const HISTORY_COMMITS = 300;

/**
 * Writes `tracks` × `levels` level files (plus one `_track.yml` per track) into `outDir`, and,
 * unless `commits` is 0, makes `outDir` a git repository whose history of `commits` commits ends
 * with those files (see ladderHistory): the build then reads that history, as it would a real
 * ladder's, so its cost is measured. Written with one `git fast-import`: a few seconds.
 * @returns the number of level pages written
 */
export async function generateLadder({ outDir, tracks, levels, seed = 42, commits = HISTORY_COMMITS }) {
  const rand = random(seed);
  await rm(outDir, { recursive: true, force: true });
  const { files, trackIds } = ladderFiles(rand, tracks, levels);
  const history = commits > 0 ? ladderHistory(rand, files, trackIds, commits) : [];
  for (const [file, text] of files) {
    await mkdir(path.join(outDir, path.dirname(file)), { recursive: true });
    await writeFile(path.join(outDir, file), text);
  }
  if (history.length > 0) {
    git(outDir, ['init', '-q']);
    git(outDir, ['fast-import', '--quiet'], fastImportStream(rand, history));
    // The files on disk are the last commit's: the index catches up, the working tree stays clean.
    git(outDir, ['reset', '-q']);
  }
  return tracks * levels;
}

// `node bench/generate.mjs <folder> <tracks> <levels> [commits]` writes a ladder to look at or
// build by hand; commits (default HISTORY_COMMITS) 0 writes it without a git history.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'bench/.ladder', tracks = '20', levels = '10', commits = String(HISTORY_COMMITS)] = process.argv.slice(2);
  const count = await generateLadder({ outDir, tracks: Number(tracks), levels: Number(levels), commits: Number(commits) });
  console.log(`Wrote ${count} levels to ${outDir}${Number(commits) > 0 ? `, with a git history of ${commits} commits` : ''}`);
}
