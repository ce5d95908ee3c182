import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { unified, type AstroMarkdownOptions, type MarkdownProcessor, type MarkdownRenderer, type MarkdownRenderResult, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import { levelMarkdownOptions } from './level-markdown.ts';
import type { RenderAnswer, RenderRequest, WorkerSetup } from './markdown-worker.ts';

/** At most this many worker threads: beyond it the main thread, feeding them, is the limit. */
const MAX_WORKERS = 4;
/** Workers with nothing to do for this long end, so memory is free for the pages. */
const IDLE_MS = 1000;

/**
 * Astro's `unified()` processor with the level options (level-markdown.ts), whose Markdown files
 * render on worker threads, one per core, in `astro build`: Markdown is a third of a large
 * ladder's build, and Astro renders the files of a collection several at a time but all on one
 * thread. The output is the processor's own (each worker runs it); MDX levels still render
 * through `unified()` as compiled code. Workers start with the first file to render, so a build
 * whose files are all cached starts none. The dev server renders one edited file at a time, where
 * starting a worker would only delay the reload: it renders in process, as `unified()` does.
 * The integration tells the processor which command runs (Astro creates the renderer after it).
 */
export function parallelMarkdown(contentDir: string, base: string): { processor: MarkdownProcessor<UnifiedResolvedOptions>; integration: AstroIntegration } {
  const processor = unified(levelMarkdownOptions(contentDir, base));
  let building = false;
  return {
    processor: {
      ...processor,
      createRenderer: async (shared) => (building ? new RenderPool({ contentDir, base, shared: cloneable(shared) }) : processor.createRenderer(shared)),
    },
    integration: {
      name: 'markdown-workers',
      hooks: {
        'astro:config:setup': ({ command }) => {
          building = command === 'build';
        },
      },
    },
  };
}

/** A request waiting for its worker's answer. */
interface Waiting {
  resolve: (result: MarkdownRenderResult) => void;
  reject: (error: Error) => void;
}

/** A worker and the requests it has in hand, by id. */
interface Slot {
  worker: Worker;
  waiting: Map<number, Waiting>;
}

class RenderPool implements MarkdownRenderer {
  private readonly size = Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(private readonly setup: WorkerSetup) {}

  render: MarkdownRenderer['render'] = (content, opts) => {
    clearTimeout(this.idle);
    const id = this.nextId++;
    const slot = this.leastBusy();
    slot.worker.ref();
    const request: RenderRequest = { id, content, fileURL: opts?.fileURL?.href, frontmatter: opts?.frontmatter };
    return new Promise<MarkdownRenderResult>((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      slot.worker.postMessage(request);
    }).finally(() => {
      if (slot.waiting.size === 0) slot.worker.unref();
      if (this.slots.every((each) => each.waiting.size === 0)) this.endWhenIdle();
    });
  };

  /** The worker with the fewest requests in hand, a new one while there are fewer than `size`. */
  private leastBusy(): Slot {
    const free = this.slots.find((slot) => slot.waiting.size === 0);
    if (free) return free;
    if (this.slots.length < this.size) return this.start();
    return this.slots.reduce((least, slot) => (slot.waiting.size < least.waiting.size ? slot : least));
  }

  private start(): Slot {
    const worker = new Worker(new URL('./markdown-worker.ts', import.meta.url), { workerData: this.setup });
    const slot: Slot = { worker, waiting: new Map() };
    worker.on('message', (answer: RenderAnswer) => {
      const waiting = slot.waiting.get(answer.id);
      if (!waiting) return;
      slot.waiting.delete(answer.id);
      if ('result' in answer) waiting.resolve(answer.result);
      else waiting.reject(Object.assign(new Error(answer.error.message), { stack: answer.error.stack }));
    });
    // A worker that fails or stops fails what it had in hand (Astro then reports those files and
    // the build fails); the next file starts a new worker. Nothing is left waiting for ever.
    const end = (error: Error) => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      for (const [id, waiting] of slot.waiting) {
        slot.waiting.delete(id);
        waiting.reject(error);
      }
    };
    worker.on('error', end);
    worker.on('exit', (code) => end(new Error(`The Markdown worker thread stopped (exit code ${code}) before it answered.`)));
    this.slots.push(slot);
    return slot;
  }

  /** Ends the workers once none has had anything to do for IDLE_MS. */
  private endWhenIdle() {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      for (const { worker } of this.slots.splice(0)) void worker.terminate();
    }, IDLE_MS);
    this.idle.unref();
  }
}

/**
 * The shared Markdown options as a worker can receive them: plain data (Astro's image settings
 * may hold values that cannot be copied to another thread, and the worker's processor reads only
 * the plain ones).
 */
function cloneable(shared: AstroMarkdownOptions): AstroMarkdownOptions {
  try {
    return structuredClone(shared);
  } catch {
    return JSON.parse(JSON.stringify(shared)) as AstroMarkdownOptions;
  }
}
