/**
 * Every hash of text the project makes, in one place. SHA-256, the platform's (`crypto.subtle`, in the background
 * and on Node 20 alike), where a hash names content: the fact base's version and a pack's id. FNV-1a, synchronous and
 * a few lines, where a hash only shortens keys: notebook keys, a set of packs' key.
 * (The annotator state's checksum, shared/text/state.ts, hashes 32-bit words on the hot path: its own.)
 */

/** The SHA-256 of the text's UTF-8 bytes, as 64 hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * 64 bits as 16 hex digits: FNV-1a beside a second lane with another multiplier, in one pass — a text's short,
 * stable name (two of 50,000 names meet with odds of about 1 in 10^10).
 */
export function textHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x9e3779b9;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    a = Math.imul(a ^ code, 0x01000193);
    b = Math.imul(b ^ code, 0x5bd1e995);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
