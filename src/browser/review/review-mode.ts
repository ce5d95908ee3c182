// The self-review mode's state and its changes: one's own marks (kept in localStorage), or marks
// opened from a share link (read-only, with a check-in column beside them on request, kept in the
// address). It builds the panel and the controls under each expectation from the other modules
// of this folder, and brings them up to date after every change.
import { agreement, reconcile, setEntry, type LevelReview } from '../../lib/review/model.ts';
import { replaceQuestion } from '../../lib/review/sentences.ts';
import { canShare, decodeShare, encodeShare, localDay, marksByHash, marksById, SHARE_PREFIX, type ShareSide, type SideMarks } from '../../lib/review/share.ts';
import { exportSides, forgetEntries, reviewFromSide, withMarkChange } from '../../lib/review/sides.ts';
import { announce } from './actions.ts';
import { exportToolbar } from './export-toolbar.ts';
import { filterControl, hideMet } from './filter.ts';
import { showItemStatus } from './item-status.ts';
import { markLadder } from './ladder-marks.ts';
import { placeItem, reviewItem, type MarkChange } from './mark-form.ts';
import { ownPanel } from './own-panel.ts';
import type { LevelPage, PageExpectation } from './page-data.ts';
import { savedName } from './reviewer-name.ts';
import { copyShareLink } from './share-link.ts';
import { sharedPanel } from './shared-panel.ts';
import { loadReview, saveReview, STORAGE_OFF, storedLevels } from './storage.ts';
import { showSummary } from './summary.ts';

export class ReviewMode {
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

  /** The reader's side: their own marks, or beside a shared review the check-in marks (the second column). */
  private get second(): SideMarks {
    return this.shared ? (this.checkin ? marksById(this.checkin, this.page.expectations) : {}) : this.review.entries;
  }

  /** Whether the reader edits marks here: always on their own review; beside a shared one once they chose to. */
  private get editing(): boolean {
    return !this.shared || (this.checkin !== undefined && this.editingCheckin);
  }

  /** Replaces the panel and the controls under every expectation, for the current state. */
  private render(): void {
    this.panel?.remove();
    for (const item of this.items.values()) item.remove();
    this.items.clear();
    this.panel = this.shared || this.sharedProblem ? this.sharedPanel() : this.ownPanel();
    this.panel.hidden = this.toggle?.getAttribute('aria-pressed') !== 'true' && !this.shared;
    document.querySelector('.level-header')?.after(this.panel);
    const second = this.second;
    for (const expectation of this.page.expectations) {
      const item = reviewItem(expectation, {
        shared: Boolean(this.shared),
        secondLine: Boolean(this.checkin && !this.editing),
        editing: this.editing,
        entry: second[expectation.id],
        onChange: (change) => this.change(expectation, change),
      });
      this.items.set(expectation.id, item);
      placeItem(expectation, item);
    }
    this.update();
  }

  /** One expectation's mark or note changed: keep it, and update what depends on it. */
  private change(expectation: PageExpectation, change: MarkChange): void {
    if (this.shared) {
      const side = (this.checkin ??= { name: savedName(this.page.base), date: localDay(new Date()), marks: {} });
      side.marks = withMarkChange(side.marks, expectation.hash, change);
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
    const sharer = this.shared?.[0];
    const theirs = sharer ? marksById(sharer, this.page.expectations) : undefined;
    const both = theirs && this.checkin ? agreement(this.page.expectations.map((one) => one.id), theirs, mine) : undefined;
    for (const { id } of this.page.expectations) {
      showItemStatus(this.items.get(id)!, {
        changed: changed.has(id),
        theirs: sharer && theirs ? { side: sharer, marks: theirs[id] } : undefined,
        checkin: this.checkin,
        mine: mine[id],
        differs: both?.differ.has(id) ?? false,
      });
    }
    // Progress is the reviewed person's: one's own, or on a shared review the sharer's.
    showSummary(this.panel, this.page.expectations, theirs ?? mine, both);
    this.applyFilter();
    if (!this.shared) markLadder(this.page.base, storedLevels(this.page.base).map((one) => one.level));
  }

  /** Applies "Show only what I have not marked Met" to the reader's side, while review mode is on. */
  private applyFilter(): void {
    const on = this.onlyUnmet && (this.article?.classList.contains('reviewing') ?? false);
    hideMet(on, this.page.expectations, this.items, this.second);
  }

  // ---- The panel's controls, wired to this state ---------------------------------------------

  private filterControl(): HTMLElement {
    return filterControl(this.onlyUnmet, (on) => {
      this.onlyUnmet = on;
      this.applyFilter();
    });
  }

  /** The export toolbar; its columns are read when a button is pressed. */
  private exportControls(fallback: HTMLElement): HTMLElement {
    return exportToolbar(this.page, () => exportSides(this.review.entries, this.shared?.[0], this.checkin, this.page.expectations), fallback);
  }

  private share(sides: ShareSide[], fallback: HTMLElement, what: string): Promise<void> {
    return copyShareLink(sides, { levelUrl: this.page.url, what, fallback, panel: () => this.panel });
  }

  private ownPanel(): HTMLElement {
    return ownPanel({
      page: this.page,
      review: this.review,
      problem: this.problem,
      filter: () => this.filterControl(),
      exports: (fallback) => this.exportControls(fallback),
      share: (name, fallback) =>
        void this.share([{ name, date: localDay(new Date()), marks: marksByHash(this.review.entries, this.page.expectations) }], fallback, 'Share link'),
      forget: (ids) => {
        this.review = forgetEntries(this.review, ids, new Date());
        saveReview(this.page.base, this.review);
        this.render();
      },
    });
  }

  private sharedPanel(): HTMLElement {
    const first = this.shared?.[0];
    return sharedPanel({
      page: this.page,
      first,
      problem: this.sharedProblem,
      checkin: this.checkin,
      editing: this.editing,
      filter: () => this.filterControl(),
      exports: (fallback) => this.exportControls(fallback),
      leave: () => this.leaveShared(),
      shareBoth: (name, fallback) => {
        this.checkin = { ...this.checkin!, name: name || this.checkin!.name, date: localDay(new Date()) };
        void this.share([first!, this.checkin], fallback, 'Link with both');
      },
      editCheckin: () => this.editCheckin(),
      startCheckin: () => {
        this.checkin = { name: savedName(this.page.base), date: localDay(new Date()), marks: {} };
        this.editCheckin();
      },
      saveAsMine: (side) => this.saveAsMine(side),
    });
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
    if (own > 0 && !confirm(replaceQuestion(own))) return;
    this.review = reviewFromSide(this.review, side, this.page.expectations, new Date());
    this.storageWorks = saveReview(this.page.base, this.review);
    if (!this.storageWorks) this.problem = STORAGE_OFF;
    this.leaveShared();
    announce('Saved as your marks on this level.');
  }
}
