// scripts/compact-bundle-plugin.cjs writes the on-send bundle in fewer bytes after the minifier: string
// lists as split strings, string tables through a helper, patterns raw, short helper and property names,
// function declarations reordered. The script must compute exactly what it computed before.
import vm from "node:vm";
import * as acorn from "acorn";

type Result = { source: string; arrays?: number; raws?: number; records?: number; functions?: number; renamed: Record<string, string> };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const plugin = require("../../../scripts/compact-bundle-plugin.cjs") as {
  compactLiterals: (source: string) => Result;
  renameProperties: (source: string, names?: string[]) => Result;
  constsAsLet: (source: string) => Result & { consts: number };
  orderFunctions: (source: string) => Result;
  PRIVATE_PROPERTIES: string[];
};

/** Runs a script that sets `out`, with a regular-expression helper as Es2016RegExpPlugin's (tagged or called). */
function run(code: string): string {
  const context = vm.createContext({ out: undefined });
  vm.runInContext("var __crRegExp=function(p,f){if(p&&p.raw){f=f||'';p=p.raw[0];}return new RegExp(p,f)};var __crData=function(i){return ['data'+i][0]};", context);
  vm.runInContext(code, context);
  return JSON.stringify(context.out, (_, v) => (v instanceof RegExp ? `/${v.source}/${v.flags}` : v));
}

describe("compactLiterals", () => {
  const words = ["alpha", "beta", "gam|ma", "delta", "epsilon", "caf\u00e9"];
  const source = `(()=>{"use strict";const a=${JSON.stringify(words)},b=["x","y"],c=[${words.map((w) => JSON.stringify(w.replace("|", ""))).join(",")}];function f(){return ["p","q","r","s","t","u"]}out=[a,b,c,f(),f()!==f()];})();`;

  it("writes a long string list built once as one split string, at a separator none of its strings holds", () => {
    const { source: compact, arrays } = plugin.compactLiterals(source);
    expect(arrays).toBe(2);
    expect(compact).toContain('"alpha,beta,gam|ma,delta,epsilon,caf\\u00e9".split(",")');
    expect(compact).toContain('"alpha|beta|gamma|delta|epsilon|caf\\u00e9".split("|")');
    // A short list, and a list inside a function (built at each call), stay as they were.
    expect(compact).toContain('b=["x","y"]');
    expect(compact).toContain('return ["p","q","r","s","t","u"]');
    expect(run(compact)).toBe(run(source));
  });

  it("writes a large table of strings as one string read by a helper, keys and values and their order as they were", () => {
    const entries = Array.from({ length: 24 }, (_, i) => [i % 3 === 0 ? `k-${i}` : `k${i}`, i === 5 ? 'a "quoted" |value|' : i === 7 ? "" : `v${i}=${i}`]);
    const literal = `{${entries.map(([k, v]) => `${/-/.test(k) ? JSON.stringify(k) : k}:${JSON.stringify(v)}`).join(",")}}`;
    const table = `(()=>{out=[${literal},Object.keys(${literal})];})();`;
    const { source: compact, records } = plugin.compactLiterals(table);
    expect(records).toBe(2);
    expect(compact).not.toContain('k1:"v1=1"');
    expect(run(compact)).toBe(run(table));
    // __proto__ as a key (the literal would set the prototype) leaves the object as it is.
    const proto = `(()=>{out={${entries.map(([k, v], i) => `${i === 3 ? "__proto__" : k.replace("-", "")}:${JSON.stringify(v)}`).join(",")}};})();`;
    expect(plugin.compactLiterals(proto).records).toBe(0);
  });

  it("writes a pattern given as a template or a string raw, tagged with String.raw, where that is shorter; the expressions match the same", () => {
    const patterns =
      'var __crRegExp=function(p,f){return new RegExp(p,f)};(()=>{const w="a|b";out=[__crRegExp(`(?:${w})\\\\s+\\\\d{2}[\\u2019\'-]\\\\.x`,"gu"),' +
      '__crRegExp("\\\\bcat\\\\s+\\\\w+\\\\b","i"),__crRegExp("(a)\\\\1\\\\s\\\\s\\\\s","g"),__crRegExp("\\\\s`\\\\s\\\\s\\\\s","")];})();';
    const { source: compact, raws, renamed } = plugin.compactLiterals(patterns);
    // The back-reference (\1: not allowed raw in an ES2016 template) and the backtick stay as they were.
    expect(raws).toBe(2);
    const tag = renamed["String.raw"];
    expect(compact).toContain(`${tag}\`(?:\${w})\\s+\\d{2}[\\u2019'-]\\.x\``);
    expect(compact).toContain(`${tag}\`\\bcat\\s+\\w+\\b\``);
    expect(compact).toContain('"(a)\\\\1\\\\s\\\\s\\\\s"');
    acorn.parse(compact, { ecmaVersion: 2016, sourceType: "script" });
    const sample = "a  12\u2019.x cat food b 34-.x aa\t\t\t \\s`\\s\\s\\s";
    const matches = (code: string) => {
      const context = vm.createContext({ out: undefined });
      vm.runInContext(code, context);
      return JSON.stringify((context.out as RegExp[]).map((re) => [re.source.length > 0, re.flags, sample.match(re)]));
    };
    expect(matches(compact)).toBe(matches(patterns));
    expect(matches(patterns)).toContain("cat food");
  });

  it("gives the helpers short names nothing else in the bundle uses", () => {
    const source = `var __crRegExp=function(p,f){return new RegExp(p,f)};(()=>{var $R=1;out=[__crRegExp("a+","g").source,$R,__crData(0)]})();function __crData(i){return["x"][i]}`;
    const { source: compact, renamed } = plugin.compactLiterals(source);
    expect(renamed.__crRegExp).not.toBe("$R");
    expect(compact).not.toContain("__cr");
    expect(run(compact)).toBe(run(source));
  });
});

