// Webpack loader for the on-send bundle's engine sources (src/engine/**/*.ts): the send check counts
// findings by category and never shows their wording, so the wording a rule writes for a finding or
// about itself is carried blank. In an object literal, the value of each of these properties:
//   message, note, source, advice, description   becomes ""  (a function value: a function returning "")
//   suggestions                                  becomes []
// Nothing else changes: a finding keeps its place, category, rule, confidence and data, and no engine
// code decides anything from these properties (on-send-bundle.test.ts compares the bundle's findings
// with the engine's, wording aside). Unused constants the values named (a rule's NOTE, SOURCE) then
// fall out with the minifier.
//
// Option reasons: true (the build without the judgemental stage, the only other reader of a person's
// reasons' words): the people stage's reasons ("has a partner or a job") are carried as short codes. The
// engine still compares and counts them (two reasons make a surer finding), so the coding keeps every
// equality: a text is coded only where all its literals in src/engine stand where a reason is written
// (addSignal's third argument, an element of a reasons list, reasons.push's argument), never where it
// might reach a reason through a constant or another function's argument or serve as anything else
// ("date of birth" is also a detail's kind), and only if no reason written as a template could spell it.
const fs = require("node:fs");
const path = require("node:path");
const ts = require("typescript");

const ENGINE = path.resolve(__dirname, "../src/engine");

/** Properties whose values only word a finding or a rule. */
const BLANK = new Set(["message", "note", "source", "advice", "description"]);
const EMPTY_LIST = new Set(["suggestions"]);

function propertyName(node) {
  const name = node.name;
  if (!name) return undefined;
  if (ts.isIdentifier(name) || ts.isStringLiteral(name)) return name.text;
  return undefined;
}

const isText = (node) => ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node);

/** The expressions written where a reason is given: addSignal(c, s, WHY), reasons: [WHY, …], reasons.push(WHY). */
function reasonSites(node) {
  if (ts.isCallExpression(node)) {
    const callee = node.expression;
    if (ts.isIdentifier(callee) && callee.text === "addSignal" && node.arguments.length > 2) return [node.arguments[2]];
    if (ts.isPropertyAccessExpression(callee) && callee.name.text === "push" && ts.isPropertyAccessExpression(callee.expression) && callee.expression.name.text === "reasons")
      return [...node.arguments];
  }
  if (ts.isPropertyAssignment(node) && propertyName(node) === "reasons" && ts.isArrayLiteralExpression(node.initializer)) return [...node.initializer.elements];
  return [];
}

/** The literals a reason expression can evaluate to (through parentheses and a ?: choice), and its templates. */
function reasonValues(node, literals, templates) {
  if (ts.isParenthesizedExpression(node)) return reasonValues(node.expression, literals, templates);
  if (ts.isConditionalExpression(node)) {
    reasonValues(node.whenTrue, literals, templates);
    return reasonValues(node.whenFalse, literals, templates);
  }
  if (isText(node)) literals.add(node);
  else if (ts.isTemplateExpression(node)) templates.add(node);
}

let codes;
/** text → code for every reason text that can be coded, from all of src/engine (read once per build). */
function reasonCodes() {
  if (codes) return codes;
  const atReason = new Set();
  const elsewhere = new Set();
  const templates = [];
  const sitesTemplates = new Set();
  const files = fs.readdirSync(ENGINE, { recursive: true }).filter((f) => f.endsWith(".ts"));
  for (const f of files.sort()) {
    const file = ts.createSourceFile(f, fs.readFileSync(path.join(ENGINE, f), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    const sites = new Set();
    const people = f.startsWith(`people${path.sep}`);
    const visit = (node) => {
      for (const site of reasonSites(node)) reasonValues(site, sites, sitesTemplates);
      if (isText(node)) (sites.has(node) ? atReason : elsewhere).add(node.text);
      // The people stage's templates may reach a reason through a function's argument (addAge's "aged 9").
      if (people && ts.isTemplateExpression(node)) templates.push(node);
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  templates.push(...sitesTemplates);
  // A template's head and tail around its substitutions: a literal starting and ending so might equal it.
  // (one with neither, "${given} ${surname}", builds a key or a name, never a reason).
  const spellable = (text) =>
    templates.some((t) => {
      const tail = t.templateSpans[t.templateSpans.length - 1].literal.text;
      if (!t.head.text && !tail && !sitesTemplates.has(t)) return false;
      return text.startsWith(t.head.text) && text.endsWith(tail) && text.length >= t.head.text.length + tail.length;
    });
  codes = new Map();
  const coded = [...atReason].filter((t) => !elsewhere.has(t) && !spellable(t)).sort();
  // "\u0001" and base-36: no text a person writes, and shorter than any reason.
  coded.forEach((t, i) => codes.set(t, `\u0001${i.toString(36)}`));
  return codes;
}

/** The source with the wording properties' values blanked (and reasons coded), and how many were. */
function blankWording(source, fileName = "module.ts", options = {}) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits = [];
  const reasons = options.reasons ? reasonCodes() : undefined;
  const visit = (node) => {
    if (reasons && isText(node) && reasons.has(node.text)) {
      edits.push({ start: node.getStart(file), end: node.end, text: JSON.stringify(reasons.get(node.text)) });
      return;
    }
    if (ts.isPropertyAssignment(node) && ts.isObjectLiteralExpression(node.parent)) {
      const name = propertyName(node);
      const value = node.initializer;
      if (name && (BLANK.has(name) || EMPTY_LIST.has(name))) {
        const fn = ts.isArrowFunction(value) || ts.isFunctionExpression(value);
        const blank = EMPTY_LIST.has(name) ? "[]" : '""';
        edits.push({ start: value.getStart(file), end: value.end, text: fn ? `() => ${blank}` : blank });
        return;
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const e of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return { source: out, blanked: edits.length };
}

module.exports = function sendWordingLoader(source) {
  const options = (this.getOptions && this.getOptions()) || {};
  // The codes are read from every engine source once per process (a one-off build, as the bundles are made).
  if (options.reasons) this.addContextDependency?.(ENGINE);
  return blankWording(source, this.resourcePath, options).source;
};
module.exports.reasonCodes = reasonCodes;
module.exports.blankWording = blankWording;
