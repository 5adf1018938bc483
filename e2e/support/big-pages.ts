/**
 * Large pages built from the seed articles, deterministically: the same bytes on every run. Paragraphs are
 * cut into inline elements every few words (links, bold, spans), as news sites' markup does, so that names
 * are split across elements and the page has many small text nodes.
 */
import { seedParagraphs } from './seeded.ts';
import { seededRandom } from './seeded-random.ts';

const INLINE = ['span', 'b', 'a', 'em', 'span', 'strong', 'i'];

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

function markUp(paragraph: string, next: () => number): string {
  const words = paragraph.split(' ');
  let html = '';
  for (let at = 0; at < words.length; ) {
    const take = 1 + Math.floor(next() * 4);
    const chunk = escapeHtml(words.slice(at, at + take).join(' '));
    at += take;
    const tag = INLINE[Math.floor(next() * INLINE.length)] as string;
    html += next() < 0.5 ? `<${tag}${tag === 'a' ? ' href="#"' : ''}>${chunk}</${tag}> ` : `${chunk} `;
  }
  return `<p>${html.trimEnd()}</p>`;
}

export interface BigPageBlock {
  /** The block's visible text. */
  text: string;
  html: string;
}

/** The blocks of a page of about `bytes` of visible text. */
export function bigPageBlocks(bytes: number, seed = 7): BigPageBlock[] {
  const next = seededRandom(seed);
  const source = seedParagraphs().filter((paragraph) => paragraph.length > 40);
  const blocks: BigPageBlock[] = [];
  let size = 0;
  let section = 0;
  while (size < bytes) {
    if (blocks.length % 12 === 0) {
      const heading = `Phần ${++section}`;
      blocks.push({ text: heading, html: `<h2>${heading}</h2>` });
    }
    const paragraph = source[Math.floor(next() * source.length)] as string;
    blocks.push({ text: paragraph, html: markUp(paragraph, next) });
    size += Buffer.byteLength(paragraph, 'utf8');
  }
  return blocks;
}

export function renderBigPage(bytes: number, seed = 7): string {
  return `<!doctype html>
<html lang="vi">
<head><meta charset="utf-8"><title>Trang lớn: ${bytes} byte văn bản</title></head>
<body>
<main>
${bigPageBlocks(bytes, seed)
  .map((block) => block.html)
  .join('\n')}
</main>
</body>
</html>
`;
}
