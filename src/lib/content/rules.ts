import { RESERVED_TOP_LEVEL_NAMES, TRACK_PAGE_NAMES } from '../urls.ts';
import type { LadderSource, LevelEntry } from './read.ts';
import { quotedList, suggestionsFor, type ContentProblem } from './problems.ts';

/** One rule of the ladder: looks at everything that was read and returns what breaks it. */
export type ContentRule = (source: LadderSource) => ContentProblem[];

const byFile = (a: LevelEntry, b: LevelEntry) => a.file.localeCompare(b.file);

/** Problem at the line of a field of a level file. */
function at(entry: LevelEntry, field: string, message: string, fix: string): ContentProblem {
  const line = entry.lines[field];
  return { file: entry.file, ...(line ? { line } : {}), field, message, fix };
}

/** Two files that would publish the same level (`senior.md` and `senior.mdx`). */
export const oneFilePerLevel: ContentRule = ({ levels }) => {
  const first = new Map<string, LevelEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of [...levels].sort(byFile)) {
    const other = first.get(entry.level.id);
    if (!other) {
      first.set(entry.level.id, entry);
      continue;
    }
    problems.push({
      file: entry.file,
      field: '(file name)',
      message: `and ${other.file} are both the level "${entry.level.id}": only one of them could be published.`,
      fix: 'Keep one of the two files and delete (or rename) the other.',
    });
  }
  return problems;
};

/** Two track files in one folder (`_track.yml` and `_track.yaml`). */
export const oneTrackFile: ContentRule = ({ tracks }) => {
  const seen = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { track, file } of tracks) {
    const other = seen.get(track.id);
    if (other) {
      problems.push({
        file,
        field: '(file)',
        message: `and ${other} both describe the track "${track.id}".`,
        fix: 'Keep one of them (_track.yml) and delete the other.',
      });
    } else seen.set(track.id, file);
  }
  return problems;
};

/** A track folder whose name the site uses for its own pages (`search`, `pagefind`, …). */
export const trackNamesFree: ContentRule = ({ trackFolders }) =>
  [...trackFolders]
    .filter(([track]) => (RESERVED_TOP_LEVEL_NAMES as readonly string[]).includes(track))
    .map(([track, files]) => ({
      file: files[0]!.replace(/\/[^/]+$/, '/'),
      field: '(folder name)',
      message: `"${track}" is the address of one of the site's own pages or files, so the track's page could not be published there.`,
      fix: `Rename the folder, e.g. to ${track}-track; the names ${RESERVED_TOP_LEVEL_NAMES.filter((name) => !name.includes('.')).join(', ')} are taken by the site.`,
    }));

/** A level in a folder without `_track.yml`. */
export const everyTrackDescribed: ContentRule = ({ levels, tracks, trackFolders }) => {
  const described = new Set(tracks.map(({ track }) => track.id));
  const problems: ContentProblem[] = [];
  for (const [track, files] of trackFolders) {
    if (described.has(track) || files.some((file) => /\/_track\.ya?ml$/.test(file))) continue;
    const level = levels.find((entry) => entry.level.track === track);
    if (!level) continue;
    problems.push({
      file: level.file.replace(/[^/\\]+$/, '_track.yml'),
      field: '(file)',
      message: `is missing: the track folder "${track}" needs a title and a description.`,
      fix: 'Create it with two lines, e.g. `title: Web Operations` and `description: Engineers who run our infrastructure.`',
    });
  }
  return problems;
};

/** A level with no text and no `tbd`, or with both. */
export const bodyMatchesTbd: ContentRule = ({ levels }) =>
  levels.flatMap((entry): ContentProblem[] => {
    const hasBody = proseOf(entry.body) !== '';
    if (!hasBody && !entry.level.tbd) {
      return [
        {
          file: entry.file,
          field: '(body)',
          message: 'is empty: a level needs its expectations written below the frontmatter.',
          fix: "Write the level's expectations below the closing ---, or add `tbd: true` to list it as still to be defined.",
        },
      ];
    }
    if (hasBody && entry.level.tbd) {
      return [
        at(
          entry,
          'tbd',
          'says the level is still to be defined, but the file has text.',
          'Delete the `tbd: true` line to publish the level, or remove the text to keep it to be defined.',
        ),
      ];
    }
    return [];
  });

/** The body without MDX import/export lines and comments: what a reader would see. */
function proseOf(body: string): string {
  return body
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/^(import|export)\s.*$/gm, '')
    .trim();
}

