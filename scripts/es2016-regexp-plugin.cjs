// Makes the on-send bundle parse and run on ES2016 (classic Outlook's JavaScript-only runtime before
// version 2403). TypeScript already lowers the syntax (target ES2016); this lowers the regular
// expressions, which TypeScript leaves alone:
//   - a regex literal with Unicode property escapes (\p{L}) gets them spelled out as code-point
//     classes, which ES2015's u flag understands;
//   - a regex literal with a lookbehind, and every `new RegExp(…)` (whose pattern is only known at run
//     time), goes through __crRegExp: the native RegExp first, and only if that throws (an engine
//     without these features) the same pattern with \p{…} spelled out and lookbehinds removed. Without
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

/** The runtime helper, in ES5 (it is prepended to the bundle as is). */
function helperSource(table) {
  return `var __crRegExp=(function(table){
var cache={};
${expandProperties.toString()}
function stripLookbehind(p){var out="",i=0,inClass=false;while(i<p.length){var c=p[i];
if(c==="\\\\"){out+=p.substr(i,2);i+=2;continue;}
if(inClass){if(c==="]")inClass=false;out+=c;i++;continue;}
if(c==="["){inClass=true;out+=c;i++;continue;}
if(p.substr(i,4)==="(?<="||p.substr(i,4)==="(?<!"){var depth=0,cls=false,j=i;for(;j<p.length;j++){var d=p[j];if(d==="\\\\"){j++;continue;}if(cls){if(d==="]")cls=false;continue;}if(d==="[")cls=true;else if(d==="(")depth++;else if(d===")"){depth--;if(depth===0)break;}}i=j+1;continue;}
out+=c;i++;}return out;}
return function(pattern,flags){
if(pattern instanceof RegExp){if(flags===undefined)flags=pattern.flags;pattern=pattern.source;}
try{return new RegExp(pattern,flags);}catch(e){
var key=flags+"/"+pattern;var fixed=cache[key]||(cache[key]=stripLookbehind(expandProperties(String(pattern),table)));
return new RegExp(fixed,flags);}};
})(${JSON.stringify(table)});
`;
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
      if (lookbehind) edits.push({ start: t.start, end: t.end, text: `__crRegExp(${JSON.stringify(pattern)},${JSON.stringify(flags)})` });
      else if (props) edits.push({ start: t.start, end: t.end, text: `/${expandProperties(pattern, table)}/${flags}` });
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

module.exports = { Es2016RegExpPlugin, lowerRegExps, expandProperties, propertyClass };
