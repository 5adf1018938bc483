/**
 * Plain, transferable state: the building blocks of a compiled annotator's state (shared/text/annotate.ts,
 * `compileAnnotatorState`), their checks, and a compact string codec for them.
 *
 * A state is a tree of plain objects and arrays whose leaves are typed arrays, numbers, booleans and strings —
 * no Maps, class instances or functions — so it survives structured clone (`postMessage`, IndexedDB) as is.
 * `encodeState`/`decodeState` turn it into one ASCII string and back, for channels that only carry JSON
 * (`chrome.runtime.sendMessage`): typed arrays arrive there as plain objects.
 *
 * Encoded form: `mekong-lens-state:<format>:<version>:<bytes>:<checksum>:<base64>`, where the base64 payload is
 *   u32 header length · header (UTF-8 JSON: the tree, each typed array replaced by `{"$":index}`, plus each
 *   array's type, offset and length) · zero padding to 8 · every typed array's bytes, each aligned to 8.
 * Decoding checks the prefix, the format and version, the payload length and a 32-bit checksum of the whole
 * payload before it parses anything, then rebuilds each typed array as a view on the one decoded buffer (no
 * copy). Base64 rather than a Latin-1 or UTF-16 packing: it is plain ASCII (one byte a character in V8 and in
 * the UTF-8 of Chrome's message channel, nothing escaped by JSON), and V8 decodes it natively
 * (`Uint8Array.fromBase64`, Chrome 140+, Firefox 133+; Node's `Buffer`), faster than a JS loop over any packing
 * (measured: 3 MB in 2–4 ms natively, 6–12 ms for the JS loops of base64 or Latin-1; a UTF-16 packing is as
 * fast to unpack but JSON escapes lone surrogates and control characters and doubles the bytes on the wire).
 * Byte order is the platform's (little-endian on every browser target); a big-endian decoder refuses.
 */

/**
 * Many short strings as UTF-8 bytes back to back: string `i` is bytes `[ends[i - 1], ends[i])`. Two typed arrays
 * (nothing to parse when restored); a string is decoded when first asked for (`stringAt`).
 */
export interface StringList {
  utf8: Uint8Array;
  ends: Uint32Array;
}

const decoder = new TextDecoder('utf-8', { fatal: false });

/**
 * Each string's UTF-8 written by a char-code loop, as `TextEncoder` writes it (a lone surrogate as U+FFFD): each
 * string is read once (a join, then one encoder call and a pass for the ends, read every string twice, and
 * reading the strings of 10,000 entities is what costs).
 */
export function toStringList(strings: readonly string[]): StringList {
  const ends = new Uint32Array(strings.length);
  let utf8 = new Uint8Array(strings.length * 16 + 64);
  let at = 0;
  for (let index = 0; index < strings.length; index++) {
    const string = strings[index] as string;
    if (at + string.length * 3 > utf8.length) {
      const next = new Uint8Array((at + string.length * 3) * 2);
      next.set(utf8.subarray(0, at));
      utf8 = next;
    }
    at = writeUtf8(string, utf8, at);
    ends[index] = at;
  }
  return { utf8: utf8.slice(0, at), ends };
}

/** Writes `string` as UTF-8 at `at` (room for three bytes a unit); returns the end. */
function writeUtf8(string: string, bytes: Uint8Array, at: number): number {
  const length = string.length;
  for (let k = 0; k < length; k++) {
    let c = string.charCodeAt(k);
    if (c < 0x80) bytes[at++] = c;
    else if (c < 0x800) {
      bytes[at++] = 0xc0 | (c >> 6);
      bytes[at++] = 0x80 | (c & 0x3f);
    } else {
      if (c >= 0xd800 && c < 0xe000) {
        const next = k + 1 < length ? string.charCodeAt(k + 1) : 0;
        if (c < 0xdc00 && next >= 0xdc00 && next < 0xe000) {
          c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
          k++;
          bytes[at++] = 0xf0 | (c >> 18);
          bytes[at++] = 0x80 | ((c >> 12) & 0x3f);
          bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
          bytes[at++] = 0x80 | (c & 0x3f);
          continue;
        }
        c = 0xfffd;
      }
      bytes[at++] = 0xe0 | (c >> 12);
      bytes[at++] = 0x80 | ((c >> 6) & 0x3f);
      bytes[at++] = 0x80 | (c & 0x3f);
    }
  }
  return at;
}