/** `next` entries that name no level, the level itself, or the same level twice. */
export const nextNamesLevels: ContentRule = ({ levels, unparsed }) => {
  const ids = levels.map((entry) => entry.level.id);
  const known = new Set(ids);
  return levels.flatMap((entry) => {
    const { level, refs } = entry;
    const seen = new Set<string>();
    return level.next.flatMap((id, index): ContentProblem[] => {
      const written = refs[index]!;
      if (seen.has(id)) {
        return [at(entry, 'next', `lists "${written}" more than once.`, 'Keep each level once in `next`.')];
      }
      seen.add(id);
      if (id === level.id) {
        return [at(entry, 'next', `"${written}" is this level itself.`, 'Point `next` at the level above this one, or leave it out at the top of a track.')];
      }
      if (known.has(id) || unparsed.has(id)) return [];
      const asWritten = (guess: string) => (guess.startsWith(`${level.track}/`) ? guess.slice(level.track.length + 1) : guess);
      const { typos, closest } = suggestionsFor(id, ids);
      const how = "Use a level's file name (same track) or track/file-name (another track)";
      const fix =
        typos.length > 0
          ? `Did you mean ${typos.length === 1 ? `"${asWritten(typos[0]!)}"` : `one of ${quotedList(typos.map(asWritten))}`}? ${how}.`
          : `${how}; the closest are ${quotedList(closest.map(asWritten))}.`;
      return [at(entry, 'next', `"${written}" names no level.`, fix)];
    });
  });
};

/** Two levels of one track with the same rank. */
export const uniqueRanks: ContentRule = ({ levels }) => {
  const seen = new Map<string, LevelEntry>();
  const problems: ContentProblem[] = [];
  for (const entry of [...levels].sort(byFile)) {
    const key = `${entry.level.track}#${entry.level.rank}`;
    const first = seen.get(key);
    if (!first) {
      seen.set(key, entry);
      continue;
    }
    // Two files of one level (senior.md and senior.mdx) are reported once, by oneFilePerLevel.
    if (first.level.id === entry.level.id) continue;
    problems.push(
      at(
        entry,
        'rank',
        `${entry.level.rank} is also the rank of ${first.file} in the track "${entry.level.track}".`,
        'Give each level of a track its own rank: renumber so that each step up the ladder adds one.',
      ),
    );
  }
  return problems;
};

/** `next` links that lead back down to a level already passed. */
export const noCycles: ContentRule = ({ levels }) => {
  const byId = new Map(levels.map((entry) => [entry.level.id, entry]));
  const state = new Map<string, 'visiting' | 'done'>();
  const reported = new Set<string>();
  const problems: ContentProblem[] = [];
  const visit = (id: string, path: string[]) => {
    if (state.get(id) === 'done') return;
    if (state.get(id) === 'visiting') {
      const cycle = path.slice(path.indexOf(id));
      const key = [...cycle].sort().join(' ');
      if (reported.has(key)) return;
      reported.add(key);
      const closing = byId.get(cycle[cycle.length - 1]!)!;
      problems.push(
        at(closing, 'next', `makes a cycle: ${[...cycle, id].join(' → ')}. A ladder only goes up.`, 'Remove the `next` entry that points back down to a lower level.'),
      );
      return;
    }
    state.set(id, 'visiting');
    for (const next of byId.get(id)?.level.next ?? []) {
      if (byId.has(next) && next !== id) visit(next, [...path, id]);
    }
    state.set(id, 'done');
  };
  for (const id of [...byId.keys()].sort()) visit(id, []);
  return problems;
};

/** Is `id` (`track/name`) the address of one of the pages the site builds inside a track? */
function isTrackPage(id: string, trackIds: ReadonlySet<string>): boolean {
  const [track, page, ...rest] = id.split('/');
  return rest.length === 0 && trackIds.has(track!) && (TRACK_PAGE_NAMES as readonly string[]).includes(page!);
}

const takenNames = TRACK_PAGE_NAMES.join(', ');

/** A level file named like one of the site's pages inside its track (`all.md`, `compare.md`). */
export const levelNamesFree: ContentRule = ({ levels }) => {
  const trackIds = new Set(levels.map((entry) => entry.level.track));
  return levels
    .filter((entry) => isTrackPage(entry.level.id, trackIds))
    .map((entry) => ({
      file: entry.file,
      field: '(file name)',
      message: `"${entry.level.id}" is also the address of one of the track's own pages.`,
      fix: `Rename the file, e.g. to ${entry.level.id.split('/')[1]}-level.md; the names ${takenNames} are taken by the site.`,
    }));
};

