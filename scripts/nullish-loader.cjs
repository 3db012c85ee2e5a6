// Webpack loader for the on-send bundle, run on TypeScript's ES2016 output (after ts-loader): TypeScript
// lowers `a?.b` and `a ?? b` (ES2020) into two comparisons,
//   (_a = x) === null || _a === void 0 ? void 0 : _a.b      x ?? y  →  (_a = x) !== null && _a !== void 0 ? _a : y
// which the minifier keeps as written (`null===(t=x)||void 0===t?void 0:t.b`). Each such pair is one loose
// comparison with null, `(_a = x) == null` or `(_a = x) != null`: the same for every value (== null is true
// exactly for null and undefined; the one exception, a browser's document.all, is never among the engine's
// or the handler's values). About 170 pairs in on-send.js: 122,877 -> 122,622 bytes gzipped (stop 37).
// Only the exact shape is rewritten: a `null` comparison and a `void 0` comparison of the same variable,
// the first of the two assigning it or reading it bare, joined by || (===) or && (!==).
const acorn = require("acorn");

/** The variable a comparison operand names: `_a` or `(_a = …)`; undefined for anything else. */
function variableOf(node) {
  if (node.type === "Identifier") return node.name;
  if (node.type === "AssignmentExpression" && node.operator === "=" && node.left.type === "Identifier") return node.left.name;
  return undefined;
}

const isNull = (n) => n.type === "Literal" && n.value === null && n.raw === "null";
const isVoid0 = (n) => n.type === "UnaryExpression" && n.operator === "void" && n.argument.type === "Literal" && n.argument.value === 0;

/** For `x === null` (or `null === x`) with operator op: the operand x; else undefined. */
function comparedWith(node, op, isOther) {
  if (node.type !== "BinaryExpression" || node.operator !== op) return undefined;
  if (isOther(node.right)) return node.left;
  if (isOther(node.left)) return node.right;
  return undefined;
}

/** The source with each lowered null-and-undefined pair made one loose comparison, and how many were. */
function looseNullish(source) {
  const ast = acorn.parse(source, { ecmaVersion: "latest", sourceType: "module" });
  const edits = [];
  const visit = (node) => {
    if (!node || typeof node.type !== "string") return;
    if (node.type === "LogicalExpression" && (node.operator === "||" || node.operator === "&&")) {
      const op = node.operator === "||" ? "===" : "!==";
      const first = comparedWith(node.left, op, isNull);
      const second = comparedWith(node.right, op, isVoid0);
      const name = first && variableOf(first);
      if (name && second && second.type === "Identifier" && second.name === name) {
        edits.push({ start: node.start, end: node.end, first, op: op === "===" ? "==" : "!=" });
        // The assignment inside may hold another pair (a?.b?.c): visit it too.
        visit(first);
        return;
      }
    }
    for (const key of Object.keys(node)) {
      const v = node[key];
      if (Array.isArray(v)) v.forEach(visit);
      else if (v && typeof v === "object" && typeof v.type === "string") visit(v);
    }
  };
  visit(ast);
  edits.sort((a, b) => a.start - b.start);
  /** The text of [start, end) with the pairs inside it rewritten (a pair's operand may hold another pair). */
  const render = (start, end) => {
    let out = "";
    let at = start;
    for (const e of edits) {
      if (e.start < at || e.end > end) continue;
      out += source.slice(at, e.start) + `(${render(e.first.start, e.first.end)}) ${e.op} null`;
      at = e.end;
    }
    return out + source.slice(at, end);
  };
  return { source: render(0, source.length), rewritten: edits.length };
}

module.exports = function nullishLoader(source) {
  // No source map: the on-send bundle is built without one (devtool: false).
  this.callback(null, looseNullish(source).source);
};
module.exports.looseNullish = looseNullish;