export function stringAt(list: StringList, index: number): string {
  const from = index > 0 ? (list.ends[index - 1] as number) : 0;
  const to = list.ends[index] as number;
  // Short ASCII (ids, most names' bytes): no decoder call.
  if (to - from <= 64) {
    let ascii = true;
    for (let k = from; k < to; k++) {
      if ((list.utf8[k] as number) >= 0x80) {
        ascii = false;
        break;
      }
    }
    if (ascii) return String.fromCharCode.apply(null, list.utf8.subarray(from, to) as unknown as number[]);
  }
  return decoder.decode(list.utf8.subarray(from, to));
}

/** A state that is not what this version of the code compiles: wrong shape, version, or corrupted. */
export class StateError extends Error {
  override name = 'StateError';
}

type TypedArrayConstructor =
  | Int8ArrayConstructor
  | Uint8ArrayConstructor
  | Int16ArrayConstructor
  | Uint16ArrayConstructor
  | Int32ArrayConstructor
  | Uint32ArrayConstructor
  | Float64ArrayConstructor;
type TypedArray = Int8Array | Uint8Array | Int16Array | Uint16Array | Int32Array | Uint32Array | Float64Array;

const TYPES: readonly TypedArrayConstructor[] = [
  Int8Array,
  Uint8Array,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float64Array,
];

/** Throws a `StateError` unless `value` is a `type` (of `length` elements, when given). */
export function checkArray<T extends TypedArray>(
  value: unknown,
  type: { new (length: number): T; readonly name: string },
  what: string,
  length?: number,
): asserts value is T {
  if (!(value instanceof type)) throw new StateError(`annotator state: ${what} is not a ${type.name}`);
  if (length !== undefined && value.length !== length) {
    throw new StateError(`annotator state: ${what} has ${value.length} elements, expected ${length}`);
  }
}

let deep = true;

/**
 * Whether the O(size) content checks (`checkRange`, `checkSorted`, and the loops that ask) run. Off only inside
 * `shapeChecksOnly`: for a payload whose checksum matched, i.e. bytes exactly as encoded from a checked state.
 */
export function deepChecks(): boolean {
  return deep;
}

/** Runs `check` with the O(size) content checks off (types, lengths and counts are still checked). */
export function shapeChecksOnly<T>(check: () => T): T {
  deep = false;
  try {
    return check();
  } finally {
    deep = true;
  }
}

/** Throws a `StateError` unless every element of `array` is in [min, max). O(length), a plain loop. */
export function checkRange(array: ArrayLike<number>, min: number, max: number, what: string): void {
  if (!deep) return;
  for (let k = 0; k < array.length; k++) {
    const v = array[k] as number;
    if (v < min || v >= max) throw new StateError(`annotator state: ${what}[${k}] = ${v} is outside [${min}, ${max})`);
  }
}

export function checkThat(condition: boolean, what: string): asserts condition {
  if (!condition) throw new StateError(`annotator state: ${what}`);
}

/** Throws a `StateError` unless `array` never decreases and its elements lie in [min, max]. */
export function checkSorted(array: ArrayLike<number>, min: number, max: number, what: string): void {
  if (!deep) return;
  let previous = min;
  for (let k = 0; k < array.length; k++) {
    const v = array[k] as number;
    if (v < previous || v > max) throw new StateError(`annotator state: ${what} is out of order at ${k}`);
    previous = v;
  }
}

export function checkStringList(value: unknown, what: string, length?: number): asserts value is StringList {
  const list = value as StringList | null;
  checkThat(typeof list === 'object' && list !== null, `${what} is not a string list`);
  checkArray(list.utf8, Uint8Array, `${what}.utf8`);
  checkArray(list.ends, Uint32Array, `${what}.ends`, length);
  checkSorted(list.ends, 0, list.utf8.length, `${what}.ends`);
}

const PREFIX = 'mekong-lens-state:';
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

interface Header {
  state: unknown;
  /** Per typed array: type index in TYPES, byte offset in the payload, element count. */
  arrays: number[];
}

