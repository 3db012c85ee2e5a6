// Webpack loader for the word lists (rules/**/*.json): the files stay readable JSON with their sources,
// and the bundles carry their large string lists front-coded (src/engine/data/packed.ts), decoded once
// when the bundle loads. Everything else in the file is kept as it is.
//   - an array of at least MIN_LIST strings becomes unpackStrings("…");
//   - an object of at least MIN_LIST string values (first-names: name → f/m/u) becomes unpackRecord(…).
// Before emitting, the loader decodes what it wrote with the engine's own decoder and fails the build
// unless it gives back exactly the JSON (same values, same order).
//
// Options (the on-send bundle uses them; the task pane carries every list whole):
//   omitKeys: ["context", …]   object keys no code reads (a term's research notes), dropped everywhere;
//   emptyLists: { "jargon.json": ["entries"] }   top-level lists (by file name under rules/) the
//                bundle's stages never read, carried empty;
//   blankKeys: { "judgemental.json": ["why", …] }   keys (at any depth) whose values only word what a
//                finding says, carried as "", [] or {} where the bundle never shows a finding's wording.
//   entropy: true   front-coded strings of at least ENTROPY_MIN characters are carried entropy-coded
//                (entropyDecode in packed.ts: a context-mixing model, about 20% smaller gzipped than the
//                front coding alone, decoded once at load), when that is smaller gzipped.
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const zlib = require("node:zlib");

const MIN_LIST = 200;
/** Front-coded strings this long are entropy-coded when the bundle asks for it (option entropy). */
const ENTROPY_MIN = 4000;
/** Lists this long are also tried with their regular forms folded into their stems (packWords). */
const MIN_WORDS = 2000;
const DECODER = path.resolve(__dirname, "../src/engine/data/packed.ts");
/** Where the marker range may start: digits and punctuation first (cheap in a JS string), then Latin-1. */
const MARKER_BASES = [48, 58, 65, 123, 0xa1, 0x100, 0x370, 0x3000];

/** How many leading characters s shares with prev, never splitting a surrogate pair. */
function kept(prev, s) {
  let keep = 0;
  const max = Math.min(prev.length, s.length);
  while (keep < max && prev.charCodeAt(keep) === s.charCodeAt(keep)) keep++;
  if (keep > 0 && keep < s.length && s.charCodeAt(keep - 1) >= 0xd800 && s.charCodeAt(keep - 1) <= 0xdbff) keep--;
  return keep;
}

/** The widest drop in each list, and a marker range [base, top] that no string uses; undefined if none. */
function markerRange(lists) {
  let maxDrop = 0;
  const used = new Set();
  for (const list of lists) {
    let prev = "";
    for (const s of list) {
      if (typeof s !== "string") return undefined;
      maxDrop = Math.max(maxDrop, prev.length - kept(prev, s));
      for (let i = 0; i < s.length; i++) used.add(s.charCodeAt(i));
      prev = s;
    }
  }
  for (const base of MARKER_BASES) {
    const top = base + maxDrop;
    if (top >= 0xd800) break;
    let free = true;
    for (let c = base; c <= top && free; c++) free = !used.has(c) && c !== 34 && c !== 92;
    if (free) return { base, top };
  }
  return undefined;
}

/** Front-codes a list of strings with markers from base (see packed.ts). */
function packStrings(list, base) {
  let out = "";
  let prev = "";
  for (const s of list) {
    const keep = kept(prev, s);
    out += String.fromCharCode(base + prev.length - keep) + s.slice(keep);
    prev = s;
  }
  return out;
}

/** Set by packJson from its options: whether long front-coded strings are entropy-coded, and which were. */
let entropy = { on: false, used: false };

/**
 * A front-coded string as JavaScript source: its literal, or (option entropy) the entropyDecode call
 * that gives it back, when that is smaller gzipped. tagBase > tagTop when the coding has no tags.
 */
function literal(text, base, top, tagBase = 1, tagTop = 0) {
  const plain = JSON.stringify(text);
  if (!entropy.on || text.length < ENTROPY_MIN) return plain;
  const { entropyEncode } = loadDecoder();
  const { coded, alphabet, lengths } = entropyEncode(text, { base, top, tagBase, tagTop });
  const call = `entropyDecode(${JSON.stringify(coded)},${text.length},${JSON.stringify(alphabet)},${JSON.stringify(lengths)},${base},${top},${tagBase},${tagTop})`;
  if (gzipSize(call) >= gzipSize(plain)) return plain;
  entropy.used = true;
  return call;
}

