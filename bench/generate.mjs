// Writes a synthetic, deterministic career ladder (N tracks × M levels) for benchmarks:
// `next` links up each track and a branch from every fourth track's second-highest level to the
// top of the following track. Even tracks hold levels of about the seed's length (plain
// paragraphs); odd tracks hold levels shaped like a real company ladder (and like
// tests/fixtures/structured-ladder): the same `##`/`###` sections in every level, bullets, some
// nested, paragraphs that open alike ("Engineers at this level are expected to …"), a table now
// and then, and a section only the top levels have.
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

/**
 * Writes `tracks` × `levels` level files (plus one `_track.yml` per track) into `outDir`.
 * @returns the number of level pages written
 */
export async function generateLadder({ outDir, tracks, levels, seed = 42 }) {
  const rand = random(seed);
  await rm(outDir, { recursive: true, force: true });
  const trackIds = Array.from({ length: tracks }, (_, index) => `${slug(AREAS[index % AREAS.length])}-${String(index + 1).padStart(3, '0')}`);
  for (const [trackIndex, trackId] of trackIds.entries()) {
    const folder = path.join(outDir, trackId);
    await mkdir(folder, { recursive: true });
    const area = AREAS[trackIndex % AREAS.length];
    await writeFile(
      path.join(folder, '_track.yml'),
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
      await writeFile(path.join(folder, `level-${rank}.md`), `---\ntitle: ${title}\nrank: ${rank}\n${nextYaml}---\n\n${text}\n`);
    }
  }
  return tracks * levels;
}

// `node bench/generate.mjs <folder> <tracks> <levels>` writes a ladder to look at or build by hand.
if (import.meta.url === `file://${process.argv[1]}`) {
  const [outDir = 'bench/.ladder', tracks = '20', levels = '10'] = process.argv.slice(2);
  const count = await generateLadder({ outDir, tracks: Number(tracks), levels: Number(levels) });
  console.log(`Wrote ${count} levels to ${outDir}`);
}
