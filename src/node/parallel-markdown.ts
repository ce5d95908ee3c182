import type { AstroIntegration } from 'astro';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { fork, type ChildProcess } from 'node:child_process';
import { unified, type AstroMarkdownOptions, type MarkdownProcessor, type MarkdownRenderer, type MarkdownRenderResult, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import { levelMarkdownOptions } from './level-markdown.ts';
import type { RenderAnswer, RenderRequest, WorkerSetup } from './markdown-worker.ts';

/** At most this many worker processes: beyond it the main thread, feeding them, is the limit. */
const MAX_WORKERS = 4;
/**
 * Workers with nothing to do for this long end, so their memory is free before Astro writes its
 * content store (the build's first peak). Astro's loader asks for the next file within
 * milliseconds of an answer, so this ends them only once the content is all rendered.
 */
const IDLE_MS = 100;

/**
 * Astro's `unified()` processor with the level options (level-markdown.ts), whose Markdown files
 * render in worker processes, one per core, in `astro build`: Markdown is a third of a large
 * ladder's build, and Astro renders the files of a collection several at a time but all on one
 * thread. Processes rather than worker threads: a worker thread shares the build's V8 options,
 * whose small young generation (package.json, for the memory budget) made Markdown a third slower
 * (a 2,000-level ladder's content sync took 8.5 s; in processes 6 s), and a process hands all its
 * memory back when it ends. The output is the processor's own (each worker runs it); MDX levels still render
 * through `unified()` as compiled code. Workers start as the build starts, so they have loaded the
 * plugins by the first file (in a build whose files are all cached they end with it, unused). The dev server renders one edited file at a time, where
 * starting a worker would only delay the reload: it renders in process, as `unified()` does.
 * The integration tells the processor which command runs (Astro creates the renderer after it).
 */
export function parallelMarkdown(contentDir: string, base: string): { processor: MarkdownProcessor<UnifiedResolvedOptions>; integration: AstroIntegration } {
  const processor = unified(levelMarkdownOptions(contentDir, base));
  let building = false;
  // Started while Astro is still starting (checking the content, loading its config): a worker
  // takes half a second to load the Markdown plugins, which the first files waited for.
  const spares: ChildProcess[] = [];
  return {
    processor: {
      ...processor,
      createRenderer: async (shared) => (building ? new RenderPool({ contentDir, base, shared: cloneable(shared) }, spares) : processor.createRenderer(shared)),
    },
    integration: {
      name: 'markdown-workers',
      hooks: {
        'astro:config:setup': ({ command }) => {
          building = command === 'build';
          if (building && spares.length === 0) spares.push(...Array.from({ length: workerCount() }, startWorker));
        },
      },
    },
  };
}

/** How many worker processes render at once: one per core, within MAX_WORKERS. */
function workerCount(): number {
  return Math.max(1, Math.min(MAX_WORKERS, availableParallelism()));
}

/**
 * A worker process, idle until it is sent its setup. Without the build's Node options (see
 * above); messages structured-cloned, as between threads. It never keeps the build running by
 * itself, and ends with it.
 */
function startWorker(): ChildProcess {
  const worker = fork(fileURLToPath(new URL('./markdown-worker.ts', import.meta.url)), [], { execArgv: [], serialization: 'advanced' });
  hold(worker, false);
  return worker;
}

/** A request waiting for its worker's answer. */
interface Waiting {
  resolve: (result: MarkdownRenderResult) => void;
  reject: (error: Error) => void;
}

/** A worker process and the requests it has in hand, by id. */
interface Slot {
  worker: ChildProcess;
  waiting: Map<number, Waiting>;
}

class RenderPool implements MarkdownRenderer {
  private readonly size = workerCount();
  private readonly slots: Slot[] = [];
  private nextId = 0;
  private idle: NodeJS.Timeout | undefined;

  /** `spares`: workers started ahead, taken before any new one is started. */
  constructor(
    private readonly setup: WorkerSetup,
    private readonly spares: ChildProcess[] = [],
  ) {}

  render: MarkdownRenderer['render'] = (content, opts) => {
    clearTimeout(this.idle);
    const id = this.nextId++;
    const slot = this.leastBusy();
    hold(slot.worker, true);
    const request: RenderRequest = { id, content, fileURL: opts?.fileURL?.href, frontmatter: opts?.frontmatter };
    return new Promise<MarkdownRenderResult>((resolve, reject) => {
      slot.waiting.set(id, { resolve, reject });
      slot.worker.send(request);
    }).finally(() => {
      if (slot.waiting.size === 0) hold(slot.worker, false);
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
    // A spare that has stopped meanwhile is left: its end would not be seen.
    let worker = this.spares.shift();
    while (worker && (!worker.connected || worker.exitCode !== null || worker.signalCode !== null)) worker = this.spares.shift();
    worker ??= startWorker();
    worker.send(this.setup);
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
    worker.on('exit', (code, signal) => end(new Error(`The Markdown worker process stopped (${signal ?? `exit code ${code}`}) before it answered.`)));
    this.slots.push(slot);
    return slot;
  }

  /** Ends the workers once none has had anything to do for IDLE_MS. */
  private endWhenIdle() {
    clearTimeout(this.idle);
    this.idle = setTimeout(() => {
      for (const { worker } of this.slots.splice(0)) worker.kill();
    }, IDLE_MS);
    this.idle.unref();
  }
}

/** Whether a worker process keeps the build running: only while it has requests in hand. */
function hold(worker: ChildProcess, busy: boolean): void {
  if (busy) {
    worker.ref();
    worker.channel?.ref();
  } else {
    worker.unref();
    worker.channel?.unref();
  }
}

/**
 * The shared Markdown options as a worker can receive them: plain data (Astro's image settings
 * may hold values that cannot be copied to another process, and the worker's processor reads only
 * the plain ones).
 */
function cloneable(shared: AstroMarkdownOptions): AstroMarkdownOptions {
  try {
    return structuredClone(shared);
  } catch {
    return JSON.parse(JSON.stringify(shared)) as AstroMarkdownOptions;
  }
}
