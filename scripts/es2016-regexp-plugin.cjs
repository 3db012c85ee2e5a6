// Makes the on-send bundle parse and run on ES2016 (classic Outlook's JavaScript-only runtime before
// version 2403). TypeScript already lowers the syntax (target ES2016); this lowers the regular
// expressions, which TypeScript leaves alone:
//   - a regex literal with Unicode property escapes (\p{L}) or a lookbehind, and every `new RegExp(…)`
//     (whose pattern is only known at run time), goes through __crRegExp: the native RegExp first, and
//     only if that throws (an engine without these features) the same pattern with \p{…} spelled out as
//     code-point classes (which ES2015's u flag understands) and lookbehinds removed; which of the two
//     works is remembered per pattern, so an old engine pays the failed attempt once. Without
//     its lookbehind a pattern can match a little more, never less: the send check may warn more on
//     those old clients, it never misses more.
// The property tables cover exactly the properties the bundle names, computed from Node's own engine.
const acorn = require("acorn");

/** Code-point ranges matched by \p{name}, as class contents with \u{…} escapes (u flag). */
function propertyClass(name) {
  const re = new RegExp(`^\\p{${name}}$`, "u");
  let out = "";
  let start = -1;
  const hex = (cp) => `\\u{${cp.toString(16).toUpperCase()}}`;
  for (let cp = 0; cp <= 0x110000; cp++) {
    const hit = cp < 0x110000 && !(cp >= 0xd800 && cp <= 0xdfff) && re.test(String.fromCodePoint(cp));
    if (hit && start < 0) start = cp;
    if (!hit && start >= 0) {
      out += start === cp - 1 ? hex(start) : `${hex(start)}-${hex(cp - 1)}`;
      start = -1;
    }
  }
  return out;
}

/**
 * How the bundle writes a number: base 62, its last digit from TERMINAL and any before it from LEADING
 * (base 27), so numbers follow one another with no separator. Neither set holds '"', "\\", "+" or "|".
 */
const TERMINAL = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const LEADING = "!#$%&'()*-./:;<=>?@[]^_`{}~";

function compactNumber(v) {
  let out = TERMINAL[v % TERMINAL.length];
  v = Math.floor(v / TERMINAL.length);
  while (v > 0) {
    out = LEADING[v % LEADING.length] + out;
    v = Math.floor(v / LEADING.length);
  }
  return out;
}

/** A class's code-point ranges, [first, last] in order. */
function classRanges(cls) {
  return [...cls.matchAll(/\\u\{([0-9A-F]+)\}(?:-\\u\{([0-9A-F]+)\})?/g)].map((m) => [parseInt(m[1], 16), m[2] ? parseInt(m[2], 16) : parseInt(m[1], 16)]);
}

/** Ranges as the bundle carries them: each range's gap from the previous range's end, then its length (compactNumber each). */
function compactRanges(ranges) {
  let out = "";
  let end = -1;
  for (const [start, last] of ranges) {
    out += compactNumber(start - end - 1) + compactNumber(last - start);
    end = last;
  }
  return out;
}

/** The class contents as the bundle carries them (compactRanges). */
function compactClass(cls) {
  return compactRanges(classRanges(cls));
}

/**
 * Every property's class as the bundle carries it. A property that holds others of the table whole
 * (\p{L} holds \p{Ll} and \p{Lu}) names them and carries only the rest: "Ll+Lu|…". A named property
 * names none itself, so expanding is one level deep. (With the gaps and lengths written in base 62
 * rather than base 36 with separators, on-send.js's tables went from 3.7 to about 3.1 KiB gzipped.)
 */
