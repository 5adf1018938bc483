/**
 * `npm run -s annotate -- [--json] FILE...` — the names and figures of the fact base in text or HTML files.
 *
 * Plain text is read as is; HTML (by extension, or a document that starts like one) is read as its visible text
 * (tools/html-text.ts), and offsets index that text. With `--json`, one document:
 *   {"files":[{"file":…, "date":…, "subject":[…], "mentions":[{"start":…, "end":…, "text":…, "kind":…,
 *     "entity":{"id":…, "name":…}, "figure":{"value":…, "valueMax":…, "unit":…, "metric":…, "period":…,
 *     "role":…, "qualifier":…, "facts":[…], "conflicts":[…]}}]}]}      (`figure` only for figures)
 * A figure's `metric` is the metric its frame names, or null; `period` a fact's period key ("2024-H1"), or null;
 * `role` result, target, growth or share; `valueMax` a range's upper end and `qualifier` more-than, about or
 * less-than, each null when there is none; `conflicts` the facts it disagrees with (empty when none). By default only figures with a
 * metric are listed; `--all-figures` lists every number with a unit.
 * The article's date (for "năm nay", "tính đến nay") is `--date YYYY-MM-DD`, else the file's own (an HTML
 * page's `article:published_time`, else the first date written near the top); its subject (for "hai nước") the
 * countries the file names most.
 * Without `--json`, each file's text with the mentions marked (coloured when stdout is a terminal) and a list.
 * `--no-accentless` turns accent-less matching off. A missing or unreadable file: a message on stderr, exit 1.
 */
import { readFileSync } from 'node:fs';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import { isIsoDay } from '../shared/iso-date.ts';
import { createAnnotator, type Mention, resolveEvidence } from '../shared/text/annotate.ts';
import { findDate } from '../shared/text/dates.ts';
import { buildMatchTable } from '../shared/text/match-table.ts';
import { htmlVisibleText, looksLikeHtml } from './html-text.ts';

const USAGE = 'usage: npm run -s annotate -- [--json] [--no-accentless] [--all-figures] [--date YYYY-MM-DD] FILE...';

const args = process.argv.slice(2);
const dateAt = args.indexOf('--date');
const givenDate = dateAt >= 0 ? args.splice(dateAt, 2)[1] : undefined;
const json = args.includes('--json');
const accentless = !args.includes('--no-accentless');
const allFigures = args.includes('--all-figures');
const OPTIONS = new Set(['--json', '--no-accentless', '--all-figures']);
const unknown = args.filter((arg) => arg.startsWith('--') && !OPTIONS.has(arg));
const files = args.filter((arg) => !arg.startsWith('--'));
if (givenDate !== undefined && !isIsoDay(givenDate)) unknown.push(`--date ${givenDate ?? ''}`);
if (unknown.length > 0 || files.length === 0) {
  process.stderr.write(`${unknown.length > 0 ? `annotate: unknown option ${unknown.join(', ')}\n` : ''}${USAGE}\n`);
  process.exit(2);
}

/** An HTML page's publication date from its metadata (as the content script reads it), else none. */
function metaDate(html: string): string | undefined {
  const meta =
    /<meta[^>]+(?:property|itemprop|name)=["'](?:article:published_time|datePublished|pubdate|date)["'][^>]*>/i.exec(
      html,
    );
  const content = meta ? /content=["']([^"']+)["']/i.exec(meta[0]) : null;
  return content ? findDate(content[1] as string) : undefined;
}

const texts: Array<{ file: string; text: string; date?: string }> = [];
for (const file of files) {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    process.stderr.write(`annotate: cannot read ${file}: ${reason}\n`);
    process.exit(1);
  }
  const html = looksLikeHtml(file, content);
  const text = html ? htmlVisibleText(content) : content;
  const date = givenDate ?? (html ? metaDate(content) : undefined) ?? findDate(text.slice(0, 1500));
  texts.push({ file, text, ...(date ? { date } : {}) });
}

const annotator = createAnnotator(buildMatchTable(bundledFactBase), {
  accentless,
  figures: allFigures ? 'all' : 'metric',
});
const results = texts.map(({ file, text, date }) => {
  const subject = annotator.subjectOf(text);
  return { file, text, date, subject, mentions: resolveEvidence(annotator.annotate(text, { date, subject })) };
});

if (json) {
  const files = results.map(({ file, date, subject, mentions }) => ({
    file,
    date: date ?? null,
    subject,
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
      ...(m.figure
        ? {
            figure: {
              value: m.figure.value,
              valueMax: m.figure.valueMax ?? null,
              unit: m.figure.unit,
              metric: m.figure.metric,
              period: m.figure.period,
              role: m.figure.role,
              qualifier: m.figure.qualifier ?? null,
              facts: m.figure.facts,
              conflicts: m.figure.conflicts ?? [],
            },
          }
        : {}),
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
      const f = m.figure;
      const facts = f
        ? ` = ${f.value}${f.valueMax !== undefined ? `–${f.valueMax}` : ''} ${f.unit}` +
          ` [${[f.role, f.period ?? 'no period', f.qualifier].filter(Boolean).join(', ')}]` +
          (f.facts.length ? ` → ${f.facts.join(', ')}` : '') +
          (f.conflicts ? ` ≠ ${f.conflicts.join(', ')}` : '')
        : '';
      process.stdout.write(
        `  ${String(m.start).padStart(6)}  ${m.kind.padEnd(12)} ${m.text}  (${m.entity.name})${facts}\n`,
      );
    }
    process.stdout.write('\n');
  }
}
