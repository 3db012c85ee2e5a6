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
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const zlib = require("node:zlib");

const MIN_LIST = 200;
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

const gzipSize = (text) => zlib.gzipSync(text, { level: 9 }).length;
const isStringList = (v) => Array.isArray(v) && v.length >= MIN_LIST && v.every((s) => typeof s === "string");
const isStringRecord = (v) => {
  if (!v || typeof v !== "object" || Array.isArray(v)) return false;
  const values = Object.values(v);
  return values.length >= MIN_LIST && values.every((s) => typeof s === "string");
};

/** The packed call for a large string list or record, when it gzips smaller than the JSON; else undefined. */
function packedCall(value, used) {
  let call;
  if (isStringList(value)) {
    const range = markerRange([value]);
    if (range) call = { name: "strings", src: `unpackStrings(${JSON.stringify(packStrings(value, range.base))},${range.base},${range.top})` };
  } else if (isStringRecord(value)) {
    const keys = Object.keys(value);
    const values = Object.values(value);
    const single = values.every((s) => s.length === 1);
    const range = markerRange(single ? [keys] : [keys, values]);
    if (range) {
      const vals = single ? values.join("") : packStrings(values, range.base);
      call = { name: "record", src: `unpackRecord(${JSON.stringify(packStrings(keys, range.base))},${JSON.stringify(vals)},${!single},${range.base},${range.top})` };
    }
  }
  if (!call || gzipSize(call.src) >= gzipSize(JSON.stringify(value))) return undefined;
  used[call.name] = true;
  return call.src;
}

/** JavaScript source for the value, with its large string lists packed. */
function emit(value, omit, used) {
  const packed = packedCall(value, used);
  if (packed) return packed;
  if (Array.isArray(value)) return `[${value.map((v) => emit(v, omit, used)).join(",")}]`;
  if (value && typeof value === "object") {
    const parts = [];
    for (const [k, v] of Object.entries(value)) if (!omit.has(k)) parts.push(`${JSON.stringify(k)}:${emit(v, omit, used)}`);
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
  const body = emit(value, omit, used);
  const packed = !!(used.strings || used.record);
  if (!packed) return { code: `export default JSON.parse(${JSON.stringify(JSON.stringify(expected(value, omit)))});`, body: undefined, packed };
  const { unpackStrings, unpackRecord } = loadDecoder();
  const decoded = new Function("unpackStrings", "unpackRecord", `return (${body});`)(unpackStrings, unpackRecord);
  if (JSON.stringify(decoded) !== JSON.stringify(expected(value, omit))) throw new Error("pack-data-loader: the packed list does not decode to the JSON");
  const names = [used.strings && "unpackStrings", used.record && "unpackRecord"].filter(Boolean).join(", ");
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
module.exports.markerRange = markerRange;
module.exports.MIN_LIST = MIN_LIST;

// The webpack rule that sends the word lists (every JSON file under rules/) through this loader.
module.exports.dataRule = (options = {}) => ({
  test: /[\\/]rules[\\/].+\.json$/,
  include: path.resolve(__dirname, "../rules"),
  type: "javascript/auto",
  use: [{ loader: __filename, options }],
});
