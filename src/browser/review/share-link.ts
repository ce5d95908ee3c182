// Copying a share link: the level's address with the marks and notes compressed into the
// fragment (see src/lib/review/share.ts), which browsers never send to a server. A link too long
// for chat programs and mail is refused with its length, on the panel and aloud.
import { tooLongSentence } from '../../lib/review/sentences.ts';
import { canShare, encodeShare, shareLink, type ShareSide } from '../../lib/review/share.ts';
import { announce, copyText } from './actions.ts';

export interface ShareTarget {
  /** The level's absolute address. */
  levelUrl: string;
  /** What the link is called in messages, e.g. "Share link". */
  what: string;
  /** Where the link is shown to copy by hand when the clipboard cannot be used. */
  fallback: HTMLElement;
  /** The panel on the page when the link is ready, whose too-long notice says why it was refused. */
  panel: () => HTMLElement | undefined;
}

/** Copies a share link carrying `sides`, or says why not. */
export async function copyShareLink(sides: ShareSide[], { levelUrl, what, fallback, panel }: ShareTarget): Promise<void> {
  if (!canShare()) return announce('This browser cannot make share links. Use Copy as Markdown instead.');
  const result = shareLink(levelUrl, await encodeShare(sides));
  if ('tooLong' in result) {
    const message = tooLongSentence(result.tooLong);
    const tooLong = panel()?.querySelector<HTMLElement>('[data-review-too-long]');
    if (tooLong) {
      tooLong.textContent = message;
      tooLong.hidden = false;
    }
    return announce(message);
  }
  await copyText(result.link, `${what} copied. It carries the marks and notes in the link itself; nothing was sent anywhere.`, what, fallback);
}
