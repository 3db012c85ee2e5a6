// Writes the on-send bundle in fewer bytes gzipped after the minifier and the other plugins ran
// (the last step before the ES2016 check, which this plugin repeats), with the same values:
//   - a list of at least MIN_ARRAY strings that is built once (not inside a function of the bundle's
//     own, only the wrapper webpack puts round it) becomes one string split at a character none of its
//     strings holds: ["a","b","c","d","e"] -> "a|b|c|d|e".split("|"). The word lists under 200 entries
//     (pack-data-loader.cjs keeps them as arrays) and the engine's own lists of words are such arrays;
//     gzip codes a quote-comma-quote between words in more bits than one separator character;
//   - an object of at least MIN_RECORD string values, built once (a table such as the HTML entities or the
//     kin words' sexes), becomes one string read by a short helper: {amp:"&",lt:"<"} -> $O("amp=&|lt=<","|","=");
//   - a template literal given to the regular-expression helper as its pattern (new RegExp(`…${x}…`)
//     in the engine) is written raw, tagged with String.raw, when that gives the same string: each
//     "\\\\" of the pattern is then one backslash (some 600 in the bundle). Its characters beyond ASCII
//     are written as \\u escapes, which the regular expression reads as the same characters;
//   - the global helpers the other plugins add (__crRegExp, Es2016RegExpPlugin; __crData,
//     DataLastPlugin) get short names that nothing else in the bundle uses: __crRegExp is called at
//     some 200 places.
//   - properties of the people stage's own objects (PRIVATE_PROPERTIES: what a name, a mention or a
//     person record carries while the stage weighs it; never part of a finding, a report the send check
//     reads, the case, the settings or Office's objects) get short names, at every access and key. A
//     name is left as it is if any string, template or pattern in the bundle holds it as a word (it
//     could be read as obj["name"], tested with "name" in obj, or be a capture group's name);
//   - every `const` declaration written `let` (the same bindings and values: only assigning a binding again
//     tells them apart, and TypeScript refuses that): 237 bytes smaller gzipped (stop 45);
//   - the bundle's top-level function declarations (terser's hoist_funs puts them first, in the order
//     of their modules) are put in the order gzip codes smallest, found greedily: each next the one
//     that costs fewest deflated bytes per character after the 32 KB before it (gzip's window). A
//     function declaration is hoisted: where it stands in its scope changes nothing when the script runs.
// Why not in the minifier: terser turns a split string back into nothing smaller, and the helpers are
// added after it ran.
const acorn = require("acorn");
const zlib = require("node:zlib");

/** Lists of at least this many strings are joined (5 measured smallest of 2-15 on the on-send bundle). */
const MIN_ARRAY = 5;
/** Objects of at least this many string values are written as one string (MIN_RECORD). */
const MIN_RECORD = 20;
/** Separators for a record's entries and for a key from its value: the first two that none of its keys and values holds. */
const RECORD_SEPARATORS = ["|", "=", ",", ";", "/", "#", "~", "^", "!", "@", "%", "*", "+", "?", ":"];
/** The record helper, ES5: the entries in order, each key set to its value (as the object literal sets them). */
const RECORD_HELPER = "function(s,a,b){for(var o={},e=s.split(a),i=0;i<e.length;i++){var k=e[i].indexOf(b);o[e[i].slice(0,k)]=e[i].slice(k+1)}return o}";

/** Separators, in the order they are tried: the first that no string of the list holds is used. */
const SEPARATORS = ["|", ",", ";", "/", "#", "~", "^", "!"];
/** The helpers' names, and the short names they may take (the first that the bundle does not use). */
const HELPERS = ["__crRegExp", "__crData"];
/** The helper that builds regular expressions from a pattern string (Es2016RegExpPlugin). */
const REGEXP_HELPER = "__crRegExp";
const SHORT_NAMES = ["$R", "$D", "$S", "R$", "D$", "S$", "$Q", "Q$", "$V", "V$", "$W", "W$"];

/**
 * Property names only the engine's people and address stages use on their own objects (checked: none is
 * a key of a finding, of Report, of the case profile, of the settings, of rules/ data or of Office's objects).
 * Renaming them saves what their length costs at each use (gzip still codes every use).
 */
