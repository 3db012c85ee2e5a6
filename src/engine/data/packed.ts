// Decoders for the word lists as the bundles carry them. The lists stay readable JSON in rules/ (with
// their sources); scripts/pack-data-loader.cjs rewrites their large string lists at build time into a
// front-coded string, about half the gzipped size of the JSON: each entry is one marker character, code
// `base + n`, saying to drop the last n characters of the previous entry, then the characters to add.
// No entry contains a character in the marker range [base, top], so the markers also separate entries.
// Decoding gives back exactly the JSON's values, in the same order, once when the bundle loads.
// The Node build and the tests read the JSON itself.

/** The strings of a front-coded list, in their original order. */
export function unpackStrings(packed: string, base: number, top: number): string[] {
  return frontDecode(packed, base, top, 0, []);
}

/**
 * An object of string values from its front-coded keys and its values: one character per key when
 * every value is a single character ("f", "m", "u"), else a front-coded list with the same markers.
 */
export function unpackRecord(packedKeys: string, values: string, valuesPacked: boolean, base: number, top: number): Record<string, string> {
  const keys = unpackStrings(packedKeys, base, top);
  const vals = valuesPacked ? unpackStrings(values, base, top) : values;
  const out: Record<string, string> = {};
  for (let i = 0; i < keys.length; i++) out[keys[i]] = vals[i];
  return out;
}

/**
 * A sorted word list with its regular forms folded into their stems: each entry is front-coded as in
 * unpackStrings, then carries one tag character (code `tagBase + r`) for each rule r whose form of it is
 * also in the list ("abandon" + tags for "s", "ed", "ing" gives "abandons", "abandoned", "abandoning").
 * A rule [strip, add] drops `strip` from the end of the stem and appends `add`. The result is sorted
 * back into the list's own order (by UTF-16 code units, as the list was).
 */
export function unpackWords(packed: string, base: number, top: number, tagBase: number, rules: readonly (readonly [string, string])[]): string[] {
  return frontDecode(packed, base, top, tagBase, rules).sort();
}

/** Front-coded entries in packed order, each followed by the forms its tag characters name (none when `rules` is empty). */
function frontDecode(packed: string, base: number, top: number, tagBase: number, rules: readonly (readonly [string, string])[]): string[] {
  const out: string[] = [];
  const tagTop = tagBase + rules.length - 1;
  let prev = "";
  let at = 0;
  while (at < packed.length) {
    const drop = packed.charCodeAt(at) - base;
    let end = at + 1;
    while (end < packed.length) {
      const c = packed.charCodeAt(end);
      if ((c >= base && c <= top) || (c >= tagBase && c <= tagTop)) break;
      end++;
    }
    prev = prev.slice(0, prev.length - drop) + packed.slice(at + 1, end);
    out.push(prev);
    for (; end < packed.length; end++) {
      const r = packed.charCodeAt(end) - tagBase;
      if (r < 0 || r >= rules.length) break;
      out.push(prev.slice(0, prev.length - rules[r][0].length) + rules[r][1]);
    }
    at = end;
  }
  return out;
}

/**
 * An object of one-character values carried as one front-coded list of keys per value ("f", "m", "u"),
 * each in its own order, and put back in the object's order: by the keys in lower case, then as
 * written (the order the list was built in; the packer checks it).
 */
