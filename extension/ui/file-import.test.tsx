/** The one file import: what reaches the background, and what the reader is told, for each way a file can fail. */
import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type ImportReport, RequestError } from '../messaging/protocol.ts';
import { FileButton, ImportReportView, useFileImport } from './file-import.tsx';

function Importer({
  send,
  maxBytes,
}: {
  send: (data: unknown, file: File) => Promise<ImportReport>;
  maxBytes?: number;
}) {
  const { report, choose } = useFileImport({ send, ...(maxBytes ? { maxBytes } : {}) });
  return (
    <>
      <FileButton label="Nhập" testId="import" onChoose={(input) => void choose(input)} />
      <ImportReportView report={report} success={({ added }) => `Đã thêm ${added.entities ?? 0}`} />
    </>
  );
}

/** Chooses `text` as a file named pack.json. */
function choose(text: string): void {
  const input = screen.getByTestId('import') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [new File([text], 'pack.json')], configurable: true });
  fireEvent.change(input);
}

const report = () => waitFor(() => screen.getByText((_, element) => element?.classList.contains('ml-report') ?? false));

afterEach(() => document.body.replaceChildren());

describe('a file import', () => {
  it('sends the parsed file and says what was added', async () => {
    const send = vi.fn(async () => ({ ok: true as const, added: { entities: 2 } }));
    render(<Importer send={send} />);
    choose('{"entities": []}');
    expect((await report()).textContent).toBe('Đã thêm 2');
    expect(send).toHaveBeenCalledWith({ entities: [] }, expect.objectContaining({ name: 'pack.json' }));
  });

  it('refuses a file over the limit by its size, without reading or sending it', async () => {
    const send = vi.fn();
    render(<Importer send={send} maxBytes={4} />);
    choose('{"entities": []}');
    expect((await report()).textContent).toMatch(/quá giới hạn/);
    expect(send).not.toHaveBeenCalled();
  });

  it('says a file is not JSON, and sends nothing', async () => {
    const send = vi.fn();
    render(<Importer send={send} />);
    choose('{ không phải');
    expect((await report()).textContent).toMatch(/^Tệp không phải JSON/);
    expect(send).not.toHaveBeenCalled();
  });

  it('lists each problem the background found, and says a refused request instead of staying silent', async () => {
    render(
      <Importer send={async () => ({ ok: false, errors: [{ path: 'entities.0.id', message: 'Mã không hợp lệ.' }] })} />,
    );
    choose('{}');
    expect((await report()).textContent).toContain('entities.0.id Mã không hợp lệ.');
    document.body.replaceChildren();

    render(
      <Importer
        send={() => Promise.reject(new RequestError('import-fact-pack', 'refused', 'refused from this sender'))}
      />,
    );
    choose('{}');
    expect((await report()).textContent).toMatch(/^Không chuyển được tệp cho tiện ích \(import-fact-pack: refused/);
  });
});
