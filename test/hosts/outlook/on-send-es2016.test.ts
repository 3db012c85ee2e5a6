// The on-send bundle must load on classic Outlook's JavaScript-only runtime before version 2403, which
// runs ES2016: no Unicode property escapes, no lookbehind, no async functions, no Array.prototype.flat or String.prototype.matchAll (ES2020).
// Builds dist/outlook/on-send.js, parses it with acorn at ecmaVersion 2016, then runs it in a bare
// context whose RegExp rejects the newer syntax and whose library lacks the newer methods.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import * as acorn from "acorn";
import { createFakeOutlook } from "../../../src/hosts/fake/outlook/fake-mailbox";
import { SAMPLE_CASE, SAMPLE_HTML, SAMPLE_SUBJECT, SAMPLE_TO } from "../../../src/hosts/fake/outlook/sample-thread";
import { SESSION_CASE_KEY } from "../../../src/hosts/outlook/on-send";
import type { MailboxEvent, SmartAlertsCompletedOptions } from "../../../src/hosts/outlook/office-types";

const root = join(__dirname, "..", "..", "..");
const bundlePath = join(root, "dist", "outlook", "on-send.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lowerRegExps, propertyClass, compactTable, expandClass } = require("../../../scripts/es2016-regexp-plugin.cjs") as {
  lowerRegExps: (s: string) => { source: string; edits: number };
  propertyClass: (name: string) => string;
  compactTable: (table: Record<string, string>) => Record<string, string>;
  expandClass: (compact: string, all: Record<string, string>) => string;
};

/** An ES2016 engine, as far as the bundle can tell: newer regex syntax throws, newer methods are absent. */
const OLD_ENGINE = `
(function () {
  var Native = RegExp;
  function Old(p, f) {
    var src = p instanceof Native ? p.source : String(p);
    if (/\\\\[pP]\\{|\\(\\?<[=!A-Za-z]/.test(src)) throw new SyntaxError("Invalid regular expression: /" + src + "/");
    return new Native(p, f);
  }
  Old.prototype = Native.prototype;
  RegExp = Old;
  delete Array.prototype.flat; delete Array.prototype.flatMap;
  delete String.prototype.padStart; delete String.prototype.padEnd;
  delete String.prototype.trimStart; delete String.prototype.trimEnd; delete String.prototype.matchAll;
  delete Object.entries; delete Object.values; delete Object.fromEntries;
})();
`;

async function sendThrough(bundle: string, oldEngine: boolean): Promise<SmartAlertsCompletedOptions> {
  const outlook = createFakeOutlook({ mode: "compose", subject: SAMPLE_SUBJECT, body: SAMPLE_HTML, to: SAMPLE_TO, mailbox: "1.14" });
  outlook.state.sessionData.set(SESSION_CASE_KEY, JSON.stringify(SAMPLE_CASE));
  const context = vm.createContext({ Office: outlook.office, setTimeout, clearTimeout, console });
  vm.runInContext((oldEngine ? OLD_ENGINE : "") + bundle, context, { filename: "on-send.js" });
  const handler = outlook.handlers.get("onMessageSendHandler");
  expect(typeof handler).toBe("function");
  return new Promise((resolve) => handler!({ completed: (o) => resolve(o!) } as MailboxEvent));
}