describe("renameProperties", () => {
  it("renames the listed properties at every access, key and destructuring, and leaves a name a string holds", () => {
    const source =
      `(()=>{const sentenceAt=3,o={sentenceAt,listedAdult:!0,hasSubject:1,m(){return this.listedAdult}},{hasSubject:h,sentenceAt:s=9}=o,` +
      `{listedAdult}=o;out=[o.sentenceAt,o.m(),h,s,listedAdult,o["hasSubject"],Object.keys(o).length];})();`;
    const { source: renamed, renamed: names } = plugin.renameProperties(source, ["sentenceAt", "listedAdult", "hasSubject", "notThere"]);
    // hasSubject is read by a string key: left as it is; a name the bundle never uses is not renamed either.
    expect(Object.keys(names).sort()).toEqual(["listedAdult", "sentenceAt"]);
    expect(renamed).not.toMatch(/\.sentenceAt|\.listedAdult|listedAdult:/);
    expect(renamed).toContain("hasSubject:1");
    expect(run(renamed)).toBe(run(source));
  });

  it("lists only names that are the engine's own (none is a finding's, a report's or the case's)", () => {
    for (const name of [
      "start",
      "end",
      "text",
      "category",
      "ruleId",
      "confidence",
      "data",
      "possessive",
      "childId",
      "mentionKind",
      "findings",
      "people",
      "subject",
      "name",
      "lastIndex",
    ])
      expect(plugin.PRIVATE_PROPERTIES).not.toContain(name);
  });
});

describe("constsAsLet", () => {
  it("writes every const declaration as let (in blocks, loops and closures), and the script gives the same", () => {
    const source = `(()=>{"use strict";const a=[1,2,3],b="const c";out=[];for(const x of a){const y=x*2;out.push(()=>y)}for(let i=0;i<2;i++){const z=i;out.push(()=>z)}{const a=5;out.push(()=>a)}out=out.map(f=>f()).concat(b,\`const\`);})();`;
    const { source: written, consts } = plugin.constsAsLet(source);
    expect(consts).toBe(5);
    expect(written).not.toMatch(/\bconst (?!c")/);
    expect(written).toContain('b="const c"');
    expect(written.length).toBe(source.length - 2 * consts);
    expect(run(written)).toBe(run(source));
  });
});

describe("orderFunctions", () => {
  const bodies = ["return x.split('').reverse().join('')", "return x.toUpperCase()+f(x)", "return x.length*2", "return [x,x].join('-')+h(x)"];
  const source = `var pre=1;(()=>{"use strict";out=[];${bodies.map((b, i) => `function ${"fghk"[i]}(x){${b}}`).join("var z=1;")}out.push(f("ab"),g("cd"),h("ef"),k("gh"),z);})();`;

  it("puts the wrapper's function declarations in another order, each where one of them stood, and the script gives the same", () => {
    const { source: ordered, functions } = plugin.orderFunctions(source);
    expect(functions).toBe(4);
    expect(ordered.length).toBe(source.length);
    expect([...ordered.matchAll(/function (\w)\(/g)].map((m) => m[1]).sort()).toEqual(["f", "g", "h", "k"]);
    expect(ordered.split("var z=1;").length).toBe(source.split("var z=1;").length);
    expect(run(ordered)).toBe(run(source));
  });

  it("leaves a wrapper that declares a function twice as it is (there the order decides which one is called)", () => {
    const twice = `(()=>{function f(){return 1}function g(){return 2}function f(){return 3}out=f();})();`;
    expect(plugin.orderFunctions(twice)).toEqual({ source: twice, functions: 0 });
  });
});