/** The endings of a sorted list, most frequent first (computed once per list). */
const ENDINGS = new WeakMap();
function endingsOf(list) {
  if (ENDINGS.has(list)) return ENDINGS.get(list);
  // Endings by how often they turn a word into a later word of the list: each word is found under
  // its prefixes of three letters or more that leave at most six, so each stem looks up only its
  // close relatives.
  const byPrefix = new Map();
  for (const d of list) {
    for (let i = Math.max(3, d.length - 6); i < d.length; i++) {
      const p = d.slice(0, i);
      const at = byPrefix.get(p);
      if (at) at.push(d);
      else byPrefix.set(p, [d]);
    }
  }
  const counts = new Map();
  for (const w of list) {
    for (let k = 0; k <= 3 && k < w.length - 1; k++) {
      const stem = w.slice(0, w.length - k);
      const strip = w.slice(w.length - k);
      for (const d of byPrefix.get(stem) ?? []) {
        const add = d.slice(stem.length);
        if (d <= w || add === strip) continue;
        const key = `${strip}\u0000${add}`;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
    }
  }
  const ranked = [...counts]
    .filter(([, n]) => n >= 2)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k]) => k.split("\u0000"));
  ENDINGS.set(list, ranked);
  return ranked;
}

/**
 * Folds a sorted word list's regular forms into their stems (see unpackWords in packed.ts): the rules
 * are the list's own most frequent endings ([strip, add]: "" → "s", "e" → "ing"…), a form is folded
 * into the first earlier word it derives from, and the packed string is the stems, front-coded, each
 * followed by one tag character per form folded into it. Undefined when the list is not sorted and
 * unique, or no two free character ranges are left for the markers and the tags.
 */
function packWords(list, ruleCount) {
  for (let i = 1; i < list.length; i++) if (!(list[i - 1] < list[i])) return undefined;
  const all = new Set(list);
  const rules = endingsOf(list).slice(0, ruleCount);
  if (!rules.length) return undefined;
  const stems = [];
  const tags = [];
  const folded = new Set();
  for (const w of list) {
    if (folded.has(w)) continue;
    const mine = [];
    rules.forEach(([strip, add], r) => {
      if (!w.endsWith(strip) || w.length - strip.length < 2) return;
      const form = w.slice(0, w.length - strip.length) + add;
      if (form > w && all.has(form) && !folded.has(form)) {
        folded.add(form);
        mine.push(r);
      }
    });
    stems.push(w);
    tags.push(mine);
  }
  const markers = markerRange([stems]);
  if (!markers) return undefined;
  const used = new Set();
  for (const w of stems) for (let i = 0; i < w.length; i++) used.add(w.charCodeAt(i));
  const tagBase = MARKER_BASES.find((base) => {
    const top = base + rules.length - 1;
    if (top >= 0xd800 || (base <= markers.top && top >= markers.base)) return false;
    for (let c = base; c <= top; c++) if (used.has(c) || c === 34 || c === 92) return false;
    return true;
  });
  if (tagBase === undefined) return undefined;
  let out = "";
  let prev = "";
  stems.forEach((s, i) => {
    const keep = kept(prev, s);
    out += String.fromCharCode(markers.base + prev.length - keep) + s.slice(keep) + tags[i].map((r) => String.fromCharCode(tagBase + r)).join("");
    prev = s;
  });
  return `unpackWords(${literal(out, markers.base, markers.top, tagBase, tagBase + rules.length - 1)},${markers.base},${markers.top},${tagBase},${JSON.stringify(rules)})`;
}

const gzipSize = (text) => zlib.gzipSync(text, { level: 9 }).length;
const isStringList = (v) => Array.isArray(v) && v.length >= MIN_LIST && v.every((s) => typeof s === "string");
const isStringRecord = (v) => {
  if (!v || typeof v !== "object" || Array.isArray(v)) return false;
  const values = Object.values(v);
  return values.length >= MIN_LIST && values.every((s) => typeof s === "string");
};