/** Aliases that cannot lead to the level: its own address, another level's, a site page's, or another alias's. */
export const aliasesLeadHere: ContentRule = ({ levels, tracks }) => {
  const levelOwners = new Map(levels.map((entry) => [entry.level.id, entry.file]));
  const trackIds = new Set([...tracks.map(({ track }) => track.id), ...levels.map((entry) => entry.level.track)]);
  const aliasOwners = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const entry of [...levels].sort(byFile)) {
    const { level, file } = entry;
    const problem = (message: string, fix: string) => problems.push(at(entry, 'aliases', message, fix));
    if (level.tbd && level.aliases.length > 0) {
      problem(
        'cannot send readers to a level that is still to be defined: it has no page yet.',
        'Write the level and delete `tbd: true`, or move the aliases to the level that has the old page now.',
      );
    }
    for (const alias of level.aliases) {
      const where = `"${alias}"`;
      if (alias === level.id) {
        problem(`${where} is this level's own address.`, 'Remove it: a level needs no alias for the address it already has.');
      } else if (levelOwners.has(alias)) {
        problem(
          `${where} is the address of the level ${levelOwners.get(alias)}, so it cannot also send readers here.`,
          'Remove the alias, or rename or move that level first; an alias is the old address of a level that no longer has it.',
        );
      } else if (isTrackPage(alias, trackIds)) {
        problem(`${where} is the address of one of the track's own pages.`, `Remove it; the names ${takenNames} inside a track are taken by the site.`);
      } else if (aliasOwners.has(alias)) {
        const other = aliasOwners.get(alias)!;
        problem(
          other === file ? `${where} is listed twice.` : `${where} is also an alias of ${other}; an old address can lead to one level only.`,
          other === file ? 'Remove one of the two.' : 'Keep the alias on the level that took over that old page, and remove it from the other.',
        );
      } else {
        aliasOwners.set(alias, file);
      }
    }
  }
  return problems;
};

/** An empty content folder: a site with nothing on it is a mistake, not a site. */
export const someLevels: ContentRule = ({ levels, tracks, problems }) =>
  levels.length === 0 && tracks.length === 0 && problems.length === 0
    ? [
        {
          file: '(content folder)',
          field: '(levels)',
          message: 'holds no tracks and no levels, so there is nothing to publish.',
          fix: 'Add a track folder with a _track.yml and one .md file per level (see "Writing content" in the README), or point LADDER_CONTENT_DIR at the folder that holds your ladder.',
        },
      ]
    : [];

/**
 * The site file's images (`logo`, `favicon`) must be files in `public/`: a missing one would be a
 * broken image on every page. Checked when the reader was given the files of `public/`.
 */
export const siteImagesExist: ContentRule = ({ site, publicFiles }) => {
  if (!site || !publicFiles) return [];
  return (['logo', 'favicon'] as const).flatMap((field): ContentProblem[] => {
    const path = site.data[field];
    if (path === undefined || publicFiles.has(path)) return [];
    const line = site.lines[field];
    const withoutPublic = path.replace(/^public\//, '');
    const fix =
      withoutPublic !== path && publicFiles.has(withoutPublic)
        ? `Write the path inside public/, without "public/": \`${field}: ${withoutPublic}\`.`
        : `Put the file at public/${path}, or write the path of a file that is in public/, relative to that folder (\`${field}: ${field === 'logo' ? 'logo.svg' : 'favicon.png'}\` for public/${field === 'logo' ? 'logo.svg' : 'favicon.png'}); or leave \`${field}\` out.`;
    return [{ file: site.file, ...(line ? { line } : {}), field, message: `"${path}" is not a file in public/ (looked for public/${path}).`, fix }];
  });
};

/** The ladder's rules, in the order their problems are listed. */
export const CONTENT_RULES: readonly ContentRule[] = [
  someLevels,
  oneFilePerLevel,
  oneTrackFile,
  trackNamesFree,
  everyTrackDescribed,
  bodyMatchesTbd,
  nextNamesLevels,
  uniqueRanks,
  noCycles,
  levelNamesFree,
  aliasesLeadHere,
  siteImagesExist,
];
