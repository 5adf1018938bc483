/** The side panel's timeline dates each event by itself, never by the article that mentions it. */
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { LookupService } from './lookup.ts';

const lookup = new LookupService(bundledFactBase);
const timelineOf = (id: string) => lookup.record(id)?.timeline ?? [];

describe('the timeline', () => {
  it('dates the Lao party congresses by themselves, not by the 7/2024 article that names them', () => {
    const items = timelineOf('dang-nhan-dan-cach-mang-lao');
    const xi = items.find((item) => item.id === 'dai-hoi-xi-dang-nhan-dan-cach-mang-lao');
    const xii = items.find((item) => item.id === 'dai-hoi-xii-dang-nhan-dan-cach-mang-lao');
    expect(xi).toMatchObject({ date: '2021-01-13', end: '2021-01-15' });
    expect(xii).toMatchObject({ date: '2026-01-06', end: '2026-01-08' });
    expect(items.map((item) => item.id).indexOf(xi?.id ?? '')).toBeLessThan(
      items.map((item) => item.id).indexOf(xii?.id ?? ''),
    );
  });

  it('gives every event of the base its own date except a recurring meeting, which goes last, undated', () => {
    const events = bundledFactBase.entities.filter((entity) => entity.kind === 'event');
    expect(events.filter((event) => !event.when).map((event) => event.id)).toEqual([
      'cuoc-gap-thuong-nien-hai-bo-chinh-tri-viet-nam-lao',
    ]);
    const items = timelineOf('cuoc-gap-cap-cao-hai-dang-viet-nam-lao-2025');
    expect(items.at(-1)?.id).toBe('cuoc-gap-thuong-nien-hai-bo-chinh-tri-viet-nam-lao');
    expect(items.at(-1)?.date).toBeUndefined();
    expect(items.at(-1)?.mentioned).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('orders dated events by their dates, a month before its days', () => {
    const dates = timelineOf('uy-ban-lien-chinh-phu-viet-nam-lao').flatMap((item) => (item.date ? [item.date] : []));
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2023-01-11', '2024-01', '2025-12-03']));
  });
});
