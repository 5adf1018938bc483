import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Mention } from '../../shared/text/annotate.ts';
import { sentenceAround } from '../../shared/text/sentence.ts';
import { NotebookReporter, sentenceOf } from './notebook-report.ts';
import type { PageMentionRecord } from './page-annotator.ts';

afterEach(() => {
  vi.useRealTimers();
  fakeBrowser.reset();
  document.body.innerHTML = '';
});

const around = (text: string, figure: string) => {
  const start = text.indexOf(figure);
  return sentenceAround(text, start, start + figure.length);
};

describe("a figure's sentence", () => {
  it('runs from the end of the sentence before to the end of its own, decimal commas and dots kept', () => {
    const text =
      'Hai nước hợp tác tốt. Năm 2024, kim ngạch thương mại Việt - Lào đạt 2,2 tỷ USD, tăng 12%. Năm 2023 đạt 1.500 triệu USD.';
    expect(around(text, '2,2 tỷ USD')).toBe('Năm 2024, kim ngạch thương mại Việt - Lào đạt 2,2 tỷ USD, tăng 12%.');
    expect(around(text, '1.500 triệu USD')).toBe('Năm 2023 đạt 1.500 triệu USD.');
  });

  it('stops at line breaks and collapses spaces', () => {
    expect(around('Tiêu đề\nKim  ngạch   đạt 2 tỷ USD\nDòng sau', '2 tỷ USD')).toBe('Kim ngạch đạt 2 tỷ USD');
  });

  it('is read from the page across inline elements', () => {
    document.body.innerHTML =
      '<p id="p">Mở đầu. Năm 2024, kim ngạch <b>thương mại</b> đạt <span id="n">khoảng 1,74 tỷ USD</span>. Hết.</p>';
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('n') as Element);
    expect(sentenceOf({ range, block: document.getElementById('p') as Element })).toBe(
      'Năm 2024, kim ngạch thương mại đạt khoảng 1,74 tỷ USD.',
    );
  });
});

function record(text: string, metric: string | null, block: Element): PageMentionRecord {
  const node = block.firstChild as Text;
  const start = (node.data ?? '').indexOf(text);
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(node, start + text.length);
  const mention: Mention = {
    start,
    end: start + text.length,
    text,
    kind: 'figure',
    entity: { id: metric ?? 'figure', name: 'x' },
    figure: { value: 2.2e9, unit: 'USD', metric, period: '2024', role: 'result', facts: [] },
  };
  return { mention, range, block };
}

describe('the notebook reporter', () => {
  it('sends the figures with a metric once, in one message after the pass, with the title and date', async () => {
    // The page's idle time comes when the test says: no waiting on the wall clock.
    vi.useFakeTimers();
    document.body.innerHTML = '<p>Năm 2024, kim ngạch đạt 2,2 tỷ USD. Vốn 3 tỷ USD.</p>';
    const block = document.querySelector('p') as Element;
    const records = [record('2,2 tỷ USD', 'thuong-mai-viet-nam-lao', block), record('3 tỷ USD', null, block)];
    const messages: unknown[] = [];
    fakeBrowser.runtime.onMessage.addListener((message: unknown) => {
      messages.push(message);
      return Promise.resolve({ result: { ok: true, added: 1 } });
    });
    let passes = 0;
    const reporter = new NotebookReporter(
      {
        figures: () => records,
        whenRead: async () => {
          passes += 1;
        },
      },
      () => ({ title: '  Bài báo ', date: '2025-03-05' }),
    );
    reporter.schedule();
    reporter.schedule();
    await vi.runAllTimersAsync();
    expect(passes).toBe(1);
    expect(messages).toEqual([
      {
        type: 'notebook-record',
        title: 'Bài báo',
        date: '2025-03-05',
        figures: [
          {
            text: '2,2 tỷ USD',
            sentence: 'Năm 2024, kim ngạch đạt 2,2 tỷ USD.',
            value: 2.2e9,
            unit: 'USD',
            metric: 'thuong-mai-viet-nam-lao',
            period: '2024',
            role: 'result',
          },
        ],
      },
    ]);
    // A later pass sends only what is new: nothing here.
    reporter.schedule();
    await vi.runAllTimersAsync();
    expect(messages).toHaveLength(1);
  });
});