/** True when the keys are in unpackGroups's order: by lower case, then as written. */
function inGroupOrder(keys) {
  for (let i = 1; i < keys.length; i++) {
    const a = keys[i - 1].toLowerCase();
    const b = keys[i].toLowerCase();
    if (a > b || (a === b && !(keys[i - 1] < keys[i]))) return false;
  }
  return true;
}

/**
 * The packed call for a large string list or record, when it gzips smaller than the JSON; else
 * undefined. The candidates are compared front-coded; only those within 10% of the best are then
 * entropy-coded (option entropy, slow to encode) and compared again.
 */
function packedCall(value, used) {
  const on = entropy.on;
  entropy.on = false;
  let candidates;
  try {
    candidates = packings(value);
  } finally {
    entropy.on = on;
  }
  if (!candidates.length) return undefined;
  const best = Math.min(...candidates.map((c) => c.size));
  if (best >= gzipSize(JSON.stringify(value))) return undefined;
  let call = candidates.find((c) => c.size === best);
  if (on) {
    call = undefined;
    for (const c of candidates.filter((c) => c.size <= best * 1.1)) {
      const src = c.make();
      const size = gzipSize(src);
      if (!call || size < call.size) call = { ...c, src, size };
    }
  }
  used[call.name] = true;
  return call.src;
}

/** The ways to pack the value: [{ name, src, size, make }], make() building src again (entropy-coded when asked). */
function packings(value) {
  const candidates = [];
  const consider = (name, make) => {
    const src = make();
    if (src) candidates.push({ name, src, size: gzipSize(src), make });
  };
  if (isStringList(value)) {
    const range = markerRange([value]);
    if (range) consider("strings", () => `unpackStrings(${literal(packStrings(value, range.base), range.base, range.top)},${range.base},${range.top})`);
    // A big sorted list of words: with its regular forms folded into their stems, when that is smaller.
    // Up to 26 rules: their tags stay in one plain-ASCII range (A–Z for lower-case words).
    if (value.length >= MIN_WORDS) for (const n of [8, 16, 24]) consider("words", () => packWords(value, n));
  } else if (isStringRecord(value)) {
    const keys = Object.keys(value);
    const values = Object.values(value);
    const single = values.every((s) => s.length === 1);
    const range = markerRange(single ? [keys] : [keys, values]);
    if (range) {
      const vals = single ? values.join("") : packStrings(values, range.base);
      consider(
        "record",
        () =>
          `unpackRecord(${literal(packStrings(keys, range.base), range.base, range.top)},${single ? JSON.stringify(vals) : literal(vals, range.base, range.top)},${!single},${range.base},${range.top})`,
      );
      // A few one-character values (f, m, u): one key list per value, when the keys are in the order
      // unpackGroups gives back (lower case first, then as written).
      const distinct = [...new Set(values)];
      if (single && distinct.length <= 4 && inGroupOrder(keys)) {
        const groups = distinct.map((v) =>
          packStrings(
            keys.filter((_, i) => values[i] === v),
            range.base,
          ),
        );
        consider(
          "groups",
          () => `unpackGroups([${groups.map((g) => literal(g, range.base, range.top)).join(",")}],${JSON.stringify(distinct.join(""))},${range.base},${range.top})`,
        );
        // The same lists joined by a character none of them uses, coded as one string: an entropy-coded
        // list then learns from the lists before it instead of starting afresh.
        const sep = [..."|,;/"].find((c) => !groups.some((g) => g.includes(c)) && (c.charCodeAt(0) < range.base || c.charCodeAt(0) > range.top));
        if (sep)
          consider(
            "groups",
            () => `unpackGroups(${literal(groups.join(sep), range.base, range.top)}.split(${JSON.stringify(sep)}),${JSON.stringify(distinct.join(""))},${range.base},${range.top})`,
          );
      }
    }
  }
  return candidates;
}

/** A property name as JavaScript writes it: bare when it is a plain identifier (and not "__proto__"). */
const propertyName = (k) => (/^[A-Za-z_$][\w$]*$/.test(k) && k !== "__proto__" ? k : JSON.stringify(k));

