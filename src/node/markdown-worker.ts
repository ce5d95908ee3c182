// A worker process of parallel-markdown.ts: renders levels' Markdown with the build's own
// processor, one request at a time, and answers with the result or the error.
import { unified, type AstroMarkdownOptions, type MarkdownRenderer, type MarkdownRenderResult } from '@astrojs/markdown-remark';
import { levelMarkdownOptions } from './level-markdown.ts';

/** What the pool sends when it starts a worker. */
export interface WorkerSetup {
  contentDir: string;
  base: string;
  shared: AstroMarkdownOptions;
}

/** One level to render. */
export interface RenderRequest {
  id: number;
  content: string;
  fileURL: string | undefined;
  frontmatter: Record<string, unknown> | undefined;
}

/** The answer to a RenderRequest. */
export type RenderAnswer = { id: number; result: MarkdownRenderResult } | { id: number; error: { message: string; stack: string | undefined } };

let renderer: Promise<MarkdownRenderer> | undefined;

// The first message is the setup, every other one a level to render.
process.on('message', async (message: WorkerSetup | RenderRequest) => {
  if (!('id' in message)) {
    renderer = unified(levelMarkdownOptions(message.contentDir, message.base)).createRenderer(message.shared);
    return;
  }
  const { id, content, fileURL, frontmatter } = message;
  let answer: RenderAnswer;
  try {
    const result = await (await renderer!).render(content, { ...(fileURL ? { fileURL: new URL(fileURL) } : {}), ...(frontmatter ? { frontmatter } : {}) });
    answer = { id, result };
  } catch (error) {
    const { message, stack } = error instanceof Error ? error : new Error(String(error));
    answer = { id, error: { message, stack } };
  }
  process.send!(answer);
});