function compactTable(table) {
  const sets = {};
  for (const name of Object.keys(table)) {
    sets[name] = new Set();
    for (const [a, b] of classRanges(table[name])) for (let c = a; c <= b; c++) sets[name].add(c);
  }
  const names = Object.keys(table).sort((x, y) => sets[x].size - sets[y].size || (x < y ? -1 : 1));
  const compact = {};
  const referring = new Set();
  for (const name of names) {
    const plain = compactClass(table[name]);
    const refs = names.filter((q) => q !== name && !referring.has(q) && sets[q].size < sets[name].size && [...sets[q]].every((c) => sets[name].has(c)));
    if (!refs.length) {
      compact[name] = plain;
      continue;
    }
    const held = new Set(refs.flatMap((q) => [...sets[q]]));
    const rest = [...sets[name]].filter((c) => !held.has(c)).sort((x, y) => x - y);
    const ranges = [];
    for (const c of rest) {
      const last = ranges[ranges.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else ranges.push([c, c]);
    }
    const withRefs = `${refs.join("+")}|${compactRanges(ranges)}`;
    if (withRefs.length < plain.length) {
      compact[name] = withRefs;
      referring.add(name);
    } else compact[name] = plain;
  }
  return Object.fromEntries(Object.keys(table).map((n) => [n, compact[n]]));
}

/** A compact class (compactTable) spelled out as class contents again. Written in ES5: it is prepended to the bundle. */
function expandClass(compact, all) {
  var out = "";
  var hex = function (cp) {
    return "\\u{" + cp.toString(16).toUpperCase() + "}";
  };
  var bar = compact.indexOf("|");
  if (bar >= 0) {
    var refs = compact.slice(0, bar).split("+");
    for (var r = 0; r < refs.length; r++) out += expandClass(all[refs[r]], all);
    compact = compact.slice(bar + 1);
  }
  var T = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  var L = "!#$%&'()*-./:;<=>?@[]^_`{}~";
  var end = -1;
  var start = 0;
  var gap = true;
  var v = 0;
  for (var i = 0; i < compact.length; i++) {
    var c = compact.charAt(i);
    var d = T.indexOf(c);
    if (d < 0) {
      v = v * L.length + L.indexOf(c);
      continue;
    }
    v = v * T.length + d;
    if (gap) start = end + 1 + v;
    else {
      end = start + v;
      out += start === end ? hex(start) : hex(start) + "-" + hex(end);
    }
    gap = !gap;
    v = 0;
  }
  return out;
}

/**
 * \p{…} and \P{…} outside or inside classes replaced by the table's classes. Written in ES5: the same
 * function is prepended to the bundle for patterns only known at run time.
 */
function expandProperties(pattern, table) {
  var out = "";
  var inClass = false;
  for (var i = 0; i < pattern.length; i++) {
    var c = pattern[i];
    if (c === "\\") {
      var m = /^\\([pP])\{([\w=]+)\}/.exec(pattern.slice(i));
      if (m && table[m[2]] !== undefined) {
        if (m[1] === "P" && inClass) throw new Error("\\P{" + m[2] + "} inside a class cannot be lowered");
        out += m[1] === "P" ? "[^" + table[m[2]] + "]" : inClass ? table[m[2]] : "[" + table[m[2]] + "]";
        i += m[0].length - 1;
        continue;
      }
      out += c + (i + 1 < pattern.length ? pattern[i + 1] : "");
      i++;
      continue;
    }
    if (c === "[" && !inClass) inClass = true;
    else if (c === "]" && inClass) inClass = false;
    out += c;
  }
  return out;
}

/** The runtime helper, in ES5, minified (it is prepended to the bundle after the bundle's own minifier ran). */
function helperSource(table) {
  const compact = compactTable(table);
  const { code } = require("terser").minify_sync(readableHelper(compact), { ecma: 5, compress: { passes: 2 }, mangle: true, format: { ecma: 5 } });
  return `${code}\n`;
}

function readableHelper(compact) {
  return `var __crRegExp=(function(compact){
var cache={};
var table;
${expandClass.toString()}
${expandProperties.toString()}
function stripLookbehind(p){var out="",i=0,inClass=false;while(i<p.length){var c=p[i];
if(c==="\\\\"){out+=p.substr(i,2);i+=2;continue;}
if(inClass){if(c==="]")inClass=false;out+=c;i++;continue;}
if(c==="["){inClass=true;out+=c;i++;continue;}
if(p.substr(i,4)==="(?<="||p.substr(i,4)==="(?<!"){var depth=0,cls=false,j=i;for(;j<p.length;j++){var d=p[j];if(d==="\\\\"){j++;continue;}if(cls){if(d==="]")cls=false;continue;}if(d==="[")cls=true;else if(d==="(")depth++;else if(d===")"){depth--;if(depth===0)break;}}i=j+1;continue;}
out+=c;i++;}return out;}
var size=0;
return function(pattern,flags){
if(pattern&&pattern.raw){flags=flags||"";pattern=pattern.raw[0];}
if(pattern instanceof RegExp){if(flags===undefined)flags=pattern.flags;pattern=pattern.source;}
var key=flags+"/"+pattern;var src=cache[key];
if(src===undefined){try{new RegExp(pattern,flags);src=pattern;}catch(e){if(!table){table={};for(var name in compact)table[name]=expandClass(compact[name],compact);}
src=stripLookbehind(expandProperties(String(pattern),table));}
if(size++>2000){cache={};size=0;}cache[key]=src;}
return new RegExp(src,flags);};
})(${JSON.stringify(compact)});
`;
}

/**
 * A pattern as an ES2016 template literal's raw text, unchanged: no backtick, "${", octal-looking or
 * malformed \\u and \\x escapes (a syntax error in an ES2016 template, tagged or not); else undefined.
 */
function rawTemplate(pattern) {
  if (/[`]|\$\{/.test(pattern)) return undefined;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] !== "\\") continue;
    const rest = pattern.slice(i + 1);
    if (/^[0-9]/.test(rest) || (rest[0] === "u" && !/^u(?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})/.test(rest)) || (rest[0] === "x" && !/^x[0-9a-fA-F]{2}/.test(rest))) return undefined;
    i++;
  }
  return pattern;
}

/**
 * The call that builds one lowered literal: a template tagged with __crRegExp, its raw text the pattern
 * and the flags its one substitution (no backslash doubled, as a string literal would: about 0.4 KB
 * smaller gzipped), or __crRegExp("pattern","flags") where a template cannot carry the pattern.
 */
function regExpCall(pattern, flags) {
  const raw = rawTemplate(pattern);
  if (raw === undefined) return `__crRegExp(${JSON.stringify(pattern)},${JSON.stringify(flags)})`;
  return `__crRegExp\`${raw}${flags ? `\${${JSON.stringify(flags)}}` : ""}\``;
}

/** Rewrites one bundle's source; returns the new source and counts (for the build log and tests). */
function lowerRegExps(source) {
  const names = new Set();
  for (const m of source.matchAll(/\\+[pP]\{(\w+(?:=\w+)?)\}/g)) names.add(m[1]);
  const table = {};
  for (const name of [...names].sort()) table[name] = propertyClass(name);
  const edits = [];
  const tokens = [];
  acorn.parse(source, { ecmaVersion: "latest", onToken: tokens });
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.type.label === "regexp") {
      const { pattern, flags } = t.value;
      const lookbehind = /\(\?<[=!]/.test(pattern);
      const props = /\\[pP]\{/.test(pattern);
      // Spelling the classes out in every literal made the bundle 900 KB larger (\p{L} alone is ~650
      // ranges); through the helper the table is written once and expanded only on an old engine.
      // Fails the build now for a literal an old engine could not get spelled out at run time.
      if (props) expandProperties(pattern, table);
      // The leading space keeps a minified "return/…/u" from becoming "return__crRegExp(…)".
      if (lookbehind || props) edits.push({ start: t.start, end: t.end, text: ` ${regExpCall(pattern, flags)}` });
    } else if (t.type.keyword === "new" && tokens[i + 1]?.value === "RegExp" && tokens[i + 2]?.type.label === "(") {
      edits.push({ start: t.start, end: tokens[i + 1].end, text: "__crRegExp" });
    }
  }
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { source: helperSource(table) + out, edits: edits.length, properties: Object.keys(table) };
}

class Es2016RegExpPlugin {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("Es2016RegExpPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "Es2016RegExpPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING }, (assets) => {
        for (const file of this.files) {
          if (!assets[file]) continue;
          const { source } = lowerRegExps(assets[file].source().toString());
          // Fails the build if anything newer than ES2016 is left.
          acorn.parse(source, { ecmaVersion: 2016, sourceType: "script" });
          compilation.updateAsset(file, new RawSource(source));
        }
      });
    });
  }
}

module.exports = { Es2016RegExpPlugin, lowerRegExps, expandProperties, propertyClass, compactClass, compactTable, expandClass };