describe("the on-send bundle on an ES2016 runtime", () => {
  let bundle = "";
  beforeAll(() => {
    execFileSync(
      process.execPath,
      [join(root, "node_modules", "webpack-cli", "bin", "cli.js"), "-c", "webpack.outlook.config.js", "--mode", "production", "--env", "only=on-send"],
      { cwd: root, stdio: "pipe" },
    );
    bundle = readFileSync(bundlePath, "utf8");
  }, 240_000);

  it("parses as ES2016 (acorn)", () => {
    expect(() => acorn.parse(bundle, { ecmaVersion: 2016, sourceType: "script" })).not.toThrow();
  });

  it("warns about the other child on an engine without \\p{…}, lookbehind or flat, as on a current one", async () => {
    const current = await sendThrough(bundle, false);
    const old = await sendThrough(bundle, true);
    for (const completed of [current, old]) {
      expect(completed.allowEvent).toBe(false);
      expect(completed.errorMessage).toMatch(/other child/);
    }
    // Two loads of the bundle (each decodes its entropy-coded word lists) on a shared machine.
  }, 30_000);

  it("keeps a minified return/…/ a return of the helper's regex", () => {
    const { source } = lowerRegExps("function f(){return/\\p{Lu}/u}function g(){return/(?<=a)b/}this.out=[f().test('É'),g().test('ab')];");
    expect(() => acorn.parse(source, { ecmaVersion: 2016 })).not.toThrow();
    for (const old of [false, true]) {
      const ctx = vm.createContext({});
      vm.runInContext((old ? OLD_ENGINE : "") + source, ctx);
      expect(ctx.out).toEqual([true, true]);
    }
  });

  it("routes property escapes, lookbehinds and new RegExp through the helper", () => {
    const { source, edits } = lowerRegExps('const a=/\\p{Lu}x/u, b=/(?<!a)b/g, c=new RegExp("\\\\p{L}","u");');
    expect(edits).toBe(3);
    expect(() => acorn.parse(source, { ecmaVersion: 2016 })).not.toThrow();
    const ctx = vm.createContext({});
    vm.runInContext(OLD_ENGINE + source + ";this.out=[a.test('Éx'),b.exec('ab').index,c.test('ж')];", ctx);
    expect(ctx.out).toEqual([true, 1, true]);
  });

  it("carries the property tables compactly (a property holding others names them) and expands each to exactly its characters", () => {
    const names = ["L", "Ll", "Lu", "M", "N", "Script=Greek", "Script=Latin"];
    const compact = compactTable(Object.fromEntries(names.map((n) => [n, propertyClass(n)])));
    expect(compact.L).toMatch(/^(?:Ll\+Lu|Lu\+Ll)\|/);
    for (const n of names) {
      const lowered = new RegExp(`^[${expandClass(compact[n], compact)}]$`, "u");
      const native = new RegExp(`^\\p{${n}}$`, "u");
      const differ: number[] = [];
      for (let cp = 0; cp < 0x110000; cp += cp < 0x30000 ? 1 : 61) {
        if (cp >= 0xd800 && cp <= 0xdfff) continue;
        const ch = String.fromCodePoint(cp);
        if (lowered.test(ch) !== native.test(ch)) differ.push(cp);
      }
      expect({ n, differ }).toEqual({ n, differ: [] });
    }
  });

  it("carries a pattern as a tagged template's raw text where ES2016 allows, else as a string, the same either way", () => {
    const { source } = lowerRegExps("const a=/(?<![\\p{L}'\\u2019-])\\bcat\\.s\\x41/giu, b=/(a)(?<=a)\\1/, c=/(?<!`)\\p{Lu}/u, d=/(?<=\\$)\\{/;");
    expect(source).toContain('__crRegExp`(?<![\\p{L}\'\\u2019-])\\bcat\\.s\\x41${"giu"}`');
    expect(source).toContain('__crRegExp("(a)(?<=a)\\\\1","")');
    expect(source).toContain('__crRegExp("(?<!`)\\\\p{Lu}","u")');
    expect(source).toContain("__crRegExp`(?<=\\$)\\{`");
    expect(() => acorn.parse(source, { ecmaVersion: 2016 })).not.toThrow();
    for (const old of [false, true]) {
      const ctx = vm.createContext({});
      vm.runInContext((old ? OLD_ENGINE : "") + source + ";this.out=[a.flags,a.test('x cat.sA'),b.test('aa'),c.test('É'),d.test('${')];", ctx);
      expect(ctx.out).toEqual(["giu", true, true, true, true]);
    }
    const ctx = vm.createContext({});
    vm.runInContext(source + ";this.out=a.source;", ctx);
    expect(ctx.out).toBe("(?<![\\p{L}'\\u2019-])\\bcat\\.s\\x41");
  });
});