const PRIVATE_PROPERTIES = [
  "phrase",
  "subjectName",
  "sentenceAt",
  "paragraphAt",
  "sentenceStart",
  "subjectForms",
  "subjectGivenForms",
  "subjectSurname",
  "allCaps",
  "adultEvidence",
  "childEvidence",
  "listedAdult",
  "listedChild",
  "onlyChildrenAndAdults",
  "hasSubject",
  "firstChild",
  "surnameLabel",
  "streetLevel",
  "pronounGender",
  "inQuote",
  "kinOfOther",
  "kinOfNamed",
  "adultRole",
  // Stop 45: a person's or mention's entity, signals, name parts, display form, gender, place and school
  // flags, and the people and date-of-birth stages' working flags (48 bytes smaller gzipped).
  "entity",
  "signals",
  "parts",
  "display",
  "gender",
  "place",
  "school",
  "listedWithNames",
  "childMentions",
  "childDetails",
  "ordinaryWord",
  "needsDateNext",
  "maySubject",
  "coordinated",
  // Keys of word lists' entries (rules/identifier/street-types.json, reference-labels.json, birth-cues.json),
  // read by name (address.ts, case-number.ts, date-of-birth.ts): the lists' keys are renamed with them.
  "abbreviations",
  "lowercaseOk",
  "exactCase",
];

/** The length of the String.raw alias's name (SHORT_NAMES are all two characters). */
const TAG_LENGTH = 2;

const FUNCTIONS = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

/** A string as a double-quoted literal in ASCII (what the minifier's ascii_only writes). */
function asciiLiteral(s) {
  return JSON.stringify(s).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * The raw text of an ES2016 tagged template whose raw value is `cooked` (so String.raw gives it back),
 * for a regular expression's pattern: characters beyond ASCII as \\u escapes (the same characters to
 * a regular expression, outside an escape). Undefined when there is none: a backtick, "\${", a carriage
 * return (raw text reads CR LF as LF), a backslash escaping what an ES2016 template cannot carry raw
 * (a digit, a \\u or \\x without its hex digits, a character beyond ASCII, the end of the text), or
 * a character beyond ASCII that is not a plain pattern character.
 */
function rawPattern(cooked) {
  if (/[`\r]|\$\{/.test(cooked)) return undefined;
  let out = "";
  for (let i = 0; i < cooked.length; i++) {
    const c = cooked[i];
    if (c === "\\") {
      const rest = cooked.slice(i + 1);
      if (rest === "" || /^[0-9\u007f-\uffff]/.test(rest)) return undefined;
      if ((rest[0] === "u" && !/^u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.test(rest)) || (rest[0] === "x" && !/^x[0-9a-fA-F]{2}/.test(rest))) return undefined;
      out += c + rest[0];
      i++;
    } else if (c.charCodeAt(0) >= 0x7f) {
      // A surrogate pair stays a pair of \\u escapes (the pattern reads them as one character with the u flag, as it read the pair).
      out += `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
    } else out += c;
  }
  return out;
}

/** Every node of the tree with its function depth (how many functions hold it), parents before children. */
function visit(node, depth, each) {
  if (!node || typeof node.type !== "string") return;
  const inner = depth + (FUNCTIONS.has(node.type) ? 1 : 0);
  each(node, inner);
  for (const key of Object.keys(node)) {
    const child = node[key];
    if (Array.isArray(child)) for (const c of child) visit(c, inner, each);
    else if (child && typeof child === "object") visit(child, inner, each);
  }
}

/**
 * The source with its string lists joined and its helpers renamed; counts for the build log and the test.
 * `maxDepth`: the function depth at which a list is still built once (1: inside webpack's wrapper).
 */
