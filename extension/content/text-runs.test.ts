import { describe, expect, it } from 'vitest';
import { collectTextRuns, rangeForRun } from './text-runs.ts';

function body(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body;
}

const texts = (root: Element) => collectTextRuns(root).map((run) => run.text);

describe('collectTextRuns', () => {
  it('joins a name split across inline elements into one run', () => {
    expect(texts(body('<p>Thủ tướng <b>Phạm</b> <i>Minh <span>Chính</span></i> làm việc</p>'))).toEqual([
      'Thủ tướng Phạm Minh Chính làm việc',
    ]);
  });

  it('ends a run at block boundaries and at <br>', () => {
    expect(texts(body('<div>Viêng Chăn<p>Hà Nội</p>Vũng Áng<br>Tha Khek</div>'))).toEqual([
      'Viêng Chăn',
      'Hà Nội',
      'Vũng Áng',
      'Tha Khek',
    ]);
  });

  it('skips scripts, styles, code, form fields and editable regions', () => {
    const root = body(`
      <p>Tô Lâm</p>
      <script>var name = "Tô Lâm";</script><style>.x{}</style><code>Tô Lâm</code><pre>Tô Lâm</pre>
      <textarea>Tô Lâm</textarea><select><option>Tô Lâm</option></select>
      <div contenteditable="true">Tô Lâm <b>Sonexay</b></div>
      <div contenteditable="false">Sonexay Siphandone</div>`);
    expect(texts(root).map((text) => text.trim())).toEqual(['Tô Lâm', 'Sonexay Siphandone']);
  });

  it('keeps the words on either side of a skipped inline element apart', () => {
    expect(texts(body('<p>Phạm<input value="x">Minh Chính</p>'))).toEqual(['Phạm', 'Minh Chính']);
  });

  it('never enters the excluded element (our card host)', () => {
    const root = body('<p>Lào</p><div id="host"><p>Tô Lâm</p></div>');
    const runs = collectTextRuns(root, { exclude: document.getElementById('host') });
    expect(runs.map((run) => run.text)).toEqual(['Lào']);
  });

  it('reads two links side by side as two names, as a tag list shows them', () => {
    expect(
      texts(body('<p class="tags"><a href="/a">Phạm Minh Chính</a><a href="/b">Sonexay Siphandone</a></p>')),
    ).toEqual(['Phạm Minh Chính', 'Sonexay Siphandone']);
    expect(
      texts(
        body(
          '<div class="tags"><span class="tag"><a href="/a">Tô Lâm</a></span><!-- --><span class="tag"><a href="/b">Lào</a></span></div>',
        ),
      ),
    ).toEqual(['Tô Lâm', 'Lào']);
  });

  it('keeps a name whole where links are spaced or a link is only part of a sentence', () => {
    expect(
      texts(body('<p><a href="#s">Sonexay</a>&nbsp;<a href="#s">Siphandone</a> và <b>Tô</b><i>Lâm</i></p>')),
    ).toEqual(['Sonexay\u00a0Siphandone và TôLâm']);
    expect(texts(body('<p>Thủ tướng <a href="#p">Phạm Minh Chính</a> tới Viêng Chăn</p>'))).toEqual([
      'Thủ tướng Phạm Minh Chính tới Viêng Chăn',
    ]);
  });

  it('does not enter the boxes the caller skips, and keeps the words around them apart', () => {
    const root = body(
      '<article><p>Hà Nội</p><aside><p>Tô Lâm</p></aside><p>Viêng <span class="ad">x</span>Chăn</p><div class="ad">Lào</div></article>',
    );
    // Boxes are blocks: an inline element is never asked (nor skipped).
    const skip = (element: Element) => element.tagName === 'ASIDE' || element.className === 'ad';
    expect(collectTextRuns(root, { skip }).map((run) => run.text)).toEqual(['Hà Nội', 'Viêng xChăn']);
  });

  it('reads nothing under a queued root that sits in an editor, code, a button or a closed <details>', () => {
    const root = body(`
      <div contenteditable="true"><p id="typed">Tô Lâm</p></div>
      <pre><div id="code">Tô Lâm</div></pre><button><div id="button">Tô Lâm</div></button>
      <details><summary id="summary">Lào</summary><div id="folded">Tô Lâm</div></details>
      <details open><div id="unfolded">Sonexay</div></details>
      <div contenteditable="FALSE"><p id="fixed">Hà Nội</p></div>`);
    const read = (id: string) => collectTextRuns(root.querySelector(`#${id}`) as Element).map((run) => run.text);
    for (const id of ['typed', 'code', 'button', 'folded']) expect(read(id)).toEqual([]);
    expect(read('summary')).toEqual(['Lào']);
    expect(read('unfolded')).toEqual(['Sonexay']);
    expect(read('fixed')).toEqual(['Hà Nội']);
  });

  it('reads only the summary of a closed <details>, text beside it included', () => {
    expect(texts(body('<details><summary>Lào</summary>Tô Lâm<p>Sonexay</p></details>'))).toEqual(['Lào']);
  });

  it('reads nothing of a document in designMode', () => {
    const root = body('<p>Tô Lâm</p>');
    document.designMode = 'on';
    try {
      expect(texts(root)).toEqual([]);
    } finally {
      document.designMode = 'off';
    }
  });

  it('attributes each run to its nearest block', () => {
    const root = body('<article><p id="a">Hà <b>Nội</b></p><div id="b"><span>Viêng Chăn</span></div></article>');
    expect(collectTextRuns(root).map((run) => run.block.id)).toEqual(['a', 'b']);
  });
});

describe('rangeForRun', () => {
  it('maps offsets in the joined text back to the text nodes', () => {
    const root = body('<p>Thủ tướng <b>Phạm</b> <i>Minh <span>Chính</span></i> làm việc</p>');
    const [run] = collectTextRuns(root);
    if (!run) throw new Error('no run');
    const start = run.text.indexOf('Phạm');
    const end = start + 'Phạm Minh Chính'.length;
    const range = rangeForRun(run, start, end);
    expect(range.toString()).toBe('Phạm Minh Chính');
    expect(range.startContainer.textContent).toBe('Phạm');
    expect(range.endContainer.textContent).toBe('Chính');
  });

  it('maps a mention that ends exactly at a node boundary', () => {
    const [run] = collectTextRuns(body('<p><b>Lào</b> và Việt Nam</p>'));
    if (!run) throw new Error('no run');
    const range = rangeForRun(run, 0, 3);
    expect(range.toString()).toBe('Lào');
    expect(range.endContainer.textContent).toBe('Lào');
  });
});
