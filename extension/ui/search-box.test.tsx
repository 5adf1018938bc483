/** The search box as a reader uses it: typing answers at once, the keyboard drives the listbox, Escape clears. */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { curatedFactBase } from '../../shared/factbase/data/index.ts';
import { createSearchIndex } from '../../shared/search/search-index.ts';
import { SearchBox } from './search-box.tsx';

const index = createSearchIndex(curatedFactBase.entities);

afterEach(cleanup);

const input = () => screen.getByRole('combobox') as HTMLInputElement;
const type = (text: string) => fireEvent.input(input(), { target: { value: text } });
const press = (key: string) => fireEvent.keyDown(input(), { key });
const options = () => screen.queryAllByRole('option');
/** The option the input points at (aria-activedescendant), by its entity id. */
const active = () => document.getElementById(input().getAttribute('aria-activedescendant') ?? '')?.dataset.entity;

describe('the search box', () => {
  it('answers as the reader types, without diacritics, the best match first and announced', () => {
    render(<SearchBox index={index} onChoose={() => undefined} />);
    expect(options()).toHaveLength(0);
    expect(input().getAttribute('aria-expanded')).toBe('false');
    type('to lam');
    expect(options()[0]?.dataset.entity).toBe('to-lam');
    expect(options()[0]?.getAttribute('aria-selected')).toBe('true');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(active()).toBe('to-lam');
    expect(screen.getByTestId('search-count').textContent).toBe(`${options().length} kết quả`);
    type('pham minh chinh');
    expect(options()[0]?.dataset.entity).toBe('pham-minh-chinh');
  });

  it('groups results under their kind', () => {
    render(<SearchBox index={index} onChoose={() => undefined} />);
    type('lao');
    const groups = screen.getAllByRole('group');
    expect(groups.length).toBeGreaterThan(1);
    for (const group of groups) {
      const kinds = new Set([...group.querySelectorAll('[role="option"]')].map((option) => option.className));
      expect(kinds.size).toBe(1);
    }
  });

  it('moves through the results with the arrow keys, wrapping, and opens the active one with Enter', () => {
    const onChoose = vi.fn();
    render(<SearchBox index={index} onChoose={onChoose} />);
    type('lao');
    const ids = options().map((option) => option.dataset.entity);
    expect(ids.length).toBeGreaterThan(2);
    press('ArrowDown');
    press('ArrowDown');
    expect(active()).toBe(ids[2]);
    press('ArrowUp');
    expect(active()).toBe(ids[1]);
    press('ArrowUp');
    press('ArrowUp');
    expect(active()).toBe(ids.at(-1));
    press('Enter');
    expect(onChoose).toHaveBeenCalledTimes(1);
    expect(onChoose.mock.calls[0]?.[0].id).toBe(ids.at(-1));
  });

  it('opens a result on a click', () => {
    const onChoose = vi.fn();
    render(<SearchBox index={index} onChoose={onChoose} />);
    type('sonexay');
    fireEvent.click(options()[0] as HTMLElement);
    expect(onChoose.mock.calls[0]?.[0].id).toBe('sonexay-siphandone');
  });

  it('clears the query with Escape, and only an empty box passes Escape on', () => {
    const onEscape = vi.fn();
    render(<SearchBox index={index} onChoose={() => undefined} onEscape={onEscape} />);
    type('to lam');
    press('Escape');
    expect(input().value).toBe('');
    expect(options()).toHaveLength(0);
    expect(onEscape).not.toHaveBeenCalled();
    press('Escape');
    expect(onEscape).toHaveBeenCalledTimes(1);
  });

  it('says when nothing is found, and Enter then opens nothing', () => {
    const onChoose = vi.fn();
    render(<SearchBox index={index} onChoose={onChoose} />);
    type('zzqxj');
    expect(screen.getByText('Không tìm thấy “zzqxj”.')).toBeTruthy();
    expect(screen.getByTestId('search-count').textContent).toBe('0 kết quả');
    press('ArrowDown');
    press('Enter');
    expect(onChoose).not.toHaveBeenCalled();
  });

  it('says the fact base is loading until it has an index, and takes focus when asked', () => {
    render(<SearchBox onChoose={() => undefined} autoFocus />);
    expect(screen.getByText('Đang tải cơ sở dữ kiện…')).toBeTruthy();
    expect(document.activeElement).toBe(input());
    type('to lam');
    expect(options()).toHaveLength(0);
  });
});