function compactLiterals(source, { minArray = MIN_ARRAY, maxDepth = 1 } = {}) {
  const tokens = [];
  const ast = acorn.parse(source, { ecmaVersion: "latest", onToken: tokens });
  const names = new Set(tokens.filter((t) => t.type.label === "name").map((t) => t.value));
  const edits = [];
  let arrays = 0;
  visit(ast, 0, (node, depth) => {
    if (node.type !== "ArrayExpression" || depth > maxDepth || node.elements.length < minArray) return;
    if (!node.elements.every((e) => e && e.type === "Literal" && typeof e.value === "string")) return;
    const values = node.elements.map((e) => e.value);
    const sep = SEPARATORS.find((c) => values.every((v) => !v.includes(c)));
    if (sep === undefined) return;
    edits.push({ start: node.start, end: node.end, text: `${asciiLiteral(values.join(sep))}.split(${JSON.stringify(sep)})` });
    arrays++;
  });
  // Records of strings: keys plain (no __proto__, which an object literal reads as the prototype).
  const recordEdits = [];
  visit(ast, 0, (node, depth) => {
    if (node.type !== "ObjectExpression" || depth > maxDepth || node.properties.length < MIN_RECORD) return;
    const entries = [];
    for (const p of node.properties) {
      if (p.type !== "Property" || p.computed || p.shorthand || p.method || p.kind !== "init") return;
      if (p.value.type !== "Literal" || typeof p.value.value !== "string") return;
      const key = p.key.type === "Identifier" ? p.key.name : p.key.type === "Literal" && typeof p.key.value === "string" ? p.key.value : undefined;
      if (key === undefined || key === "__proto__") return;
      entries.push([key, p.value.value]);
    }
    const [sep, eq] = RECORD_SEPARATORS.filter((c) => entries.every(([k, v]) => !k.includes(c) && !v.includes(c)));
    if (eq === undefined) return;
    recordEdits.push({ start: node.start, end: node.end, text: `(${asciiLiteral(entries.map(([k, v]) => k + eq + v).join(sep))},${JSON.stringify(sep)},${JSON.stringify(eq)})` });
  });
  // Patterns given as template literals, written raw: only where that is shorter (a doubled backslash saved).
  let raws = 0;
  const rawEdits = [];
  visit(ast, 0, (node) => {
    if (node.type !== "CallExpression" || node.callee.type !== "Identifier" || node.callee.name !== REGEXP_HELPER) return;
    const arg = node.arguments[0];
    // A string: as a template of one piece, when that is shorter with its tag.
    if (arg && arg.type === "Literal" && typeof arg.value === "string") {
      const raw = rawPattern(arg.value);
      if (raw === undefined || raw.length + 2 + TAG_LENGTH >= arg.end - arg.start) return;
      rawEdits.push({ start: arg.start, end: arg.end, text: `\`${raw}\``, tag: true });
      raws++;
      return;
    }
    if (!arg || arg.type !== "TemplateLiteral") return;
    const quasis = arg.quasis.map((q) => rawPattern(q.value.cooked));
    if (quasis.some((q) => q === undefined)) return;
    const saved = arg.quasis.reduce((n, q, i) => n + q.end - q.start - quasis[i].length, 0);
    if (saved <= TAG_LENGTH) return;
    arg.quasis.forEach((q, i) => rawEdits.push({ start: q.start, end: q.end, text: quasis[i] }));
    rawEdits.push({ start: arg.start, end: arg.start, tag: true });
    raws++;
  });
  const renamed = {};
  const free = SHORT_NAMES.filter((n) => !names.has(n));
  for (const helper of HELPERS) {
    if (!names.has(helper)) continue;
    const short = free.shift();
    if (short === undefined) break;
    renamed[helper] = short;
    for (const t of tokens) if (t.type.label === "name" && t.value === helper) edits.push({ start: t.start, end: t.end, text: short });
  }
  let records = 0;
  if (recordEdits.length) {
    const helper = free.shift();
    if (helper !== undefined) {
      renamed.record = helper;
      for (const e of recordEdits) edits.push({ ...e, text: helper + e.text });
      records = recordEdits.length;
    }
  }
  if (raws) {
    const tag = free.shift();
    if (tag !== undefined) {
      renamed["String.raw"] = tag;
      for (const e of rawEdits) edits.push(e.tag ? { start: e.start, end: e.end, text: tag + (e.text ?? "") } : e);
    } else raws = 0;
  }
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  // The String.raw alias and the record helper first, before any code that uses them.
  if (raws) out = `var ${renamed["String.raw"]}=String.raw;\n${out}`;
  if (records) out = `var ${renamed.record}=${RECORD_HELPER};\n${out}`;
  return { source: out, arrays, raws, records, renamed };
}

