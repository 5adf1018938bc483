/**
 * `npm run -s annotate -- [--json] FILE...` — the names and figures of the fact base in text or HTML files.
 *
 * Plain text is read as is; HTML (by extension, or a document that starts like one) is read as its visible text
 * (shared/text/html-text.ts), and offsets index that text. With `--json`, one document:
 *   {"files":[{"file":…, "mentions":[{"start":…, "end":…, "text":…, "kind":…, "entity":{"id":…, "name":…},
 *     "figure":{"value":…, "unit":…, "facts":[…]}}]}]}      (`figure` only for figures)
 * Without it, each file's text with the mentions marked (coloured when stdout is a terminal) and a list.
 * `--no-accentless` turns accent-less matching off. A missing or unreadable file: a message on stderr, exit 1.
 */
import { readFileSync } from 'node:fs';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import { createAnnotator, type Mention, resolveEvidence } from '../shared/text/annotate.ts';
import { htmlVisibleText, looksLikeHtml } from '../shared/text/html-text.ts';
import { buildMatchTable } from '../shared/text/match-table.ts';

const USAGE = 'usage: npm run -s annotate -- [--json] [--no-accentless] FILE...';

const args = process.argv.slice(2);
const json = args.includes('--json');
const accentless = !args.includes('--no-accentless');
const unknown = args.filter((arg) => arg.startsWith('--') && arg !== '--json' && arg !== '--no-accentless');
const files = args.filter((arg) => !arg.startsWith('--'));
if (unknown.length > 0 || files.length === 0) {
  process.stderr.write(`${unknown.length > 0 ? `annotate: unknown option ${unknown.join(', ')}\n` : ''}${USAGE}\n`);
  process.exit(2);
}

const texts: Array<{ file: string; text: string }> = [];
for (const file of files) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    process.stderr.write(`annotate: cannot read ${file}: ${reason}\n`);
    process.exit(1);
  }
  texts.push({ file, text: looksLikeHtml(file, content) ? htmlVisibleText(content) : content });
}

const annotator = createAnnotator(buildMatchTable(bundledFactBase), { accentless });
const results = texts.map(({ file, text }) => ({ file, text, mentions: resolveEvidence(annotator.annotate(text)) }));

if (json) {
  const files = results.map(({ file, mentions }) => ({
    file,
    mentions: mentions.map((m) => ({
      start: m.start,
      end: m.end,
      text: m.text,
      kind: m.kind,
      entity: { id: m.entity.id, name: m.entity.name },
      ...(m.nested
        ? {
            nested: m.nested.map((n) => ({ start: n.start, end: n.end, text: n.text, kind: n.kind, entity: n.entity })),
          }
        : {}),
      ...(m.figure ? { figure: { value: m.figure.value, unit: m.figure.unit, facts: m.figure.facts } } : {}),
    })),
  }));
  process.stdout.write(`${JSON.stringify({ files })}\n`);
} else {
  const colour = process.stdout.isTTY === true;
  const COLOURS: Record<string, string> = {
    person: '\x1b[1;34m',
    organization: '\x1b[1;35m',
    place: '\x1b[1;32m',
    project: '\x1b[1;33m',
    agreement: '\x1b[1;36m',
    event: '\x1b[1;31m',
    figure: '\x1b[1;4m',
  };
  const mark = (m: Mention) =>
    colour
      ? `${COLOURS[m.kind] ?? ''}${m.text}\x1b[0m`
      : `[${m.text}]{${m.kind === 'figure' ? 'figure' : m.entity.id}}`;
  for (const { file, text, mentions } of results) {
    let out = '';
    let at = 0;
    for (const m of mentions) {
      out += text.slice(at, m.start) + mark(m);
      at = m.end;
    }
    out += text.slice(at);
    process.stdout.write(
      `${colour ? '\x1b[1m' : ''}== ${file} (${mentions.length} mentions)${colour ? '\x1b[0m' : ''}\n`,
    );
    process.stdout.write(`${out.trimEnd()}\n\n`);
    for (const m of mentions) {
      const facts = m.figure
        ? ` = ${m.figure.value} ${m.figure.unit}${m.figure.facts.length ? ` → ${m.figure.facts.join(', ')}` : ''}`
        : '';
      process.stdout.write(
        `  ${String(m.start).padStart(6)}  ${m.kind.padEnd(12)} ${m.text}  (${m.entity.name})${facts}\n`,
      );
    }
    process.stdout.write('\n');
  }
}