export function unpackGroups(groups: readonly string[], values: string, base: number, top: number): Record<string, string> {
  const entries: [string, string, string][] = [];
  groups.forEach((g, i) => {
    for (const k of unpackStrings(g, base, top)) entries.push([k.toLowerCase(), k, values[i]]);
  });
  entries.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0));
  const out: Record<string, string> = {};
  for (const [, k, v] of entries) out[k] = v;
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Entropy coding of a front-coded list (the on-send bundle's largest lists, where every KiB counts):
// a binary arithmetic coder driven by a small context-mixing model, integer arithmetic only so the
// build (Node) and every Outlook runtime decode the same bits. Each character is coded as its
// canonical Huffman code (frequent characters in few binary decisions), one bit at a time. Models
// each predict the next bit from a context: the last 1, 2, 3 and 4 characters of the packed text, and the
// last 2, 3, 4 and 6 characters of the entry being rebuilt (the front coding drops the shared prefix from
// the text, so the stream alone does not see it), and the previous entry's characters at the same
// position (a sorted list's next entry differs from the previous one first by a later character), and
// where in the entry it is (its length, with its last character or with how much it added to the prefix
// it shares with the previous entry); three mixers weigh their predictions by how well each has done at
// this point of the code tree, one by how far into the entry it is, one by the previous entry's
// character there, one by the last character coded (stop 42), and a last table (an adaptive probability map) corrects their average by the point
// of the tree and the last character (the common words and first names 43.5 → 41.5 KB with the place
// models, the second mixer and the hash checks; decoding them then took about 1.6 times the CPU time, 0.45 → 0.75 s
// in a bare vm context on a busy machine). The packer (scripts/pack-data-loader.cjs) runs the
// same code to encode and checks the round trip.

/** The fourth (the last 4 characters of the text) coded the two lists 172 bytes smaller (stop 37). */
const STREAM_ORDERS = [1, 2, 3, 4];
const ENTRY_ORDERS = [2, 3, 4, 6];
/** One model over the previous entry's character at the current position (a second, of two characters, saved 42 bytes). */
const PREV_MODELS = 1;
/**
 * Two models of where in the entry the coder is: its length with its last character, and its length with
 * how many characters it has added past the prefix it shares with the previous entry (what the next
 * marker, the number of characters to drop, depends on most).
 */
const PLACE_MODELS = 2;
const MODELS = STREAM_ORDERS.length + ENTRY_ORDERS.length + PREV_MODELS + PLACE_MODELS;
/**
 * Each model's table of predictions: 2^TABLE_BITS[k] slots (hashed contexts), in the order of the models above
 * (stream orders, entry orders, previous entry, places). 2^17 each with the hash checks below coded the lists
 * 0.5 KB smaller than 2^16, decoding in about the same time; sized by how many contexts each model meets (the
 * order-1 stream model few, the longer orders most), 41,199 -> 40,981 bytes (stop 42: 1.97 M slots, 7.9 MB,
 * not 1.44 M; all at 2^18 would take 11.5 MB). Each slot keeps 8 bits of its context's hash: a slot met under
 * another context starts afresh rather than predicting from the other context's counts.
 */
const TABLE_BITS = [13, 17, 18, 18, 17, 18, 18, 18, 17, 17, 17];
/**
 * How fast the mixers' weights learn: 10 coded the two lists about 300 bytes smaller than 5 (stop 37; 16: no better);
 * 8 with the third mixer and weights starting at 1/4 (not 0.3), 60 bytes smaller again (stop 42); 11, 24 bytes smaller
 * again (stop 45: 6 and 8 larger).
 */
const MIXER_RATE = 11;
/** Mixer weight sets, by the point of the code tree (its partial code, folded to 10 bits) and where in the entry it is (8 classes). */
const MIXER_SETS = 8192;
const APM_CONTEXTS = 8192;
const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

const SQUASH_POINTS = [
  1, 2, 3, 6, 10, 16, 27, 45, 73, 120, 194, 310, 488, 747, 1101, 1546, 2047, 2549, 2994, 3348, 3607, 3785, 3901, 3975, 4024, 4050, 4068, 4079, 4085, 4089, 4092, 4093, 4094,
];
/** 4096 / (1 + e^-d/256), by interpolation: a probability (12 bits) from a stretched one. */
function squash(d: number): number {
  if (d > 2047) return 4095;
  if (d < -2047) return 1;
  const w = d & 127;
  const i = (d >> 7) + 16;
  return (SQUASH_POINTS[i] * (128 - w) + SQUASH_POINTS[i + 1] * w + 64) >> 7;
}
let stretchTable: Int16Array | undefined;
/** The inverse of squash, as a table over the 4096 probabilities. */
function stretchOf(): Int16Array {
  if (stretchTable) return stretchTable;
  const t = new Int16Array(4096);
  let pi = 0;
  for (let x = -2047; x <= 2047; x++) {
    const v = squash(x);
    for (let j = pi; j <= v; j++) t[j] = x;
    pi = v + 1;
  }
  for (let j = pi; j < 4096; j++) t[j] = 2047;
  return (stretchTable = t);
}

/** The front coding's character ranges, so the model can rebuild each entry as it goes. */
export type FrontRanges = { base: number; top: number; tagBase: number; tagTop: number };

/** Canonical Huffman codes from code lengths: symbols by (length, index) take consecutive codes. */
function canonical(lengths: readonly number[]): { order: number[]; first: number[]; count: number[]; offset: number[]; code: number[] } {
  const max = Math.max(...lengths);
  const order = lengths.map((_, i) => i).sort((a, b) => lengths[a] - lengths[b] || a - b);
  const count = new Array<number>(max + 2).fill(0);
  for (const l of lengths) count[l]++;
  const first = new Array<number>(max + 2).fill(0);
  const offset = new Array<number>(max + 2).fill(0);
  const code = new Array<number>(lengths.length).fill(0);
  let next = 0;
  let at = 0;
  for (let l = 1; l <= max; l++) {
    first[l] = next;
    offset[l] = at;
    next = (next + count[l]) << 1;
    at += count[l];
  }
  const seen = new Array<number>(max + 2).fill(0);
  for (const s of order) code[s] = first[lengths[s]] + seen[lengths[s]]++;
  return { order, first, count, offset, code };
}

/** Huffman code lengths for the frequencies (ties broken by index, so the result is the same everywhere). */
function huffmanLengths(freq: readonly number[]): number[] {
  if (freq.length === 1) return [1];
  type Node = { w: number; id: number; leaves: number[] };
  let nodes: Node[] = freq.map((w, i) => ({ w, id: i, leaves: [i] }));
  const lengths = new Array<number>(freq.length).fill(0);
  let id = freq.length;
  while (nodes.length > 1) {
    nodes.sort((a, b) => a.w - b.w || a.id - b.id);
    const [a, b] = nodes;
    for (const l of a.leaves) lengths[l]++;
    for (const l of b.leaves) lengths[l]++;
    nodes = [{ w: a.w + b.w, id: id++, leaves: a.leaves.concat(b.leaves) }, ...nodes.slice(2)];
  }
  return lengths;
}

/**
 * True only while entropyEncode runs the coder (the packer, at build time); a bundle, which only decodes,
 * never sets it. Read by runCoder in place of a test of its arguments: on-send.js 29 bytes smaller gzipped
 * (the minifier still keeps the encoder's branches: a module-level flag read inside a hoisted function is
 * not folded to a constant, nor was a literal `false` argument).
 */
let encoding = false;

/**
 * Runs the model over `count` characters: encodes `symbols` (alphabet indices; returns the bytes)
 * while `encoding`, else decodes `bytes` into `symbols`.
 */
function runCoder(alphabet: string, lengths: readonly number[], ranges: FrontRanges, symbols: Uint16Array, bytes: Uint8Array): number[] {
  // Library functions read once: a global lookup per bit is slow where the global object is a proxy (a vm context).
  const imul = Math.imul;
  const floor = Math.floor;
  const { base, top, tagBase, tagTop } = ranges;
  const count = symbols.length;
  const stretch = stretchOf();
  const { order, first, count: perLength, offset, code } = canonical(lengths);
  const codes = new Int32Array(alphabet.length);
  for (let i = 0; i < alphabet.length; i++) codes[i] = alphabet.charCodeAt(i);
  // Where each model's table starts in `state`, and how far its hashes are shifted to index it.
  const offsets = new Int32Array(MODELS + 1);
  const shifts = new Int32Array(MODELS);
  for (let k = 0; k < MODELS; k++) {
    offsets[k + 1] = offsets[k] + (1 << TABLE_BITS[k]);
    shifts[k] = 32 - TABLE_BITS[k];
  }
  // Each slot: the probability of a 1 (16 bits) above how often the slot was seen (8 bits), in one word.
  const state = new Int32Array(offsets[MODELS]).fill(32768 << 8);
  const checks = new Int32Array(MODELS);
  const rate = new Int32Array(256);
  // A slot seen n times moves 1/(n + 2) of the way to each bit (1/(2n + 3) before stop 37: 94 bytes larger; 1/(n + 3)
  // until stop 42: 159 bytes larger).
  for (let n = 0; n < 256; n++) rate[n] = floor(65536 / (n + 2));
  const inputs = MODELS + 1;
  const weights = new Int32Array(inputs * MIXER_SETS).fill(16384);
  // A second mixer, its weights chosen by the point of the code tree, the previous entry's character at
  // this position and whether this is the first character after the shared prefix; the two mixed
  // predictions are averaged. A third, by the point of the code tree and the last character coded (stop 42: the
  // two lists 41,758 -> 41,311 bytes gzipped with the rates above, decoding about 5% slower).
  const none = alphabet.length;
  const weights2 = new Int32Array(inputs * 512 * (none + 1)).fill(16384);
  const weights3 = new Int32Array(inputs * 256 * (none + 1)).fill(16384);
  const hashes = new Int32Array(MODELS);
  const slots = new Int32Array(MODELS);
  const st = new Int32Array(inputs);
  const history = new Int32Array(4);
  // A final adjustment of the mixed probability by the point of the code tree and the last character (an APM),
  // and a second by the point of the tree and the entry's last two characters (stop 42: 110 bytes smaller on the
  // two lists, 81 on the bundle); the mixed probability weighs 2/8, each APM 3/8.
  const apm = new Uint16Array(APM_CONTEXTS * 66);
  for (let c = 0; c < 2 * APM_CONTEXTS; c++) for (let j = 0; j < 33; j++) apm[c * 33 + j] = squash((j - 16) * 128) * 16;
  const entry = new Int32Array(512);
  let entryLength = 0;
  const prevEntry = new Int32Array(512);
  let prevLength = 0;
  // 1 right after a marker: the next character is where this entry first differs from the previous one.
  let fresh = 0;
  // The entry's length after the last marker: the prefix it shares with the previous entry.
  let kept = 0;
  const out: number[] = [];
  let x1 = 0;
  let x2 = 0xffffffff;
  let x = 0;
  let read = 0;
  if (!encoding) for (let i = 0; i < 4; i++) x = (x * 256 + (read < bytes.length ? bytes[read++] : 0)) >>> 0;
  for (let n = 0; n < count; n++) {
    // The contexts of this character.
    for (let k = 0; k < STREAM_ORDERS.length; k++) {
      let h = (k + 1) * 0x2f0b3a5;
      for (let j = 0; j < STREAM_ORDERS[k]; j++) h = (imul(h ^ history[j], 0x9e3779b1) + j) | 0;
      hashes[k] = h;
    }
    for (let k = 0; k < ENTRY_ORDERS.length; k++) {
      let h = (k + 77) * 0x3c6ef35f;
      for (let j = 1; j <= ENTRY_ORDERS[k]; j++) h = (imul(h ^ (entryLength - j >= 0 ? entry[entryLength - j] + 2 : 1), 0x9e3779b1) + j) | 0;
      hashes[STREAM_ORDERS.length + k] = h;
    }
    // The previous entry's character at this position, with the entry's last character and whether
    // this is the first character after the shared prefix.
    {
      const p1 = entryLength < prevLength ? prevEntry[entryLength] + 2 : 1;
      const e1 = entryLength > 0 ? entry[entryLength - 1] + 2 : 1;
      const at = STREAM_ORDERS.length + ENTRY_ORDERS.length;
      hashes[at] = imul(imul(imul(p1 + 0x1234567, 0x9e3779b1) ^ (fresh * 613 + e1), 0x85ebca6b) ^ 0x51, 0xc2b2ae35);
      hashes[at + 1] = imul(imul((((entryLength < 15 ? entryLength : 15) + 1) * 0x27d4eb2d) ^ (e1 * 131 + fresh), 0x9e3779b1), 0x85ebca6b);
      const added = entryLength - kept < 15 ? entryLength - kept : 15;
      hashes[at + 2] = imul(imul((((entryLength < 31 ? entryLength : 31) + 1) * 0x1b873593) ^ ((added + 1) * 0x27d4eb2d), 0x9e3779b1) ^ (prevLength * 77), 0x85ebca6b);
    }
    const prevAt = entryLength < prevLength ? prevEntry[entryLength] : none;
    const mixCtx = fresh ? 7 : entryLength < 6 ? entryLength : 6;
    const want = encoding ? code[symbols[n]] : 0;
    const wantLength = encoding ? lengths[symbols[n]] : 0;
    // c0: the code so far with a leading 1 (a point of the code tree); len: its length.
    let c0 = 1;
    let len = 0;
    let symbol = -1;
    while (symbol < 0) {
      // Predict: each model's probability, stretched, weighed by the mixer for this point of the tree.
      const wBase = ((c0 & 1023) | (mixCtx << 10)) * inputs;
      const wBase3 = ((c0 & 255) + 256 * history[0]) * inputs;
      const wBase2 = ((c0 & 255) + 256 * prevAt + 256 * (none + 1) * fresh) * inputs;
      let dot = 0;
      let dot2 = 0;
      let dot3 = 0;
      for (let k = 0; k < MODELS; k++) {
        const h = imul(hashes[k] ^ c0, 0x2c1b3c6d);
        const slot = offsets[k] + (h >>> shifts[k]);
        slots[k] = slot;
        const check = h & 255;
        checks[k] = check;
        if (state[slot] >>> 24 !== check) state[slot] = (check << 24) | (32768 << 8);
        const s = stretch[(state[slot] >> 12) & 4095];
        st[k] = s;
        dot += weights[wBase + k] * s;
        dot2 += weights2[wBase2 + k] * s;
        dot3 += weights3[wBase3 + k] * s;
      }
      st[MODELS] = 256;
      dot += weights[wBase + MODELS] * 256;
      dot2 += weights2[wBase2 + MODELS] * 256;
      dot3 += weights3[wBase3 + MODELS] * 256;
      let pm3 = squash(floor(dot3 / 65536));
      if (pm3 < 1) pm3 = 1;
      else if (pm3 > 4095) pm3 = 4095;
      let pm = squash(floor(dot / 65536));
      if (pm < 1) pm = 1;
      else if (pm > 4095) pm = 4095;
      let pm2 = squash(floor(dot2 / 65536));
      if (pm2 < 1) pm2 = 1;
      else if (pm2 > 4095) pm2 = 4095;
      // The three mixed predictions averaged (85/256 for a third: integers only).
      let p = squash(((stretch[pm] + stretch[pm2] + stretch[pm3]) * 85) >> 8);
      if (p < 1) p = 1;
      else if (p > 4095) p = 4095;
      const sp = stretch[p] + 2048;
      const lo = sp >> 7;
      const w = sp & 127;
      const ac = ((imul(history[0] + 1, 0x9e3779b1) ^ c0) >>> 0) % APM_CONTEXTS;
      const ai = ac * 33 + lo;
      const bi =
        (APM_CONTEXTS +
          (((imul((entryLength > 0 ? entry[entryLength - 1] + 2 : 1) + 131 * (entryLength > 1 ? entry[entryLength - 2] + 2 : 1), 0x9e3779b1) ^ c0) >>> 0) % APM_CONTEXTS)) *
          33 +
        lo;
      p = (2 * p + 3 * ((apm[ai] * (128 - w) + apm[ai + 1] * w) >> 11) + 3 * ((apm[bi] * (128 - w) + apm[bi + 1] * w) >> 11)) >> 3;
      if (p < 1) p = 1;
      else if (p > 4095) p = 4095;
      // Code the bit.
      const range = x2 - x1;
      const mid = x1 + (range >>> 12) * p + (((range & 4095) * p) >>> 12);
      const y = encoding ? (want >> (wantLength - len - 1)) & 1 : x <= mid ? 1 : 0;
      if (y) x2 = mid;
      else x1 = mid + 1;
      while (((x1 ^ x2) & 0xff000000) === 0) {
        if (encoding) out.push(x2 >>> 24);
        else x = ((x * 256) >>> 0) + (read < bytes.length ? bytes[read++] : 0);
        x1 = (x1 * 256) >>> 0;
        x2 = (((x2 * 256) >>> 0) | 255) >>> 0;
      }
      // Learn.
      for (let k = 0; k < MODELS; k++) {
        const slot = slots[k];
        const v = state[slot];
        const c = v & 255;
        const p = (v >>> 8) & 65535;
        state[slot] = (checks[k] << 24) | ((p + ((((y ? 65535 : 0) - p) * rate[c]) >> 16)) << 8) | (c < 255 ? c + 1 : 255);
      }
      const target = y ? 65535 : 0;
      apm[ai] += ((target - apm[ai]) * (128 - w)) >> 12;
      apm[ai + 1] += ((target - apm[ai + 1]) * w) >> 12;
      apm[bi] += ((target - apm[bi]) * (128 - w)) >> 12;
      apm[bi + 1] += ((target - apm[bi + 1]) * w) >> 12;
      const err = ((y << 12) - pm) * MIXER_RATE;
      const err2 = ((y << 12) - pm2) * MIXER_RATE;
      const err3 = ((y << 12) - pm3) * MIXER_RATE;
      for (let k = 0; k < inputs; k++) {
        weights[wBase + k] += (st[k] * err) >> 12;
        weights2[wBase2 + k] += (st[k] * err2) >> 12;
        weights3[wBase3 + k] += (st[k] * err3) >> 12;
      }
      c0 = (c0 << 1) | y;
      len++;
      // A whole code: the canonical codes of this length are first[len] … first[len] + count - 1.
      const v = c0 - (1 << len) - first[len];
      if (len < perLength.length && v >= 0 && v < perLength[len]) symbol = order[offset[len] + v];
    }
    if (!encoding) symbols[n] = symbol;
    history[3] = history[2];
    history[2] = history[1];
    history[1] = history[0];
    history[0] = symbol;
    // Rebuild the entry: a marker drops characters, a tag leaves the entry as it is.
    const c = codes[symbol];
    if (c >= base && c <= top) {
      prevEntry.set(entry.subarray(0, entryLength));
      prevLength = entryLength;
      entryLength = entryLength > c - base ? entryLength - (c - base) : 0;
      kept = entryLength;
      fresh = 1;
    } else if (c >= tagBase && c <= tagTop) fresh = 0;
    else if (entryLength < entry.length) {
      entry[entryLength++] = symbol;
      fresh = 0;
    }
  }
  if (encoding) out.push(x1 >>> 24, (x1 >>> 16) & 255, (x1 >>> 8) & 255, x1 & 255);
  return out;
}

/**
 * The text entropy-coded, as base64, with its alphabet (the text's own characters, sorted) and each
 * character's code length (base 36). The packer's side.
 */
export function entropyEncode(text: string, ranges: FrontRanges): { coded: string; alphabet: string; lengths: string } {
  const alphabet = [...new Set(Array.from(text, (c) => c.charCodeAt(0)))].sort((a, b) => a - b);
  const index = new Map(alphabet.map((c, i) => [c, i]));
  const symbols = Uint16Array.from(Array.from(text, (c) => index.get(c.charCodeAt(0))!));
  const freq = alphabet.map(() => 0);
  for (const s of symbols) freq[s]++;
  const lengths = huffmanLengths(freq);
  encoding = true;
  let bytes: number[];
  try {
    bytes = runCoder(String.fromCharCode(...alphabet), lengths, ranges, symbols, new Uint8Array(0));
  } finally {
    encoding = false;
  }
  let coded = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const v = (bytes[i] << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    coded += B64[v >> 18] + B64[(v >> 12) & 63] + (i + 1 < bytes.length ? B64[(v >> 6) & 63] : "") + (i + 2 < bytes.length ? B64[v & 63] : "");
  }
  return { coded, alphabet: String.fromCharCode(...alphabet), lengths: lengths.map((l) => l.toString(36)).join("") };
}

/** The text of `count` characters that entropyEncode coded (decoded once, when the bundle loads). */
export function entropyDecode(coded: string, count: number, alphabet: string, lengths: string, base: number, top: number, tagBase: number, tagTop: number): string {
  const bytes = new Uint8Array(Math.floor((coded.length * 3) / 4));
  let acc = 0;
  let have = 0;
  let at = 0;
  for (let i = 0; i < coded.length; i++) {
    acc = ((acc << 6) | B64.indexOf(coded[i])) & 0xffff;
    have += 6;
    if (have >= 8) {
      have -= 8;
      bytes[at++] = (acc >> have) & 255;
    }
  }
  const symbols = new Uint16Array(count);
  runCoder(
    alphabet,
    Array.from(lengths, (l) => parseInt(l, 36)),
    { base, top, tagBase, tagTop },
    symbols,
    bytes,
  );
  let out = "";
  for (let i = 0; i < count; i += 4096)
    out += String.fromCharCode.apply(
      null,
      Array.from(symbols.subarray(i, i + 4096), (s) => alphabet.charCodeAt(s)),
    );
  return out;
}
