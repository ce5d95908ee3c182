// Self-review mode on a level page, loaded on demand by src/browser/review-loader.ts: a radio group
// (Met, Working on it, Not yet) and a note for every paragraph and bullet, progress, exports and
// share links. Everything stays in this browser (localStorage); nothing is sent anywhere.
// Pure logic lives in src/lib/review/; this file wires it to the page.
import {
  agreement,
  agreementText,
  MARK_LABELS,
  MARKS,
  NOTE_LIMIT,
  progress,
  progressText,
  reconcile,
  setEntry,
  type Entry,
  type LevelReview,
  type Mark,
} from '../../lib/review/model.ts';
import {
  canShare,
  decodeShare,
  encodeShare,
  localDay,
  marksByHash,
  marksById,
  SHARE_LINK_LIMIT,
  SHARE_PREFIX,
  shareLink,
  sideTitle,
  type ShareSide,
  type SideMarks,
} from '../../lib/review/share.ts';
import { exportFileName, reviewCsv, reviewMarkdown, type ExportSide } from '../../lib/review/export.ts';
import { joinBase, route } from '../../lib/urls.ts';
import { copyText, download, announce } from './actions.ts';
import { h, loadStyles, openingWords, uid } from './dom.ts';
import { readLevelPage, type LevelPage, type PageExpectation } from './page-data.ts';
import { loadReview, saveReview, STORAGE_OFF, storedLevels } from './storage.ts';
import { markLadder } from './ladder-marks.ts';

const NAME_KEY = 'career-ladder-review-name:';

/** One person's marks by expectation id (what the views and exports read). */
type Marks = SideMarks;

class ReviewMode {
  private review: LevelReview;
  private problem: string | undefined;
  private storageWorks = true;
  /** Marks from a share link (one or two people), shown read-only; undefined on one's own review. */
  private shared: ShareSide[] | undefined;
  private sharedProblem: string | undefined;
  /** The reader's own marks beside a shared review (a manager's, in a check-in): kept in the link, not stored. */
  private checkin: ShareSide | undefined;
  /** Whether the reader changes the check-in marks: only once they press a button for it, so a link with both sides opens read-only. */
  private editingCheckin = false;
  private onlyUnmet = false;
  private readonly toggle = document.querySelector<HTMLButtonElement>('[data-review]');
  private readonly article = document.querySelector<HTMLElement>('article.level');
  private panel: HTMLElement | undefined;
  private readonly items = new Map<string, HTMLElement>();

  constructor(private readonly page: LevelPage) {
    const loaded = loadReview(page.base, page.level, page.title, page.expectations.length);
    this.review = { ...loaded.review, title: page.title, total: page.expectations.length, url: page.url };
    this.problem = loaded.problem;
    if (loaded.storageProblem) {
      this.problem = loaded.storageProblem;
      this.storageWorks = false;
    }
  }

  async start(): Promise<void> {
    this.toggle?.addEventListener('click', () => this.setOpen(this.toggle?.getAttribute('aria-pressed') !== 'true'));
    addEventListener('hashchange', () => {
      if (location.hash.startsWith(`#${SHARE_PREFIX}`)) void this.openShared();
    });
    if (location.hash.startsWith(`#${SHARE_PREFIX}`)) await this.openShared();
    else this.setOpen(true);
  }

  /** Switches review mode on or off; the marks stay either way. */
  setOpen(open: boolean): void {
    this.toggle?.setAttribute('aria-pressed', String(open));
    this.article?.classList.toggle('reviewing', open);
    if (open && !this.panel) this.render();
    if (this.panel) this.panel.hidden = !open;
    this.applyFilter();
  }

  /** Opens the marks a share link carries, read-only. */
  private async openShared(): Promise<void> {
    const result = await decodeShare(location.hash);
    if ('problem' in result) {
      this.shared = undefined;
      this.sharedProblem = result.problem;
    } else {
      this.shared = result.sides.slice(0, 1);
      this.checkin = result.sides[1];
      this.editingCheckin = false;
      this.sharedProblem = undefined;
    }
    this.render();
    this.setOpen(true);
  }

