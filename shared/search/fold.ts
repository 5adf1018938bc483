/**
 * Search folding: the one form in which the search index (and the database's alias lookup) compares text.
 *
 * `fold` maps every way a reader may type a name to one key: shared/text's bare form (every mark removed, so the
 * tone-mark placements `oà`/`òa`, `uỷ`/`ủy` fold alike; `đ`/`Đ` to `d`; i/y variants alike; lower case), then
 * every run of anything that is not a-z or 0-9 (spaces, dashes, `&`, punctuation) to one space.
 *
 *   fold('Bộ Kế hoạch và Đầu tư')   === 'bo ke hoach va dau tu'
 *   fold('Ủy ban  nhân dân')        === 'uy ban nhan dan'
 *   fold('KH&ĐT')                   === 'kh dt'
 *   fold('Xổm-xạy')                 === 'xom xay'
 *
 * `compact` drops the spaces too, so spellings that differ only in spacing or hyphens meet:
 * compact('Sone-xay') === compact('Sonexay') === 'sonexay'.
 *
 * This is deliberately lossy (it is for finding, not for highlighting): the highlighting normaliser in
 * shared/text/ keeps offsets and word boundaries, this one does not. Cost: one pass per call; the index folds
 * every name once when it is built, never per keystroke.
 */
import { bareFold } from '../text/normalize.ts';

export function fold(text: string): string {
  return bareFold(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** `fold` without the spaces: `compact('KH&ĐT') === 'khdt'`. */
export function compact(text: string): string {
  return fold(text).replace(/ /g, '');
}
