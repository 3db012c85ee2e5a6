// scripts/nullish-loader.cjs rewrites TypeScript's ES2016 lowering of `?.` and `??` (two comparisons, with
// null and with void 0) as one loose comparison with null, for the on-send bundle. The rewritten code must
// give the same value as TypeScript's for every kind of value, and leave every other comparison alone.
import vm from "node:vm";
import ts from "typescript";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { looseNullish } = require("../../scripts/nullish-loader.cjs") as { looseNullish: (source: string) => { source: string; rewritten: number } };

const lower = (code: string) => ts.transpileModule(code, { compilerOptions: { target: ts.ScriptTarget.ES2016, module: ts.ModuleKind.ESNext } }).outputText;

/** Values that differ in every way a nullish test could mistake: null and undefined, and the falsy non-nullish ones. */
const VALUES = ["null", "undefined", "0", "''", "false", "NaN", "{ b: null, c: 0, d: { e: 1 }, f: () => 2 }", "{ b: { c: undefined }, d: undefined }", "'text'"];

const FUNCTIONS = `
function chain(a) { return a?.b?.c; }
function deep(a) { return a?.d?.e ?? "none"; }
function call(a) { return a?.f?.() ?? a?.c ?? -1; }
function index(a, k) { return a?.[k] ?? k; }
function fallback(a) { return a ?? "fallback"; }
function nested(a) { return (a?.b ?? a?.d) ?? (a ?? 7); }
function counted(a) { let n = 0; const v = (n++, a)?.b ?? (n++, a) ?? n; return [v, n]; }
`;

function results(code: string): string {
  const context = vm.createContext({});
  vm.runInContext(
    `${code}\nthis.out = JSON.stringify([${VALUES.map(
      (v) => `(() => { const a = ${v}; return [chain(a), deep(a), call(a), index(a, "b"), index(a, "z"), fallback(a), nested(a), counted(a)]; })()`,
    ).join(",")}].map((r) => r.map((x) => (x === undefined ? "undefined" : x))));`,
    context,
  );
  return context.out as string;
}

describe("looseNullish", () => {
  const lowered = lower(FUNCTIONS);

  it("makes each of TypeScript's null-and-undefined pairs one comparison with null", () => {
    const { source, rewritten } = looseNullish(lowered);
    expect(lowered).toMatch(/!== null && \w+ !== void 0/);
    expect(lowered).toMatch(/=== null \|\| \w+ === void 0/);
    expect(rewritten).toBeGreaterThanOrEqual(14);
    expect(source).not.toMatch(/!== null && \w+ !== void 0|=== null \|\| \w+ === void 0/);
    expect(source).toMatch(/\) != null/);
    expect(source).toMatch(/\) == null/);
  });

  it("gives the same value as TypeScript's lowering for null, undefined and the falsy values that are not nullish", () => {
    const { source } = looseNullish(lowered);
    expect(results(source)).toBe(results(lowered));
    // The functions are right in the first place (the comparison is not vacuous).
    expect(JSON.parse(results(source))[0]).toEqual(["undefined", "none", -1, "b", "z", "fallback", 7, [2, 2]]);
    expect(JSON.parse(results(source))[1]).toEqual(["undefined", "none", -1, "b", "z", "fallback", 7, [2, 2]]);
    expect(JSON.parse(results(source))[2]).toEqual(["undefined", "none", -1, "b", "z", 0, 0, [0, 2]]);
  });

  it("leaves comparisons of two different variables, with undefined by name, or of one kind only, as written", () => {
    const other = "x = a === null || b === void 0; y = a !== null && a !== undefined; z = a === null || a !== void 0; w = a === void 0 || a === null;";
    expect(looseNullish(other)).toEqual({ source: other, rewritten: 0 });
  });
});
