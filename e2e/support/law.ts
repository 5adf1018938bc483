/**
 * The content script's law, checked from outside on any page (the soak, e2e/soak.ts, and the short run in
 * e2e/never-break.e2e.ts): it never throws into the page, never changes the page's DOM, never moves focus, and
 * never draws a highlight in text a reader cannot read as article text — editable regions, code, buttons, fields,
 * hidden or folded text — also after the page puts names there later.
 */
import type { Frame, Page } from 'playwright-core';

/** Installed before the page's scripts: the DOM as the page made it, and every move of focus. */
export async function watchPage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __focusMoves: number; __before: string };
    w.__focusMoves = 0;
    window.addEventListener('focusin', () => w.__focusMoves++, true);
    document.addEventListener('DOMContentLoaded', () => {
      queueMicrotask(() => {
        w.__before = document.documentElement.outerHTML;
      });
    });
  });
}

/** What a law-abiding extension may not leave on a page; every list empty when it kept the law. */
export interface Violations {
  /** Highlighted text inside an editor, code, a field, a button, or text that is hidden or folded away. */
  unreadable: string[];
  /** Focus moved while only the extension acted. */
  focusMoves: number;
}

/**
 * The highlights of a frame that sit where nothing may be highlighted, and the focus moves seen there. (The code
 * run in the page declares no named function: `tsx` would wrap it in a helper the page does not have.)
 */
export function frameViolations(frame: Frame): Promise<Violations> {
  return frame.evaluate(() => {
    const skipped = new Set([
      'script',
      'style',
      'noscript',
      'template',
      'textarea',
      'input',
      'select',
      'option',
      'button',
      'code',
      'pre',
      'kbd',
      'samp',
      'var',
      'svg',
      'math',
    ]);
    const unreadable: string[] = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (!name.startsWith('ml-') || name === 'ml-active') continue;
      for (const range of highlight) {
        let reason: string | undefined;
        for (const node of [range.startContainer, range.endContainer]) {
          const parent = node.nodeType === 1 ? (node as Element) : node.parentElement;
          if (document.designMode === 'on') reason = 'designMode';
          else if (!parent) reason = 'detached';
          else if ((parent as HTMLElement).isContentEditable) reason = 'editable';
          else if (
            !parent.checkVisibility({ visibilityProperty: true }) &&
            getComputedStyle(parent).display !== 'contents'
          )
            reason = 'hidden';
          let child: Element | null = null;
          for (let at: Element | null = parent; at && !reason; child = at, at = at.parentElement) {
            const tag = at.localName.toLowerCase();
            const editable = at.getAttribute('contenteditable');
            if (skipped.has(tag)) reason = tag;
            else if (tag === 'details' && !at.hasAttribute('open') && child?.localName !== 'summary')
              reason = 'closed details';
            else if (editable !== null && editable.toLowerCase() !== 'false') reason = 'editable';
          }
          if (reason) break;
        }
        if (reason) unreadable.push(`${name} "${range.toString()}" (${reason})`);
      }
    }
    return { unreadable, focusMoves: (window as unknown as { __focusMoves?: number }).__focusMoves ?? 0 };
  });
}

/** Every frame's violations, together. */
export async function pageViolations(page: Page): Promise<Violations> {
  const all: Violations = { unreadable: [], focusMoves: 0 };
  for (const frame of page.frames()) {
    const found = await frameViolations(frame);
    all.unreadable.push(...found.unreadable);
    all.focusMoves += found.focusMoves;
  }
  return all;
}

/**
 * What hostile pages do after load, in every frame: names typed into their editors (as a new paragraph and as
 * text), put into code and buttons, into hidden spans and closed <details> — and one name into a plain new
 * paragraph, so that a pass is sure to follow. Returns the page's DOM after its own changes.
 */
export async function hostileChanges(page: Page, name: string): Promise<string> {
  for (const frame of page.frames()) {
    await frame.evaluate((name) => {
      const changes: Array<[Element, string]> = [];
      for (const editor of document.querySelectorAll('[contenteditable]')) {
        if (editor.getAttribute('contenteditable')?.toLowerCase() === 'false') continue;
        changes.push([editor, `<p>${name}</p> ${name}`]);
      }
      for (const code of document.querySelectorAll('pre, code, button')) changes.push([code, `<div>${name}</div>`]);
      for (const [index, paragraph] of [...document.querySelectorAll('p')].entries()) {
        const hidden = [
          `<span style="display:none"> ${name}</span>`,
          `<span style="visibility:hidden"> ${name}</span>`,
          `<details><summary>Xem</summary>${name}<p>${name}</p></details>`,
        ];
        changes.push([paragraph, hidden[index % 3] as string]);
      }
      changes.push([document.body, `<p>${name} phát biểu.</p>`]);
      for (const [parent, html] of changes) parent.insertAdjacentHTML('beforeend', html);
    }, name);
  }
  return page.evaluate(() => document.documentElement.outerHTML);
}