  /** Leaves a shared review for one's own marks; the link's marks are no longer in the address. */
  private leaveShared(): void {
    this.shared = undefined;
    this.checkin = undefined;
    this.editingCheckin = false;
    this.sharedProblem = undefined;
    history.replaceState(null, '', location.pathname + location.search);
    this.render();
  }

  // ---- What each expectation shows -------------------------------------------------------------

  /** The reader's side: their own marks, or beside a shared review the check-in marks (the second column). */
  private get second(): Marks {
    return this.shared ? this.checkinById() : this.review.entries;
  }

  private checkinById(): Marks {
    return this.checkin ? marksById(this.checkin, this.page.expectations) : {};
  }

  /** Whether the reader edits marks here: always on their own review; beside a shared one once they chose to. */
  private get editing(): boolean {
    return !this.shared || (this.checkin !== undefined && this.editingCheckin);
  }

  /** What a side is called in lines and exports: its name, else `fallback`. */
  private static nameOf(side: ShareSide | undefined, fallback: string): string {
    return side?.name.trim() || fallback;
  }

  private render(): void {
    this.panel?.remove();
    for (const item of this.items.values()) item.remove();
    this.items.clear();
    this.panel = this.shared || this.sharedProblem ? this.sharedPanel() : this.ownPanel();
    this.panel.hidden = this.toggle?.getAttribute('aria-pressed') !== 'true' && !this.shared;
    document.querySelector('.level-header')?.after(this.panel);
    for (const expectation of this.page.expectations) {
      const item = this.item(expectation);
      this.items.set(expectation.id, item);
      const { element } = expectation;
      if (element.tagName === 'LI') {
        const nested = element.querySelector(':scope > ul, :scope > ol');
        element.insertBefore(item, nested);
      } else element.after(item);
    }
    this.update();
  }

  /** The controls under one expectation. */
  private item(expectation: PageExpectation): HTMLElement {
    const name = openingWords(expectation.text);
    const item = h('div', { class: 'review-item', 'data-review-item': expectation.id });
    item.append(h('p', { class: 'review-changed', hidden: true }, 'The text changed since you marked it. Mark it again to confirm your mark.'));
    if (this.shared) {
      item.append(h('p', { class: 'review-theirs' }));
      if (this.checkin && !this.editing) item.append(h('p', { class: 'review-theirs', 'data-review-second': true }));
      item.append(h('p', { class: 'review-differs', hidden: true }, h('span', { class: 'review-flag', 'aria-hidden': 'true' }, '≠'), ' Your marks differ here.'));
    }
    if (this.editing) {
      const entry = this.second[expectation.id];
      const group = h('fieldset', { class: 'review-mark' }, h('legend', { class: 'visually-hidden' }, `${this.shared ? 'Your mark beside theirs' : 'Your mark'} for ${name}`));
      const radioName = uid('review-mark');
      for (const mark of MARKS) {
        const id = uid('review-option');
        const radio = h('input', { type: 'radio', id, name: radioName, value: mark, checked: entry?.mark === mark });
        radio.addEventListener('change', () => this.change(expectation, { mark }));
        group.append(h('span', { class: 'review-option' }, radio, h('label', { for: id }, MARK_LABELS[mark])));
      }
      const clear = h('button', { type: 'button', class: 'review-clear', 'aria-label': `Clear the mark for ${name}` }, 'Clear');
      clear.addEventListener('click', () => {
        for (const radio of group.querySelectorAll('input')) radio.checked = false;
        this.change(expectation, { mark: undefined });
      });
      group.append(clear);
      const noteId = uid('review-note');
      const countId = uid('review-count');
      const note = h('textarea', { id: noteId, class: 'review-note-field', rows: '2', maxlength: String(NOTE_LIMIT), 'aria-describedby': countId });
      note.value = entry?.note ?? '';
      const count = h('span', { class: 'review-count', id: countId }, `${note.value.length} of ${NOTE_LIMIT} characters`);
      note.addEventListener('input', () => {
        count.textContent = `${note.value.length} of ${NOTE_LIMIT} characters`;
        this.change(expectation, { note: note.value });
      });
      item.append(
        group,
        h('div', { class: 'review-note' }, h('label', { for: noteId }, 'Note ', h('span', { class: 'visually-hidden' }, `on ${name} `), '(optional)'), note, count),
      );
    }
    item.append(h('p', { class: 'review-print' }));
    return item;
  }

