import rehypeRaw from 'rehype-raw';
import type { Processor } from 'unified';

/**
 * Takes the HTML parser that Astro's Markdown processor runs last, over every file, out of the
 * level pipeline. Astro ends the pipeline with rehype-raw so that raw HTML in Markdown becomes
 * elements; for levels rehypeSanitizeLevel has done that already (and only for levels that hold
 * HTML), so Astro's pass would run each whole level through an HTML parser again for nothing: a
 * sixth of the Markdown's rendering time on a large ladder, with the same HTML out (checked on the
 * benchmark's 2,000 levels and in tests/unit/level-markdown.test.ts).
 *
 * A plugin that attaches nothing: unified calls each plugin with the processor as `this` while it
 * freezes, in order, so this one removes the rehype-raw passes that come after it (an MDX
 * pipeline's own, which comes before the level plugins, is left). Should unified ever stop
 * exposing that list, Astro's pass simply runs again: slower, never different.
 */
export function withoutAstroRawPass(this: Processor): void {
  const attachers = this.attachers;
  const own = attachers.findIndex(([attacher]) => (attacher as unknown) === withoutAstroRawPass);
  for (let at = attachers.length - 1; at > own; at--) {
    if ((attachers[at]![0] as unknown) === rehypeRaw) attachers.splice(at, 1);
  }
}