/** JavaScript source for the value, with its large string lists packed. */
function emit(value, omit, used) {
  const packed = packedCall(value, used);
  if (packed) return packed;
  if (Array.isArray(value)) return `[${value.map((v) => emit(v, omit, used)).join(",")}]`;
  if (value && typeof value === "object") {
    const parts = [];
    for (const [k, v] of Object.entries(value)) if (!omit.has(k)) parts.push(`${propertyName(k)}:${emit(v, omit, used)}`);
    return `{${parts.join(",")}}`;
  }
  return JSON.stringify(value);
}

let decoder;
/** The engine's decoder, compiled from its TypeScript for the build-time check. */
function loadDecoder() {
  if (decoder) return decoder;
  const { outputText } = ts.transpileModule(fs.readFileSync(DECODER, "utf8"), { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
  const mod = { exports: {} };
  new Function("module", "exports", outputText)(mod, mod.exports);
  return (decoder = mod.exports);
}

/** The JSON with the omitted keys removed: what the packed module must decode to. */
function expected(value, omit) {
  return JSON.parse(JSON.stringify(value, (k, v) => (omit.has(k) ? undefined : v)));
}

/**
 * The module's source for one JSON file's text. Exported for the test, which checks every word list.
 * Returns { code, packed } where packed says whether any list was packed.
 */
function packJson(text, options = {}, file = "") {
  const value = JSON.parse(text);
  const empty = (options.emptyLists ?? {})[file] ?? [];
  for (const key of empty) {
    if (!Array.isArray(value[key])) throw new Error(`pack-data-loader: ${file} has no list "${key}" to leave out`);
    value[key] = [];
  }
  const blank = new Set((options.blankKeys ?? {})[file] ?? []);
  if (blank.size) {
    const blanked = (v) => (Array.isArray(v) ? [] : typeof v === "string" ? "" : v && typeof v === "object" ? {} : v);
    const walk = (v) => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === "object") for (const k of Object.keys(v)) v[k] = blank.has(k) ? blanked(v[k]) : (walk(v[k]), v[k]);
    };
    walk(value);
  }
  const omit = new Set(options.omitKeys ?? []);
  const used = {};
  entropy = { on: !!options.entropy, used: false };
  const body = emit(value, omit, used);
  const packed = !!(used.strings || used.record || used.words || used.groups);
  const { unpackStrings, unpackRecord, unpackWords, unpackGroups, entropyDecode } = loadDecoder();
  const decoded = new Function("unpackStrings", "unpackRecord", "unpackWords", "unpackGroups", "entropyDecode", `return (${body});`)(
    unpackStrings,
    unpackRecord,
    unpackWords,
    unpackGroups,
    entropyDecode,
  );
  if (JSON.stringify(decoded) !== JSON.stringify(expected(value, omit))) throw new Error("pack-data-loader: the packed list does not decode to the JSON");
  // Nothing packed: a plain object literal (smaller gzipped than JSON.parse of an escaped string).
  if (!packed) return { code: `export default ${body};\n`, body: undefined, packed };
  const names = [used.strings && "unpackStrings", used.record && "unpackRecord", used.words && "unpackWords", used.groups && "unpackGroups", entropy.used && "entropyDecode"]
    .filter(Boolean)
    .join(", ");
  const code = `import { ${names} } from ${JSON.stringify(DECODER)};\nexport default ${body};\n`;
  return { code, body, packed };
}

module.exports = function packDataLoader(source) {
  const options = (this.getOptions && this.getOptions()) || {};
  this.addDependency?.(DECODER);
  const file = path.relative(path.resolve(__dirname, "../rules"), this.resourcePath).split(path.sep).join("/");
  return packJson(source, options, file).code;
};
module.exports.packJson = packJson;
module.exports.packStrings = packStrings;
module.exports.packWords = packWords;
module.exports.markerRange = markerRange;
module.exports.MIN_LIST = MIN_LIST;

// The webpack rule that sends the word lists (every JSON file under rules/) through this loader.
module.exports.dataRule = (options = {}) => ({
  test: /[\\/]rules[\\/].+\.json$/,
  include: path.resolve(__dirname, "../rules"),
  type: "javascript/auto",
  use: [{ loader: __filename, options }],
});