  /** One expectation's mark or note changed: keep it, and update what depends on it. */
  private change(expectation: PageExpectation, change: { mark?: Mark | undefined; note?: string }): void {
    if (this.shared) {
      const side = (this.checkin ??= { name: this.savedName(), date: localDay(new Date()), marks: {} });
      const previous = side.marks[expectation.hash] ?? {};
      const mark = 'mark' in change ? change.mark : previous.mark;
      const note = 'note' in change ? change.note : previous.note;
      if (mark || note) side.marks[expectation.hash] = { ...(mark ? { mark } : {}), ...(note ? { note } : {}) };
      else delete side.marks[expectation.hash];
      void this.keepCheckinInAddress();
    } else {
      this.review = setEntry(this.review, expectation, change, new Date());
      if (this.storageWorks && !saveReview(this.page.base, this.review)) {
        this.storageWorks = false;
        this.problem = STORAGE_OFF;
        this.render();
        return;
      }
    }
    this.update();
  }

  /** Beside a shared review, both people's marks live in the address (so a reload keeps them), never in storage. */
  private async keepCheckinInAddress(): Promise<void> {
    if (!this.shared || !this.checkin || !canShare()) return;
    history.replaceState(null, '', `#${await encodeShare([...this.shared, this.checkin])}`);
  }

  /** Progress, notices, highlights and the printed marks, after any change. */
  private update(): void {
    const mine = this.second;
    const { changed } = this.shared ? { changed: new Set<string>() } : reconcile(this.review, this.page.expectations);
    const theirs = this.shared?.[0] ? marksById(this.shared[0], this.page.expectations) : undefined;
    const both = theirs && this.checkin ? agreement(this.page.expectations.map((one) => one.id), theirs, mine) : undefined;
    for (const expectation of this.page.expectations) {
      const item = this.items.get(expectation.id)!;
      (item.querySelector('.review-changed') as HTMLElement).hidden = !changed.has(expectation.id);
      const own = mine[expectation.id];
      const other = theirs?.[expectation.id];
      const line = (side: { mark?: Mark; note?: string } | undefined, who: string) =>
        [`${who}: `, h('strong', {}, side?.mark ? MARK_LABELS[side.mark] : 'not marked'), side?.note ? ` — ${side.note}` : ''];
      item.querySelector('.review-theirs:not([data-review-second])')?.replaceChildren(...line(other, ReviewMode.nameOf(this.shared?.[0], 'They')));
      item.querySelector('[data-review-second]')?.replaceChildren(...line(own, ReviewMode.nameOf(this.checkin, 'Second reviewer')));
      const differs = both?.differ.has(expectation.id) ?? false;
      item.classList.toggle('review-differ', differs);
      const flag = item.querySelector<HTMLElement>('.review-differs');
      if (flag) flag.hidden = !differs;
      const print = item.querySelector('.review-print')!;
      const text = (side: { mark?: Mark; note?: string } | undefined, who: string) =>
        `${who}: ${side?.mark ? MARK_LABELS[side.mark] : 'not marked'}${side?.note ? ` — ${side.note}` : ''}`;
      const printed = theirs
        ? [text(other, ReviewMode.nameOf(this.shared?.[0], 'Shared')), this.checkin ? text(own, ReviewMode.nameOf(this.checkin, 'Second reviewer')) : '']
        : [text(own, 'Mark')];
      print.textContent = printed.filter(Boolean).join('. ');
    }
    const status = this.panel?.querySelector('[data-review-progress]');
    // Progress is the reviewed person's: one's own, or on a shared review the sharer's.
    const shown = theirs ?? mine;
    // Live regions change only when their sentence does: typing a note announces nothing.
    const setText = (element: Element | null | undefined, text: string) => element && element.textContent !== text && (element.textContent = text);
    setText(status, progressText(progress(this.page.expectations, shown)));
    setText(this.panel?.querySelector('[data-review-agreement]'), both ? agreementText(both) : '');
    const sections = this.panel?.querySelector('[data-review-sections]');
    if (sections) {
      const names = [...new Set(this.page.expectations.map((one) => one.section))].filter(Boolean);
      sections.replaceChildren(
        ...names.map((section) =>
          h('li', {}, `${section}: ${progressText(progress(this.page.expectations.filter((one) => one.section === section), shown))}`),
        ),
      );
      (sections as HTMLElement).hidden = names.length === 0;
    }
    this.applyFilter();
    if (!this.shared) markLadder(this.page.base, storedLevels(this.page.base).map((one) => one.level));
  }

