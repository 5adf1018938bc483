/**
 * An entity's record in the side panel, as a reader uses it: the pin and the note reach the background through
 * the real message helper (a fake background at the browser's message boundary), the note a moment after typing
 * stops or on leaving the box; the timeline and related entities open other records.
 */
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { LookupService } from '../background/lookup.ts';
import type { LookupRecord } from '../messaging/protocol.ts';
import { fakeBackground } from '../testing/fake-background.ts';
import { RecordView } from './record.tsx';

const lookup = new LookupService(bundledFactBase);
const recordOf = (id: string): LookupRecord => ({ ...(lookup.record(id) as LookupRecord), pinned: false });

/** The side panel's part: it keeps the record the view hands back. */
function Panel({ id, onOpenEntity = () => undefined }: { id: string; onOpenEntity?: (id: string) => void }) {
  const [record, setRecord] = useState(recordOf(id));
  return <RecordView record={record} onChange={setRecord} onOpenEntity={onOpenEntity} focusOnOpen />;
}

/** What the background keeps: the notes and pins it was asked to keep. */
let notes: Map<string, string>;
let pins: Set<string>;
let requests: ReturnType<typeof fakeBackground>;

beforeEach(() => {
  notes = new Map();
  pins = new Set();
  requests = fakeBackground({
    'set-pin': ({ entityId, pinned }) => {
      if (pinned) pins.add(entityId);
      else pins.delete(entityId);
      return { pinned };
    },
    'set-note': ({ entityId, text }) => {
      notes.set(entityId, text);
      return { ok: true, note: { text, updatedAt: 1 } };
    },
  });
});

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  fakeBrowser.reset();
});

const noteBox = () => screen.getByRole('textbox', { name: /Ghi chú của bạn/ }) as HTMLTextAreaElement;

describe('the record', () => {
  it('shows the entity’s name, kind and sections, and moves focus to its name when it opens', () => {
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    render(<Panel id="to-lam" />);
    const name = screen.getByRole('heading', { level: 2 });
    expect(name.textContent).toBe('Tô Lâm');
    expect(document.activeElement).toBe(name);
    const sections = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(sections).toContain('Chức vụ qua thời gian');
    expect(sections.some((title) => title?.startsWith('Dữ kiện · '))).toBe(true);
  });

  it('pins and unpins through the background, the button saying which', async () => {
    render(<Panel id="to-lam" />);
    const pin = screen.getByRole('button', { name: /Ghim/ });
    expect(pin.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(pin);
    await waitFor(() => expect(pin.getAttribute('aria-pressed')).toBe('true'));
    expect(pins).toEqual(new Set(['to-lam']));
    expect(pin.textContent).toBe('★ Đã ghim');
    fireEvent.click(pin);
    await waitFor(() => expect(pin.getAttribute('aria-pressed')).toBe('false'));
    expect(pins).toEqual(new Set());
  });

  it('saves the note once, a moment after typing stops, and says so', async () => {
    vi.useFakeTimers();
    render(<Panel id="to-lam" />);
    fireEvent.input(noteBox(), { target: { value: 'Gặp' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300);
    });
    fireEvent.input(noteBox(), { target: { value: 'Gặp ở Viêng Chăn' } });
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300);
    });
    expect(requests.filter((request) => request.type === 'set-note')).toHaveLength(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(300);
    });
    expect(requests.filter((request) => request.type === 'set-note')).toEqual([
      { type: 'set-note', entityId: 'to-lam', text: 'Gặp ở Viêng Chăn' },
    ]);
    expect(notes.get('to-lam')).toBe('Gặp ở Viêng Chăn');
    expect(screen.getByText('Đã lưu')).toBeTruthy();
  });

  it('saves the note on leaving the box at once, and not again when nothing changed', async () => {
    vi.useFakeTimers();
    render(<Panel id="to-lam" />);
    fireEvent.input(noteBox(), { target: { value: 'Tổng Bí thư' } });
    await act(async () => {
      fireEvent.blur(noteBox());
    });
    expect(notes.get('to-lam')).toBe('Tổng Bí thư');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(2000);
    });
    await act(async () => {
      fireEvent.blur(noteBox());
    });
    expect(requests.filter((request) => request.type === 'set-note')).toHaveLength(1);
  });

  it('opens a related entity and an event of its timeline', () => {
    const onOpenEntity = vi.fn();
    const record = recordOf('dang-nhan-dan-cach-mang-lao');
    render(<Panel id="dang-nhan-dan-cach-mang-lao" onOpenEntity={onOpenEntity} />);
    const event = record.timeline.find((item) => !item.self);
    const related = record.entity.related[0];
    expect(event && related).toBeTruthy();
    fireEvent.click(
      screen.getAllByRole('button', { name: event?.name }).find((b) => b.closest('.ml-timeline')) as HTMLElement,
    );
    fireEvent.click(
      screen.getAllByRole('button', { name: related?.name }).find((b) => b.closest('.ml-related')) as HTMLElement,
    );
    expect(onOpenEntity.mock.calls).toEqual([[event?.id], [related?.id]]);
  });
});