/** Short property names: "$" or "_" and a letter, then "$" and two letters. */
const LETTERS = [..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"];
const SHORT_PROPERTIES = [...LETTERS.map((c) => `$${c}`), ...LETTERS.map((c) => `_${c}`), ...LETTERS.flatMap((c) => LETTERS.map((d) => `$${c}${d}`))];

/**
 * The source with each of `names` renamed where it is a property: a member's name (a.name), an object's
 * key ({ name: … }, { name } becoming { $a: name }), a destructured key or a method's name. A name held as a
 * word by any string, template or regular expression is left as it is.
 */
function renameProperties(source, names = PRIVATE_PROPERTIES) {
  const tokens = [];
  const ast = acorn.parse(source, { ecmaVersion: "latest", onToken: tokens });
  const texts = tokens
    .filter((t) => t.type.label === "string" || t.type.label === "template" || t.type.label === "regexp")
    .map((t) => source.slice(t.start, t.end))
    .join("\n");
  const used = new Set(tokens.filter((t) => t.type.label === "name").map((t) => t.value));
  const free = SHORT_PROPERTIES.filter((n) => !used.has(n) && !texts.includes(n));
  const map = new Map();
  for (const name of names) {
    if (new RegExp(`(?<![\\w$])${name}(?![\\w$])`).test(texts) || !used.has(name)) continue;
    const short = free.shift();
    if (short === undefined) break;
    map.set(name, short);
  }
  const edits = [];
  visit(ast, 0, (node) => {
    if (node.type === "MemberExpression" && !node.computed && map.has(node.property.name))
      edits.push({ start: node.property.start, end: node.property.end, text: map.get(node.property.name) });
    else if ((node.type === "Property" || node.type === "MethodDefinition") && !node.computed && node.key.type === "Identifier" && map.has(node.key.name)) {
      const short = map.get(node.key.name);
      edits.push({ start: node.key.start, end: node.key.end, text: node.shorthand ? `${short}:${node.key.name}` : short });
    }
  });
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { source: out, renamed: Object.fromEntries(map) };
}

/**
 * The source with each `const` declaration written `let` (three characters fewer, and one keyword fewer for
 * gzip to code): the same bindings, scopes and values. The two differ only when a binding is assigned
 * again, which throws for a `const`; the engine is TypeScript, whose compiler refuses any such assignment,
 * and the minifier adds none.
 */
function constsAsLet(source) {
  const ast = acorn.parse(source, { ecmaVersion: "latest" });
  const starts = [];
  visit(ast, 0, (node) => {
    if (node.type === "VariableDeclaration" && node.kind === "const") starts.push(node.start);
  });
  let out = "";
  let at = 0;
  for (const start of starts.sort((a, b) => a - b)) {
    if (source.slice(start, start + 5) !== "const") throw new Error(`compact-bundle-plugin: no "const" at ${start}`);
    out += source.slice(at, start) + "let";
    at = start + 5;
  }
  return { source: out + source.slice(at), consts: starts.length };
}

/** gzip's window: what a function can match against. */
const WINDOW = 32768;
/**
 * Bytes a deflate block costs whatever it holds (its header, its code tables, its end). 6 measured best
 * of 2-20 on the on-send bundle (121,226 bytes gzipped; 4-8 within 16 bytes of it); timing each function
 * as gzip(the 32 KB before + it) - gzip(the 32 KB before) ordered them as well (121,236) at ten times the CPU (12 s).
 */
const BLOCK_COST = 6;

/**
 * The source with the function declarations directly in the bundle's wrapper (its one top-level
 * function call) reordered, each into the place of one of them; unchanged when the wrapper declares
 * a name twice (then the order would matter) or has no such declarations.
 */
function orderFunctions(source) {
  const ast = acorn.parse(source, { ecmaVersion: "latest" });
  const wrappers = ast.body.filter((s) => s.type === "ExpressionStatement" && s.expression.type === "CallExpression" && /Function/.test(s.expression.callee.type));
  if (wrappers.length !== 1 || wrappers[0].expression.callee.body.type !== "BlockStatement") return { source, functions: 0 };
  const body = wrappers[0].expression.callee.body.body;
  const functions = body.filter((s) => s.type === "FunctionDeclaration");
  const names = functions.map((f) => f.id.name);
  if (functions.length < 2 || new Set(names).size !== names.length) return { source, functions: 0 };
  const texts = functions.map((f) => source.slice(f.start, f.end));
  const left = texts.map((_, i) => i);
  const order = [];
  let tail = source.slice(Math.max(0, functions[0].start - WINDOW), functions[0].start);
  while (left.length) {
    // The function deflated with the 32 KB before it as the dictionary: what it costs after them, less
    // what a deflate block costs however short (the stream pays it once, not once per function).
    const dictionary = Buffer.from(tail);
    let best = 0;
    let bestCost = Infinity;
    left.forEach((i, k) => {
      const cost = (zlib.deflateRawSync(texts[i], { level: 9, dictionary }).length - BLOCK_COST) / texts[i].length;
      if (cost < bestCost) {
        bestCost = cost;
        best = k;
      }
    });
    const [chosen] = left.splice(best, 1);
    order.push(chosen);
    tail = (tail + texts[chosen]).slice(-WINDOW);
  }
  let out = "";
  let at = 0;
  functions.forEach((f, k) => {
    out += source.slice(at, f.start) + texts[order[k]];
    at = f.end;
  });
  return { source: out + source.slice(at), functions: functions.length };
}

class CompactBundlePlugin {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("CompactBundlePlugin", (compilation) => {
      // After DataLastPlugin and Es2016RegExpPlugin (the same stage, registered after them).
      compilation.hooks.processAssets.tap({ name: "CompactBundlePlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING }, (assets) => {
        for (const file of this.files) {
          if (!assets[file]) continue;
          const { source } = orderFunctions(constsAsLet(renameProperties(compactLiterals(assets[file].source().toString()).source).source).source);
          // Fails the build if the result is not ES2016.
          acorn.parse(source, { ecmaVersion: 2016, sourceType: "script" });
          compilation.updateAsset(file, new RawSource(source));
        }
      });
    });
  }
}

module.exports = { CompactBundlePlugin, compactLiterals, renameProperties, constsAsLet, orderFunctions, PRIVATE_PROPERTIES };