  /** "Show only what I have not marked Met": hides the expectations marked Met (a bullet stays while one under it shows). */
  private applyFilter(): void {
    const on = this.onlyUnmet && this.article?.classList.contains('reviewing');
    const marks = this.second;
    const hidden = new Set(this.page.expectations.filter((one) => on && marks[one.id]?.mark === 'met').map((one) => one.id));
    for (const expectation of [...this.page.expectations].reverse()) {
      const { element } = expectation;
      const shownInside = element.tagName === 'LI' && [...element.querySelectorAll<HTMLElement>('li[data-h]')].some((inner) => !inner.hidden);
      const hide = hidden.has(expectation.id) && !shownInside;
      element.hidden = hide;
      const item = this.items.get(expectation.id);
      if (item && element.tagName !== 'LI') item.hidden = hide;
    }
  }

  // ---- The panel ---------------------------------------------------------------------------------

  private savedName(): string {
    try {
      return localStorage.getItem(NAME_KEY + this.page.base) ?? '';
    } catch {
      return '';
    }
  }

  private nameField(label: string): HTMLElement {
    const id = uid('review-name');
    const field = h('input', { id, type: 'text', autocomplete: 'name', maxlength: '60', 'data-review-name': true });
    field.value = this.savedName();
    field.addEventListener('change', () => {
      try {
        localStorage.setItem(NAME_KEY + this.page.base, field.value.trim());
      } catch {
        // Not kept: typed again next time.
      }
    });
    return h('p', { class: 'review-field' }, h('label', { for: id }, label), field);
  }

  private filterControl(): HTMLElement {
    const id = uid('review-filter');
    const box = h('input', { type: 'checkbox', id, checked: this.onlyUnmet });
    box.addEventListener('change', () => {
      this.onlyUnmet = box.checked;
      this.applyFilter();
      announce(box.checked ? 'Showing only what is not marked Met.' : 'Showing every expectation.');
    });
    return h('p', { class: 'review-filter' }, box, ' ', h('label', { for: id }, 'Show only what I have not marked Met'));
  }

  /** Export buttons; `sides` gives the columns at the time of the press. */
  private exportControls(fallback: HTMLElement): HTMLElement {
    const input = () => ({
      title: this.page.title,
      url: this.page.url,
      rows: this.page.expectations.map(({ id, url, section, text }) => ({ id, url, section, text })),
      sides: this.exportSides(),
    });
    const copy = h('button', { type: 'button' }, 'Copy as Markdown');
    copy.addEventListener('click', () => void copyText(reviewMarkdown(input()), 'Markdown copied.', 'The Markdown', fallback));
    const markdown = h('button', { type: 'button' }, 'Download Markdown');
    markdown.addEventListener('click', () => download(exportFileName(this.page.level, 'md'), 'text/markdown;charset=utf-8', reviewMarkdown(input())));
    const csv = h('button', { type: 'button' }, 'Download CSV');
    // With a byte order mark, so spreadsheets read the file as UTF-8.
    csv.addEventListener('click', () => download(exportFileName(this.page.level, 'csv'), 'text/csv;charset=utf-8', `\ufeff${reviewCsv(input())}`));
    return h('div', { class: 'review-actions', role: 'group', 'aria-label': 'Export' }, copy, markdown, csv);
  }

  private exportSides(): ExportSide[] {
    if (!this.shared?.[0]) return [{ label: 'Your mark', entries: this.review.entries }];
    const sides: ExportSide[] = [{ label: ReviewMode.nameOf(this.shared[0], 'Shared'), entries: marksById(this.shared[0], this.page.expectations) }];
    if (this.checkin) sides.push({ label: ReviewMode.nameOf(this.checkin, 'Second reviewer'), entries: this.checkinById() });
    return sides;
  }

