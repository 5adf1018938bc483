/**
 * The batch protocol a page's text crosses to the background: names come back at once; a figure whose frame reads
 * the page's date, subject or text before comes back in `retry`, and with its context it reads as when annotated
 * directly with that context.
 */
import { describe, expect, it } from 'vitest';
import { annotateBatch } from './batch.ts';
import { curatedAnnotator } from './testdata/curated-annotator.ts';

const annotator = curatedAnnotator();
const NAMES = 'Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Lào Sonexay Siphandone tại Viêng Chăn.';
const FIGURE = 'Năm nay, kim ngạch thương mại hai nước đạt hơn 1,7 tỷ USD.';

describe('annotateBatch', () => {
  it('answers a piece of names at once, as the annotator does', () => {
    const answer = annotateBatch(annotator, [{ text: NAMES }]);
    expect(answer.retry).toEqual([]);
    expect(answer.mentions[0]).toEqual(annotator.annotate(NAMES));
    expect(answer.mentions[0]?.map((mention) => mention.entity.id)).toContain('pham-minh-chinh');
  });

  it('sends back a figure that needs the page, and reads it with the context as the annotator does', () => {
    const first = annotateBatch(annotator, [{ text: NAMES }, { text: FIGURE }]);
    expect(first.retry).toEqual([1]);
    expect(first.mentions[1]).toEqual([]);

    const context = { date: '2022-12-30', subjectText: 'Việt Nam - Lào: quan hệ đặc biệt' };
    const again = annotateBatch(annotator, [{ text: FIGURE, before: '' }], context);
    expect(again.retry).toEqual([]);
    const direct = annotator.annotate(FIGURE, {
      date: context.date,
      subject: annotator.subjectOf(context.subjectText),
      before: () => '',
    });
    expect(again.mentions[0]).toEqual(direct);
    const figure = again.mentions[0]?.find((mention) => mention.kind === 'figure')?.figure;
    expect(figure).toMatchObject({ metric: expect.any(String), period: '2022' });
  });

  it('reads a figure without a date as undated when the page gives none', () => {
    const again = annotateBatch(annotator, [{ text: FIGURE }], { subjectText: 'Việt Nam - Lào' });
    expect(again.retry).toEqual([]);
    const figure = again.mentions[0]?.find((mention) => mention.kind === 'figure')?.figure;
    expect(figure?.period ?? null).not.toBe('2022');
  });

  it('reads each piece sent again with its own text before and the page context they share', () => {
    const FOLLOW = 'Kim ngạch thương mại hai nước năm 2024 đạt 2,2 tỷ USD.';
    const page = { date: '2025-01-10', subjectText: 'Tin tức' };
    const befores = ['Việt Nam và Lào ký kết hiệp định.', 'Việt Nam và Campuchia ký kết hiệp định.'];
    const again = annotateBatch(
      annotator,
      befores.map((before) => ({ text: FOLLOW, before })),
      page,
    );
    befores.forEach((before, index) => {
      const direct = annotator.annotate(FOLLOW, {
        date: page.date,
        subject: annotator.subjectOf(page.subjectText),
        before: () => before,
      });
      expect(again.mentions[index]).toEqual(direct);
    });
  });
});
