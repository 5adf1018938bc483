/**
 * Credits are not mentions: a name inside a photo credit ("(Ảnh: THÀNH DUY)", "Ảnh: VGP/Nhật Bắc"), a source tag
 * standing alone ("Theo TTXVN", "(Theo VGP)"), a dateline ("TPO - Chiều 1/12 …", "Viêng Chăn (TTXVN) – …") or a masthead
 * (a body's name in capitals alone on its line)
 * names who made or sent the text, not what it is about. Read from the line around the name; the labels are data
 * (`CREDIT_LABELS` in vietnamese.ts).
 */
import { CREDIT_LABELS, SOURCE_TAG_MAX } from './vietnamese.ts';

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const labels = [...CREDIT_LABELS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
/** Before the name on its line: a credit label and a colon, then at most a few names, slashes and commas. */
const AFTER_LABEL = new RegExp(`(?:^|[\\s(\\[])(?:${labels})\\s*:\\s*[^.!?;:()\\n]{0,60}$`, 'iu');
/** Before the name: "Theo" opening a line, a bracket or a last sentence ("… Vũng Áng. Theo TTXVN"). */
const THEO = /(?:^|\(|[.!?…]\s)\s*Theo\s+$/u;
/** A source tag in brackets: "(TTXVN)", "(TTXVN/Vietnam+)", "(Theo VGP)" — capitalised words and slashes only. */
const TAG_BEFORE = /\((?:\s*(?:Theo\s+)?[\p{Lu}\d][^()\s]*\s*[/,]\s*)*\s*(?:Theo\s+)?$/u;
const TAG_AFTER = /^(?:\s*[/,]\s*[\p{Lu}\d][^()\s]*)*\s*\)/u;
/** Before a dateline's name: nothing, or a capitalised place and an opening bracket ("Viêng Chăn ("). */
const DATELINE_BEFORE = /^\s*(?:\(|(?:\p{Lu}[\p{L}.]*\s*){1,4}\(\s*)?$/u;
/** After a dateline's name: an optional closing bracket or "(AGENCY)", then a spaced dash and the story. */
const DATELINE_AFTER = /^\s*\)?\s*(?:\([^()\n]{1,30}\)\s*)?[-–—]\s+\S/u;

const WINDOW = 160;

/** "Theo phóng viên TTXVN tại Lào, …", "Theo đặc phái viên TTXVN": a reporter's agency, whatever follows. */
const REPORTER = /(?:^|[\s(])[Tt]heo\s+(?:phóng viên|đặc phái viên|PV|nhóm PV|nhóm phóng viên|cơ quan thường trú)\s+$/u;
/** "…, theo TTXVN." closing a sentence. */
const THEO_CLOSING = /,\s*theo\s+$/u;

/**
 * Whether the name at [start, end) of `text` sits in a credit. `organization` says whether it names a body: only
 * an agency or an outlet is a bracketed source tag ("(TTXVN)"); a place in brackets is a place ("(Hà Tĩnh)").
 */
export function isCredit(text: string, start: number, end: number, organization = true): boolean {
  // Only a window around the name is read: a credit is short, and a 100 KB line must not cost 100 KB a name.
  // Each rule runs its regular expression only when a cheap test (a colon, "heo", a bracket) says it may apply:
  // most names sit in prose, and the end-anchored patterns would otherwise try every start in the window.
  const lineStart = Math.max(text.lastIndexOf('\n', start - 1) + 1, start - WINDOW);
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0 || lineEnd > end + WINDOW) lineEnd = Math.min(text.length, end + WINDOW);
  const before = text.slice(Math.max(lineStart, start - 80), start);
  if (before.includes(':') && AFTER_LABEL.test(before)) return true;
  const rest = text.slice(end, lineEnd);
  if (/heo\s/i.test(before)) {
    if (REPORTER.test(before)) return true;
    if (THEO_CLOSING.test(before) && /^\s*[.)]/.test(rest)) return true;
    if (THEO.test(text.slice(lineStart, start))) {
      const line = text.slice(lineStart, lineEnd).trim();
      const bracket = text.lastIndexOf('(', start);
      const closing = text.indexOf(')', end);
      if (line.length <= SOURCE_TAG_MAX || /^\s*\.?\s*$/.test(rest)) return true;
      if (bracket >= lineStart && closing >= 0 && closing - bracket <= SOURCE_TAG_MAX) return true;
    }
  }
  // "(TTXVN)", "(TTXVN/Vietnam+)" closing a paragraph or opening a dateline.
  const tagStart = Math.max(lineStart, start - SOURCE_TAG_MAX);
  if (organization && text.lastIndexOf('(', start) >= tagStart && rest.includes(')')) {
    if (TAG_BEFORE.test(text.slice(tagStart, start))) {
      const after = TAG_AFTER.exec(rest);
      const tail = after ? rest.slice(after[0].length) : '';
      if (after && (/^\s*[.]?\s*$/.test(tail) || /^\s*[-–—]\s/.test(tail))) return true;
    }
  }
  // A masthead: a body's name in capitals standing alone on its line ("BÁO ĐIỆN TỬ CHÍNH PHỦ" above the story).
  if (organization && /^\s*$/.test(text.slice(lineStart, start)) && /^\s*$/.test(rest)) {
    const name = text.slice(start, end);
    if (/\p{Lu}/u.test(name) && !/\p{Ll}/u.test(name) && lineStart === text.lastIndexOf('\n', start - 1) + 1)
      return true;
  }
  if (start - lineStart <= 40 && DATELINE_BEFORE.test(text.slice(lineStart, start))) {
    const after = DATELINE_AFTER.exec(text.slice(end, Math.min(lineEnd, end + 40)));
    // A dateline is a few capitalised words ("VIÊNG CHĂN (TTXVN)"), never a phrase ("Bộ trưởng … - Chủ tịch").
    if (after && !/(?:^|\s)\p{Ll}/u.test(text.slice(lineStart, end + after[0].length - 1))) return true;
  }
  return false;
}