  /** Copies a share link carrying `sides`, or says why not. */
  private async share(sides: ShareSide[], fallback: HTMLElement, what: string): Promise<void> {
    if (!canShare()) return announce('This browser cannot make share links. Use Copy as Markdown instead.');
    const result = shareLink(this.page.url, await encodeShare(sides));
    if ('tooLong' in result) {
      const message = `The link would be ${result.tooLong.toLocaleString('en')} characters long, more than chat programs and mail reliably keep (${SHARE_LINK_LIMIT.toLocaleString('en')}). Shorten some notes, or use Copy as Markdown instead.`;
      const tooLong = this.panel?.querySelector<HTMLElement>('[data-review-too-long]');
      if (tooLong) {
        tooLong.textContent = message;
        tooLong.hidden = false;
      }
      return announce(message);
    }
    await copyText(result.link, `${what} copied. It carries the marks and notes in the link itself; nothing was sent anywhere.`, what, fallback);
  }

  private ownPanel(): HTMLElement {
    const fallback = h('div', { class: 'review-fallback', hidden: true });
    const progressLine = h('p', { class: 'review-progress', role: 'status', 'data-review-progress': true });
    const nameField = this.nameField('Your name (optional, travels with the link)');
    const shareButton = h('button', { type: 'button' }, 'Copy share link');
    shareButton.addEventListener('click', () => {
      const name = (nameField.querySelector('input') as HTMLInputElement).value.trim();
      void this.share([{ name, date: localDay(new Date()), marks: marksByHash(this.review.entries, this.page.expectations) }], fallback, 'Share link');
    });
    const { orphans } = reconcile(this.review, this.page.expectations);
    return h(
      'section',
      { class: 'review-panel', 'aria-labelledby': 'review-heading' },
      h('h2', { id: 'review-heading' }, 'Your self-review'),
      h(
        'p',
        { class: 'review-privacy' },
        'Your marks and notes stay in this browser, on this device; nothing is sent anywhere unless you export or share them. ',
        h('a', { href: joinBase(this.page.base, route.myReviews()) }, 'My reviews'),
        ' lists every level you marked.',
      ),
      this.problem && h('p', { class: 'review-problem' }, this.problem),
      progressLine,
      h('ul', { class: 'review-sections', 'data-review-sections': true, 'aria-label': 'Progress by section' }),
      orphans.length > 0 && this.orphanList(orphans),
      this.filterControl(),
      this.exportControls(fallback),
      h('div', { class: 'review-share' }, nameField, shareButton),
      h('p', { class: 'review-problem', 'data-review-too-long': true, hidden: true }),
      fallback,
    );
  }

  /** Marks whose expectation is no longer on the page: listed, never silently dropped. */
  private orphanList(orphans: { id: string; entry: Entry }[]): HTMLElement {
    const forget = h('button', { type: 'button' }, 'Forget these marks');
    forget.addEventListener('click', () => {
      if (!confirm(`Forget ${orphans.length === 1 ? 'this mark' : `these ${orphans.length} marks`}? This cannot be undone.`)) return;
      for (const { id } of orphans) this.review = setEntry(this.review, { id, hash: '' }, { mark: undefined, note: undefined }, new Date());
      saveReview(this.page.base, this.review);
      this.render();
    });
    return h(
      'div',
      { class: 'review-orphans' },
      h('p', {}, `${orphans.length === 1 ? 'One mark is' : `${orphans.length} marks are`} for text no longer on this page (the level was reworded):`),
      h(
        'ul',
        {},
        ...orphans.map(({ id, entry }) =>
          h('li', {}, entry.text ? `“${entry.text}” (` : '', h('code', {}, id), entry.text ? ')' : '', `: ${entry.mark ? MARK_LABELS[entry.mark] : 'no mark'}${entry.note ? ` — ${entry.note}` : ''}`),
        ),
      ),
      forget,
    );
  }