/** Encodes a state tree (see the module comment) as one ASCII string. */
export function encodeState(format: string, version: number, state: unknown): string {
  if (!LITTLE_ENDIAN) throw new Error('encodeState: big-endian platforms are not supported');
  const arrays: TypedArray[] = [];
  const tree = strip(state, arrays, '');
  const descriptors: number[] = [];
  // Offsets are relative to the data section; fixed up below once the header's size is known.
  let dataSize = 0;
  for (const array of arrays) {
    descriptors.push(
      TYPES.findIndex((type) => array instanceof type),
      dataSize,
      array.length,
    );
    dataSize += align8(array.byteLength);
  }
  const headerBytes = new TextEncoder().encode(JSON.stringify({ state: tree, arrays: descriptors }));
  const dataStart = align8(4 + headerBytes.length);
  const payload = new Uint8Array(dataStart + dataSize);
  new DataView(payload.buffer).setUint32(0, headerBytes.length, true);
  payload.set(headerBytes, 4);
  arrays.forEach((array, index) => {
    const offset = dataStart + (descriptors[index * 3 + 1] as number);
    payload.set(new Uint8Array(array.buffer, array.byteOffset, array.byteLength), offset);
  });
  return `${PREFIX}${format}:${version}:${payload.length}:${hex(checksum(payload))}:${toBase64(payload)}`;
}

/**
 * Decodes what `encodeState` made. Throws a `StateError` with the reason when the string is not an encoded state
 * of this format and version, or is truncated or corrupted. The typed arrays of the result share one buffer.
 */
export function decodeState(format: string, version: number, text: string): unknown {
  if (typeof text !== 'string' || !text.startsWith(PREFIX)) {
    throw new StateError(`not an encoded ${format} state (missing the "${PREFIX}" prefix)`);
  }
  const fields = text.slice(PREFIX.length, PREFIX.length + 200).split(':', 4);
  if (fields.length < 4) throw new StateError(`encoded ${format} state: truncated header`);
  const [gotFormat, gotVersion, sizeField, sumField] = fields as [string, string, string, string];
  if (gotFormat !== format) throw new StateError(`encoded state is a "${gotFormat}", expected "${format}"`);
  if (gotVersion !== String(version)) {
    throw new StateError(`encoded ${format} state has version ${gotVersion}; this code reads version ${version}`);
  }
  if (!LITTLE_ENDIAN) throw new StateError('decodeState: big-endian platforms are not supported');
  const size = Number(sizeField);
  const sum = Number.parseInt(sumField, 16);
  if (!Number.isInteger(size) || size < 8 || size % 8 !== 0 || !/^[0-9a-f]{8}$/.test(sumField)) {
    throw new StateError(`encoded ${format} state: malformed header`);
  }
  const bodyStart = PREFIX.length + gotFormat.length + gotVersion.length + sizeField.length + sumField.length + 4;
  const base64Length = Math.ceil(size / 3) * 4;
  if (text.length - bodyStart !== base64Length) {
    throw new StateError(
      `encoded ${format} state: ${text.length - bodyStart} base64 characters, expected ${base64Length} (truncated?)`,
    );
  }
  let payload: Uint8Array;
  try {
    payload = fromBase64(text.slice(bodyStart));
  } catch (error) {
    throw new StateError(`encoded ${format} state: invalid base64 (${(error as Error).message})`);
  }
  if (payload.length !== size) {
    throw new StateError(`encoded ${format} state: ${payload.length} bytes, expected ${size} (truncated?)`);
  }
  if (checksum(payload) !== sum) throw new StateError(`encoded ${format} state: checksum mismatch (corrupted)`);
  const headerLength = new DataView(payload.buffer, payload.byteOffset).getUint32(0, true);
  if (4 + headerLength > size) throw new StateError(`encoded ${format} state: header past the end`);
  let header: Header;
  try {
    header = JSON.parse(new TextDecoder().decode(payload.subarray(4, 4 + headerLength))) as Header;
  } catch (error) {
    throw new StateError(`encoded ${format} state: unreadable header (${(error as Error).message})`);
  }
  const dataStart = align8(4 + headerLength);
  const arrays: TypedArray[] = [];
  const descriptors = header.arrays;
  if (!Array.isArray(descriptors) || descriptors.length % 3 !== 0) {
    throw new StateError(`encoded ${format} state: bad array table`);
  }
  for (let k = 0; k < descriptors.length; k += 3) {
    const type = TYPES[descriptors[k] as number];
    const offset = dataStart + (descriptors[k + 1] as number);
    const length = descriptors[k + 2] as number;
    if (!type || !Number.isInteger(offset) || !Number.isInteger(length) || length < 0) {
      throw new StateError(`encoded ${format} state: bad array descriptor ${k / 3}`);
    }
    if (offset % 8 !== 0 || offset + length * type.BYTES_PER_ELEMENT > size) {
      throw new StateError(`encoded ${format} state: array ${k / 3} lies outside the payload`);
    }
    arrays.push(new type(payload.buffer as ArrayBuffer, payload.byteOffset + offset, length));
  }
  return revive(header.state, arrays, format);
}

