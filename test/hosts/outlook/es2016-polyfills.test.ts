// The polyfills stand in for methods classic Outlook's ES2016 runtime lacks; each must give what the
// native method gives. Tested by deleting the native method, installing, comparing, and restoring.
import { installPolyfills } from "../../../src/hosts/outlook/es2016-polyfills";

type Proto = Record<string, unknown>;

function withoutNative<T>(target: object, name: string, run: () => T): T {
  const native = Object.getOwnPropertyDescriptor(target, name)!;
  delete (target as Proto)[name];
  try {
    installPolyfills();
    return run();
  } finally {
    Object.defineProperty(target, name, native);
  }
}

describe("String.prototype.matchAll stand-in", () => {
  const cases: [string, RegExp][] = [
    ["Maisie and Jack Green met Tom", /\p{Lu}\p{Ll}+/gu],
    ["aaa", /a*/g],
    ["", /x/g],
    ["no match here", /\d+/g],
    ["x1 y22 z333", /([a-z])(\d+)/g],
  ];
  it.each(cases)("gives the native matches, indexes and groups for %j", (text, pattern) => {
    const native = [...text.matchAll(pattern)].map((m) => ({ all: [...m], index: m.index }));
    const polyfilled = withoutNative(String.prototype, "matchAll", () => {
      expect(String.prototype.matchAll).not.toBe(undefined);
      return [...text.matchAll(pattern)].map((m) => ({ all: [...m], index: m.index }));
    });
    expect(polyfilled).toEqual(native);
  });

  it("starts at the pattern's lastIndex, leaves it alone and refuses a non-global pattern, as the native method does", () => {
    const run = () => {
      const pattern = /b/g;
      pattern.lastIndex = 2;
      const found = [..."abcb".matchAll(pattern)].map((m) => m.index);
      expect(() => "abc".matchAll(/b/)).toThrow(TypeError);
      return { found, lastIndex: pattern.lastIndex };
    };
    const native = run();
    expect(native).toEqual({ found: [3], lastIndex: 2 });
    expect(withoutNative(String.prototype, "matchAll", run)).toEqual(native);
  });
});
