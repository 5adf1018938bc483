/**
 * Importing a file the reader chooses — notes, a fact pack, the notebook: the one button, the one reading of the
 * file (its size checked before it is read, its depth before it is sent) and the one report of what happened.
 */
import { useState } from 'preact/hooks';
import { jsonDepth, MAX_JSON_DEPTH, megabytes } from '../background/pack-limits.ts';
import type { ImportReport } from '../messaging/protocol.ts';
import { language, t } from './i18n.ts';

/**
 * Why a chosen file did not reach the background, or got no answer from it: not JSON, too large (checked before it
 * is read), nested too deep to be sent, or refused by the browser or the background on the way.
 */
type FileProblem =
  | { notJson: string }
  | { tooLarge: number; limit: number; notes?: boolean }
  | { tooDeep: number }
  | { notSent: string };

export type FileReport = ImportReport | FileProblem;

/**
 * Reads a chosen file as JSON: a file over `maxBytes` is refused by its size, before it is read or parsed, and one
 * nested deeper than `MAX_JSON_DEPTH` once parsed, before it is sent.
 */
async function readJson(
  file: File,
  maxBytes: number,
  notes: boolean,
): Promise<{ ok: true; data: unknown } | FileProblem> {
  if (file.size > maxBytes) return { tooLarge: file.size, limit: maxBytes, ...(notes ? { notes } : {}) };
  let data: unknown;
  try {
    data = JSON.parse(await file.text()) as unknown;
  } catch (error) {
    return { notJson: error instanceof Error ? error.message : String(error) };
  }
  const depth = jsonDepth(data, MAX_JSON_DEPTH);
  return depth > MAX_JSON_DEPTH ? { tooDeep: depth } : { ok: true, data };
}

/**
 * The state of one import: `choose` reads the input's file and sends it with `send` (whatever is thrown on the way
 * — the browser could not serialise it, the background refused it — is the report), then calls `onDone`.
 */
export function useFileImport(options: {
  send: (data: unknown, file: File) => Promise<ImportReport>;
  maxBytes?: number;
  /** Says the notes' own limit when the file is too large. */
  notes?: boolean;
  onDone?: () => void;
}): { report: FileReport | undefined; choose: (input: HTMLInputElement) => Promise<void>; clear: () => void } {
  const [report, setReport] = useState<FileReport>();
  const choose = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const json = await readJson(file, options.maxBytes ?? Number.POSITIVE_INFINITY, options.notes ?? false);
    if ('ok' in json) {
      try {
        setReport(await options.send(json.data, file));
      } catch (error) {
        setReport({ notSent: error instanceof Error ? error.message : String(error) });
      }
    } else setReport(json);
    options.onDone?.();
  };
  return { report, choose, clear: () => setReport(undefined) };
}

/** The button: a file input dressed as one. */
export function FileButton({
  label,
  testId,
  onChoose,
}: {
  label: string;
  testId: string;
  onChoose: (input: HTMLInputElement) => void;
}) {
  return (
    <label class="ml-button ml-file">
      {label}
      <input
        type="file"
        accept="application/json,.json"
        data-testid={testId}
        onChange={(event) => onChoose(event.currentTarget)}
      />
    </label>
  );
}

function fileProblemText(problem: FileProblem): string {
  if ('notJson' in problem) return t('importNotJson', problem.notJson);
  if ('tooDeep' in problem) return t('importTooDeep', `${problem.tooDeep}+`, MAX_JSON_DEPTH);
  if ('notSent' in problem) return t('importNotSent', problem.notSent);
  const sizes = [megabytes(problem.tooLarge, language()), megabytes(problem.limit, language())] as const;
  return problem.notes ? t('importNotesTooLarge', ...sizes) : t('importTooLarge', ...sizes);
}

/** What the import did: `success`'s words, or each problem with where in the file it is. */
export function ImportReportView({
  report,
  success,
}: {
  report?: FileReport;
  success: (report: Extract<ImportReport, { ok: true }>) => string;
}) {
  if (!report) return null;
  if (!('ok' in report))
    return (
      <div class="ml-report ml-report-error" role="alert">
        {fileProblemText(report)}
      </div>
    );
  if (report.ok)
    return (
      <div class="ml-report ml-report-ok" role="status">
        {success(report)}
      </div>
    );
  return (
    <div class="ml-report ml-report-error" role="alert">
      <p>{t('importFailed')}</p>
      <ul>
        {report.errors.map((error) => (
          <li key={`${error.path}:${error.message}`}>
            {error.path && <code>{error.path}</code>} {error.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
