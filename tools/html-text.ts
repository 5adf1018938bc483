/**
 * The visible text of an HTML document, for the annotate CLI (offsets of an HTML file index this text).
 *
 * The rule, close to what a reader sees (and to `innerText`, without layout):
 * - skipped with everything inside: what the extension does not read either (shared/not-prose.ts: `head`,
 *   `script`, `style`, code, form fields, buttons, embedded content…); comments, doctype, processing instructions;
 * - character references are decoded: named (the common set, below), decimal and hexadecimal;
 * - runs of white space in the source collapse to one space (CSS `white-space: normal`); a no-break space stays
 *   a no-break space (U+00A0);
 * - a block element (`p`, `div`, `h1`–`h6`, `li`, `tr`, `td`, `section`, `article`, …) starts and ends a line, as
 *   does `br`; there is never more than one line break in a row, nor a space at either end of a line.
 * Pure string work, no DOM: it runs in Node, in the tests and in the CLI.
 */

import { NOT_PROSE_TAGS } from '../shared/not-prose.ts';

/** Not prose, with an end tag that may be left out: their text, up to the next tag, is skipped. */
const OPTIONAL_END = new Set(['option', 'rt', 'rp']);
/** Not prose, void: no text, no end tag. */
const NO_END_TAG = new Set([...OPTIONAL_END, 'input', 'embed', 'frame']);
/** Not prose: skipped, everything inside, up to the end tag. */
const SKIPPED = new Set([...NOT_PROSE_TAGS].filter((tag) => !NO_END_TAG.has(tag)));

const BLOCKS = new Set(
  (
    'address article aside blockquote body caption center dd details dialog dir div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li main menu nav ol p pre section summary table tbody td ' +
    'tfoot th thead tr ul legend option'
  ).split(' '),
);

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  ensp: '\u2002',
  emsp: '\u2003',
  thinsp: '\u2009',
  zwnj: '\u200c',
  zwj: '\u200d',
  shy: '\u00ad',
  ndash: '–',
  mdash: '—',
  minus: '−',
  hellip: '…',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  sbquo: '‚',
  ldquo: '“',
  rdquo: '”',
  bdquo: '„',
  middot: '·',
  bull: '•',
  deg: '°',
  times: '×',
  divide: '÷',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  yen: '¥',
  pound: '£',
  cent: '¢',
  sect: '§',
  para: '¶',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  percnt: '%',
  dollar: '$',
  num: '#',
  excl: '!',
  quest: '?',
  comma: ',',
  period: '.',
  colon: ':',
  semi: ';',
  lpar: '(',
  rpar: ')',
  sol: '/',
  Agrave: 'À',
  Aacute: 'Á',
  Acirc: 'Â',
  Atilde: 'Ã',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Igrave: 'Ì',
  Iacute: 'Í',
  Ograve: 'Ò',
  Oacute: 'Ó',
  Ocirc: 'Ô',
  Otilde: 'Õ',
  Ugrave: 'Ù',
  Uacute: 'Ú',
  Yacute: 'Ý',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  atilde: 'ã',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  igrave: 'ì',
  iacute: 'í',
  ograve: 'ò',
  oacute: 'ó',
  ocirc: 'ô',
  otilde: 'õ',
  ugrave: 'ù',
  uacute: 'ú',
  yacute: 'ý',
};

/** Decodes character references in a run of HTML text. */
export function decodeEntities(text: string): string {
  return text.replace(
    /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));?/g,
    (whole, dec, hex, name) => {
      if (dec || hex) {
        const code = Number.parseInt(dec ?? hex, dec ? 10 : 16);
        return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\ufffd';
      }
      return NAMED[name] ?? whole;
    },
  );
}

const TAG = /<!--[\s\S]*?(?:-->|$)|<![^>]*>|<\?[^>]*>|<(\/?)([A-Za-z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;

/** The visible text of `html` (see the module comment). */
export function htmlVisibleText(html: string): string {
  const out: string[] = [];
  let line = '';
  const endLine = () => {
    const trimmed = line.replace(/^[ \t\n\r\f]+|[ \t\n\r\f]+$/g, '');
    if (trimmed) out.push(trimmed);
    line = '';
  };
  const addText = (raw: string) => {
    const collapsed = decodeEntities(raw).replace(/[ \t\n\r\f]+/g, ' ');
    line += line.endsWith(' ') && collapsed.startsWith(' ') ? collapsed.slice(1) : collapsed;
  };

  let at = 0;
  TAG.lastIndex = 0;
  let skipText = false;
  for (let match = TAG.exec(html); match; match = TAG.exec(html)) {
    if (match.index > at && !skipText) addText(html.slice(at, match.index));
    at = TAG.lastIndex;
    const name = match[2]?.toLowerCase();
    if (!name) continue;
    const closing = match[1] === '/';
    const selfClosing = (match[3] ?? '').trimEnd().endsWith('/');
    skipText = !closing && OPTIONAL_END.has(name);
    if (!closing && SKIPPED.has(name) && !selfClosing) {
      const end = new RegExp(`</${name}\\s*>`, 'ig');
      end.lastIndex = at;
      const found = end.exec(html);
      at = found ? end.lastIndex : html.length;
      TAG.lastIndex = at;
      continue;
    }
    if (name === 'br') {
      endLine();
      continue;
    }
    if (BLOCKS.has(name)) endLine();
  }
  if (at < html.length && !skipText) addText(html.slice(at));
  endLine();
  return out.join('\n');
}

/** Does this file look like HTML (by name, or by its first characters)? */
export function looksLikeHtml(name: string, content: string): boolean {
  if (/\.x?html?$/i.test(name)) return true;
  return /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(content.slice(0, 1000));
}