  private sharedPanel(): HTMLElement {
    const fallback = h('div', { class: 'review-fallback', hidden: true });
    const first = this.shared?.[0];
    const heading = first ? `${sideTitle(first)}, not yours` : 'Shared marks';
    const panel = h('section', { class: 'review-panel review-shared', 'aria-labelledby': 'review-heading' }, h('h2', { id: 'review-heading' }, heading));
    const leave = h('button', { type: 'button' }, this.sharedProblem ? 'Show my own marks' : 'Close the shared marks');
    leave.addEventListener('click', () => this.leaveShared());
    if (!first) {
      panel.append(h('p', { class: 'review-problem' }, this.sharedProblem ?? ''), leave);
      return panel;
    }
    const matched = Object.keys(marksById(first, this.page.expectations)).length;
    const unmatched = Object.keys(first.marks).length - matched;
    panel.append(
      h(
        'p',
        { class: 'review-privacy' },
        'Opened from a share link: the marks and notes are in the link itself, shown here read-only. Nothing was sent anywhere, and your own marks are untouched.',
      ),
      unmatched > 0
        ? h('p', { class: 'review-problem' }, `${unmatched === 1 ? 'One mark' : `${unmatched} marks`} of the link ${unmatched === 1 ? 'is' : 'are'} for text that changed since it was shared, so ${unmatched === 1 ? 'it is' : 'they are'} not shown.`)
        : '',
      h('p', { class: 'review-progress', role: 'status', 'data-review-progress': true }),
      h('ul', { class: 'review-sections', 'data-review-sections': true, 'aria-label': 'Progress by section' }),
    );
    if (this.checkin) {
      panel.append(
        h('p', { class: 'review-context' }, `Beside them: ${sideTitle(this.checkin)}.`),
        h('p', { class: 'review-agreement', role: 'status', 'data-review-agreement': true }),
      );
      if (this.editing) {
        const nameField = this.nameField('Your name (optional, travels with the link)');
        const both = h('button', { type: 'button' }, 'Copy link with both');
        both.addEventListener('click', () => {
          const name = (nameField.querySelector('input') as HTMLInputElement).value.trim();
          this.checkin = { ...this.checkin!, name: name || this.checkin!.name, date: localDay(new Date()) };
          void this.share([first, this.checkin], fallback, 'Link with both');
        });
        panel.append(this.filterControl(), this.exportControls(fallback), h('div', { class: 'review-share' }, nameField, both));
      } else {
        // A link with both sides opens read-only; whoever holds the second column can change it on request.
        const name = this.checkin.name.trim();
        const edit = h('button', { type: 'button' }, name ? `Change ${name}’s marks` : 'Change the marks beside them');
        edit.addEventListener('click', () => this.editCheckin());
        panel.append(h('div', { class: 'review-actions' }, edit), this.exportControls(fallback));
      }
    } else {
      const add = h('button', { type: 'button' }, 'Add your marks beside them');
      add.addEventListener('click', () => {
        this.checkin = { name: this.savedName(), date: localDay(new Date()), marks: {} };
        this.editCheckin();
      });
      const save = h('button', { type: 'button' }, 'Save these marks as mine');
      save.addEventListener('click', () => this.saveAsMine(first));
      panel.append(h('div', { class: 'review-actions' }, add, save), this.exportControls(fallback));
    }
    panel.append(h('p', { class: 'review-problem', 'data-review-too-long': true, hidden: true }), fallback, h('p', {}, leave));
    return panel;
  }

  /** Shows the radio groups for the second column and takes focus to the first (the pressed button is gone). */
  private editCheckin(): void {
    this.editingCheckin = true;
    this.render();
    this.items.values().next().value?.querySelector('input')?.focus();
    announce('Your marks go beside theirs: choose a mark under each expectation.');
  }

  /** Makes the shared marks the reader's own for this level, only when asked (and after asking again if they had marks). */
  private saveAsMine(side: ShareSide): void {
    const own = Object.keys(this.review.entries).length;
    if (own > 0 && !confirm(`Replace your ${own} ${own === 1 ? 'mark' : 'marks'} on this level with these?`)) return;
    let review: LevelReview = { ...this.review, entries: {} };
    const marks = marksById(side, this.page.expectations);
    for (const expectation of this.page.expectations) {
      const found = marks[expectation.id];
      if (found) review = setEntry(review, expectation, { mark: found.mark, note: found.note }, new Date());
    }
    this.review = review;
    this.storageWorks = saveReview(this.page.base, review);
    if (!this.storageWorks) this.problem = STORAGE_OFF;
    this.leaveShared();
    announce('Saved as your marks on this level.');
  }
}

loadStyles();
const page = readLevelPage();
if (page) void new ReviewMode(page).start();
