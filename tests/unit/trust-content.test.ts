/**
 * The content check's side of "builds you can trust" (issue #11), through the pure reader: every
 * file under the content folder is a level, a site file, ignored by the documented rule, or a
 * problem naming it. The same fixtures are built end to end in tests/integration/trust-builds.test.ts.
 */
import { describe, expect, test } from 'vitest';
import { checkContent, type ContentFile } from '../../src/lib/content/check.ts';
import { fileRole } from '../../src/lib/content/files.ts';
import { checkFolder } from '../support/fixtures.ts';

const problemsIn = async (name: string) => (await checkFolder(`tests/fixtures/trust/${name}`)).problems;
const at = (name: string, file: string) => `tests/fixtures/trust/${name}/${file}`;

/** A file as the Node reader hands it over. */
const file = (relativePath: string, text?: string, problem?: ContentFile['problem']): ContentFile => ({
  path: `content/${relativePath}`,
  relativePath,
  ...(text === undefined ? {} : { text }),
  ...(problem ? { problem } : {}),
});
const track = file('ops/_track.yml', 'title: Ops\ndescription: Ops.\n');
const level = (relativePath: string, rank = 1, extra = '') => file(relativePath, `---\ntitle: Level\nrank: ${rank}\n${extra}---\n\nText.\n`);

describe('two files for one level', () => {
  test('senior.md beside senior.mdx: one problem naming both', async () => {
    expect(await problemsIn('md-and-mdx')).toEqual([
      {
        file: at('md-and-mdx', 'ops/senior.mdx'),
        field: '(file name)',
        message: `and ${at('md-and-mdx', 'ops/senior.md')} are both the level "ops/senior": only one of them could be published.`,
        fix: 'Keep one of the two files and delete (or rename) the other.',
      },
    ]);
  });

  test('Lead.md beside lead.md: the name to rename it to is taken, and the message says so', () => {
    expect(checkContent([track, level('ops/lead.md'), level('ops/Lead.md', 2)]).problems).toEqual([
      {
        file: 'content/ops/Lead.md',
        field: '(file)',
        message: 'is not a level file name: names are lower-case letters, digits and dashes, ending in .md or .mdx.',
        fix: 'Its name differs from lead.md only in case or spelling, and both would be the level "ops/lead": keep one file (move any text you need into it) and delete the other.',
      },
    ]);
  });

  test('_track.yml beside _track.yaml', async () => {
    expect(await problemsIn('two-track-files')).toEqual([
      expect.objectContaining({ file: at('two-track-files', 'ops/_track.yml'), message: `and ${at('two-track-files', 'ops/_track.yaml')} both describe the track "ops".` }),
    ]);
  });
});

describe('names outside the naming rule are refused with the name to use', () => {
  test('staff.MD, and a `next` naming it is not reported as well', async () => {
    expect(await problemsIn('upper-case-extension')).toEqual([
      expect.objectContaining({ file: at('upper-case-extension', 'ops/staff.MD'), fix: "Rename it to staff.md (the level's title can be in any language and script)." }),
    ]);
  });

  test('x.markdown', async () => {
    expect(await problemsIn('markdown-extension')).toEqual([expect.objectContaining({ file: at('markdown-extension', 'ops/x.markdown'), fix: expect.stringContaining('Rename it to x.md') })]);
  });

  test('a name with quotes and an attribute in it, spaces, accents', () => {
    const names = ['ops/q" onmouseover="alert(1).md', 'ops/Distinguished Engineer.md', 'ops/ingénieur.md'];
    const { problems } = checkContent([track, level('ops/junior.md'), ...names.map((name, index) => level(name, index + 2))]);
    expect(problems.map((problem) => [problem.file, problem.fix.split(' (')[0]])).toEqual([
      ['content/ops/Distinguished Engineer.md', 'Rename it to distinguished-engineer.md'],
      ['content/ops/ingénieur.md', 'Rename it to ingenieur.md'],
      ['content/ops/q" onmouseover="alert(1).md', 'Rename it to q-onmouseover-alert-1.md'],
    ]);
  });

  test('a track folder named like one of the site\'s own pages', async () => {
    expect(await problemsIn('reserved-track-name')).toEqual([
      expect.objectContaining({ file: at('reserved-track-name', 'search/'), field: '(folder name)' }),
    ]);
  });
});

describe('files that cannot be read as content', () => {
  test('not UTF-8, a link out of the folder, a link to nowhere, a link to a folder', () => {
    const { problems } = checkContent([
      track,
      level('ops/junior.md'),
      file('ops/latin1.md', undefined, 'not-utf8'),
      file('ops/secret.md', undefined, 'link-outside'),
      file('ops/gone.md', undefined, 'link-broken'),
      file('ops2', undefined, 'link-folder'),
    ]);
    expect(problems.map((problem) => [problem.file, problem.message])).toEqual([
      ['content/ops/gone.md', 'is a link to a file that does not exist.'],
      ['content/ops/latin1.md', 'is not UTF-8 text, so some of its characters would be published wrongly.'],
      ['content/ops/secret.md', 'is a link that leads out of the content folder; the site publishes only what is inside it.'],
      ['content/ops2', 'is a link to a folder; the site reads only folders that are really in the content folder.'],
    ]);
  });

  test('a missing closing --- says so, instead of "title is missing"', async () => {
    expect(await problemsIn('missing-closing-fence')).toEqual([
      expect.objectContaining({ file: at('missing-closing-fence', 'ops/junior.md'), line: 1, message: 'has no closing --- line, so the whole file would be read as frontmatter.' }),
    ]);
  });

  test('duplicate `next` entries', async () => {
    expect(await problemsIn('duplicate-next')).toEqual([
      expect.objectContaining({ file: at('duplicate-next', 'ops/junior.md'), line: 4, field: 'next', message: 'lists "senior" more than once.' }),
    ]);
  });

  test('an empty content folder (a .gitkeep is all it holds) is an error, not a site with nothing on it', async () => {
    expect(await problemsIn('empty-folder')).toEqual([
      expect.objectContaining({ file: '(content folder)', message: 'holds no tracks and no levels, so there is nothing to publish.' }),
    ]);
  });
});

describe('what is ignored, by the documented rule', () => {
  test('dot-files, Emacs lock and auto-save files, backups ending in ~', () => {
    for (const name of ['.DS_Store', 'ops/.DS_Store', 'ops/.#senior.md', 'ops/#senior.md#', 'ops/senior.md~', '.git/config', 'ops/.hidden/x.md']) {
      expect(fileRole(name), name).toEqual({ kind: 'ignored' });
    }
  });

  test('the editor-leftovers fixture is one level and nothing else', async () => {
    const { problems, levels } = await checkFolder('tests/fixtures/trust/editor-leftovers');
    expect(problems).toEqual([]);
    expect(levels.map((entry) => entry.id)).toEqual(['ops/senior']);
  });

  test('the ladders that must build have no problems', async () => {
    for (const name of ['non-latin', 'image-only-paragraphs', 'unsafe-html', 'render-error', 'mdx-runtime-error', 'mdx-missing-import']) {
      expect(await problemsIn(name), name).toEqual([]);
    }
  });
});
