/**
 * What the content script tells the reading notebook (shared/notebook/readings.ts): after a pass, in the page's
 * idle time, its figures with a metric — the number as written, its frame and the sentence it stands in — each
 * once, in small batched messages. The background takes the page's address from the sender, not from here.
 */
import type { ReadFigure } from '../../shared/notebook/readings.ts';
import { sentenceAround } from '../../shared/text/sentence.ts';
import { sendToBackground } from '../messaging/protocol.ts';
import type { PageMentionRecord } from './page-annotator.ts';

/** Figures per message (the background accepts up to 500). */
const BATCH = 200;
/** Idle time is used in slices of this long at most: recording never makes a long task. */
const SLICE_MS = 8;

/** A figure record's sentence: as read with its run, or else from its block's text. */
export function sentenceOf({
  range,
  block,
  sentence,
}: Pick<PageMentionRecord, 'range' | 'block' | 'sentence'>): string {
  if (sentence !== undefined) return sentence;
  const before = block.ownerDocument.createRange();
  before.selectNodeContents(block);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return sentenceAround(block.textContent ?? '', start, start + range.toString().length);
}

/** A record as the notebook reads it, if it is a figure with a metric. */
export function readFigure(record: PageMentionRecord): ReadFigure | undefined {
  const figure = record.mention.figure;
  if (record.mention.kind !== 'figure' || !figure?.metric) return undefined;
  return {
    text: record.mention.text.slice(0, 200),
    sentence: sentenceOf(record).slice(0, 2000),
    value: figure.value,
    ...(figure.valueMax !== undefined ? { valueMax: figure.valueMax } : {}),
    unit: figure.unit,
    metric: figure.metric,
    period: figure.period ?? '',
    role: figure.role,
    ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
  };
}

/** A figure the page has since changed under (its range no longer in its block) is skipped. */
function readOrSkip(record: PageMentionRecord): ReadFigure | undefined {
  try {
    return readFigure(record);
  } catch {
    return undefined;
  }
}

type IdleCallback = (deadline: { timeRemaining(): number }) => void;
const whenIdle = (callback: IdleCallback) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(callback, { timeout: 2000 })
    : setTimeout(() => callback({ timeRemaining: () => SLICE_MS }), 50);

export interface NotebookSource {
  figures(): PageMentionRecord[];
  /** Resolves when the passes are done (what they found need not be drawn yet). */
  whenRead(): Promise<void>;
}

/** Reports a page's figures once its passes are done; `schedule()` after each draw, `stop()` when the page stops. */
export class NotebookReporter {
  private readonly sent = new Set<PageMentionRecord>();
  private pending = false;
  private stopped = false;

  constructor(
    private readonly source: NotebookSource,
    private readonly page: () => { title: string; date?: string },
  ) {}

  schedule(): void {
    if (this.pending || this.stopped) return;
    this.pending = true;
    void this.source.whenRead().then(() => whenIdle((deadline) => this.collect(deadline, [], undefined)));
  }

  stop(): void {
    this.stopped = true;
  }

  /** Reads figures in idle slices; sends them when all are read. `todo` is computed once, on the first slice. */
  private collect(deadline: { timeRemaining(): number }, read: ReadFigure[], todo: PageMentionRecord[] | undefined) {
    if (this.stopped) return;
    try {
      // A draw from here on schedules another report, which sends what this one did not see.
      this.pending = false;
      const queue = todo ?? this.source.figures().filter((record) => !this.sent.has(record));
      const started = performance.now();
      while (queue.length > 0 && performance.now() - started < Math.min(SLICE_MS, deadline.timeRemaining() + 1)) {
        const record = queue.pop() as PageMentionRecord;
        this.sent.add(record);
        const figure = readOrSkip(record);
        if (figure) read.push(figure);
      }
      if (queue.length > 0) {
        whenIdle((next) => this.collect(next, read, queue));
        return;
      }
      const { title, date } = this.page();
      for (let i = 0; i < read.length; i += BATCH) {
        const figures = read.slice(i, i + BATCH);
        void sendToBackground({
          type: 'notebook-record',
          title: title.trim().slice(0, 500),
          ...(date ? { date } : {}),
          figures,
        }).catch(() => undefined);
      }
    } catch (error) {
      console.warn('[Mekong Lens] recording the page’s figures', error);
    }
  }
}
