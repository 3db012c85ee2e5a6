// scripts/data-last-plugin.cjs moves the on-send bundle's entropy-coded lists to the end of the file
// (out of gzip's 32 KB window): the script must still see the same strings where they stood.
import vm from "node:vm";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { moveDataLast } = require("../../../scripts/data-last-plugin.cjs") as { moveDataLast: (source: string) => { source: string; moved: number } };

const base64 = (seed: number, length: number) => {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let out = "";
  for (let i = 0; i < length; i++) out += alphabet[(seed = (seed * 1103515245 + 12345) % 2 ** 31) % 64];
  return out;
};

describe("moveDataLast", () => {
  const first = base64(3, 2500);
  const second = base64(5, 4000);
  const source = `(function(){"use strict";var a=decode(${JSON.stringify(first)},1),b="short",c=decode(${JSON.stringify(second)},2);out=[a,b,c,"${"x y".repeat(1000)}"];function decode(s,n){return s.length+":"+n+":"+s.slice(0,8)}})();`;

  it("replaces each long base64 literal by a call, and the script gives the same values", () => {
    const { source: moved, moved: count } = moveDataLast(source);
    expect(count).toBe(2);
    expect(moved.indexOf(first)).toBeGreaterThan(moved.indexOf("out=["));
    expect(moved).toMatch(/__crData\(0\),1\).*__crData\(1\),2\)/s);
    const run = (code: string) => {
      const context = vm.createContext({ out: undefined });
      vm.runInContext(code, context);
      return JSON.stringify(context.out);
    };
    expect(run(moved)).toBe(run(source));
  });

  it("leaves a source without such literals as it is (short strings, and long ones that are not base64, stay)", () => {
    const plain = `var s="${"x y".repeat(1000)}",t="a+b/c";`;
    expect(moveDataLast(plain)).toEqual({ source: plain, moved: 0 });
  });
});