/** A copy of the tree with each typed array replaced by `{ $: index }` (its index in `arrays`). */
function strip(node: unknown, arrays: TypedArray[], path: string): unknown {
  if (ArrayBuffer.isView(node)) {
    if (!TYPES.some((type) => node instanceof type)) throw new Error(`encodeState: unsupported array at ${path}`);
    arrays.push(node as TypedArray);
    return { $: arrays.length - 1 };
  }
  if (typeof node === 'number' && !Number.isFinite(node)) throw new Error(`encodeState: ${path} is ${node}`);
  if (typeof node !== 'object' || node === null) return node;
  if (Array.isArray(node)) return node.map((item, index) => strip(item, arrays, `${path}[${index}]`));
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$') throw new Error(`encodeState: a key named "$" at ${path}`);
    if (value !== undefined) copy[key] = strip(value, arrays, path ? `${path}.${key}` : key);
  }
  return copy;
}

function revive(node: unknown, arrays: readonly TypedArray[], format: string): unknown {
  if (typeof node !== 'object' || node === null) return node;
  if (Array.isArray(node)) {
    for (let k = 0; k < node.length; k++) node[k] = revive(node[k], arrays, format);
    return node;
  }
  const record = node as Record<string, unknown>;
  if ('$' in record) {
    const array = arrays[record.$ as number];
    if (!array) throw new StateError(`encoded ${format} state: reference to a missing array`);
    return array;
  }
  for (const key of Object.keys(record)) record[key] = revive(record[key], arrays, format);
  return record;
}

function align8(n: number): number {
  return (n + 7) & ~7;
}

function hex(n: number): string {
  return (n >>> 0).toString(16).padStart(8, '0');
}

/** A 32-bit multiply–rotate hash of the payload's words (two lanes, so V8 overlaps the multiplies). */
function checksum(payload: Uint8Array): number {
  const words = new Int32Array(payload.buffer, payload.byteOffset, payload.length >> 2);
  let a = 0x2545f491;
  let b = 0x9e3779b9 | 0;
  const n = words.length & ~1;
  for (let k = 0; k < n; k += 2) {
    a = Math.imul(a ^ (words[k] as number), 0x85ebca77);
    a = (a << 13) | (a >>> 19);
    b = Math.imul(b ^ (words[k + 1] as number), 0xc2b2ae3d);
    b = (b << 17) | (b >>> 15);
  }
  if (n < words.length) a = Math.imul(a ^ (words[n] as number), 0x85ebca77);
  let h = Math.imul(a ^ (b >>> 16) ^ payload.length, 0x27d4eb2f) ^ b;
  h = Math.imul(h ^ (h >>> 15), 0x165667b1);
  return (h ^ (h >>> 13)) >>> 0;
}

interface Base64Native {
  fromBase64?: (text: string) => Uint8Array;
}
interface BufferLike {
  from(text: string, encoding: 'base64'): Uint8Array;
  from(bytes: Uint8Array): Uint8Array & { toString(encoding: 'base64'): string };
}

const nativeFromBase64 = (Uint8Array as unknown as Base64Native).fromBase64;
const nativeToBase64 = (Uint8Array.prototype as unknown as { toBase64?: () => string }).toBase64;
const NodeBuffer = (globalThis as unknown as { Buffer?: BufferLike }).Buffer;
const BASE64_CHECK = /^[A-Za-z0-9+/]*={0,2}$/;

function toBase64(bytes: Uint8Array): string {
  if (nativeToBase64) return nativeToBase64.call(bytes);
  if (NodeBuffer) return NodeBuffer.from(bytes).toString('base64');
  let binary = '';
  for (let k = 0; k < bytes.length; k += 0x8000) {
    binary += String.fromCharCode.apply(null, bytes.subarray(k, k + 0x8000) as unknown as number[]);
  }
  return btoa(binary);
}

/** Base64 to bytes, at an offset aligned to 8 (so that Float64Array views fit). */
function fromBase64(text: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(text); // a fresh buffer; throws on a bad character
  if (text.length % 4 !== 0) throw new Error('length is not a multiple of 4');
  if (NodeBuffer) {
    // Buffer skips bad characters silently: the length and checksum checks catch them.
    const decoded = NodeBuffer.from(text, 'base64');
    if (decoded.byteOffset % 8 === 0) return new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.length);
    return new Uint8Array(decoded);
  }
  if (!BASE64_CHECK.test(text)) throw new Error('bad character');
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let k = 0; k < binary.length; k++) bytes[k] = binary.charCodeAt(k);
  return bytes;
}
