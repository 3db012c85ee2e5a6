// The word lists as the bundles carry them (scripts/pack-data-loader.cjs → src/engine/data/packed.ts)
// must decode to exactly the JSON in rules/: same values, same order, so the engine builds the same
// sets and maps in the bundles as in Node.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { expectLinearWork, scanWork } from "../../helpers/scaling";
import { entropyDecode, entropyEncode, unpackGroups, unpackRecord, unpackStrings, unpackWords } from "../../../src/engine/data/packed";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const loader = require("../../../scripts/pack-data-loader.cjs") as {
  packJson: (
    text: string,
    options?: { omitKeys?: string[]; emptyLists?: Record<string, string[]>; entropy?: boolean },
    file?: string,
  ) => { code: string; body?: string; packed: boolean };
  MIN_LIST: number;
  packStrings: (list: string[], base: number) => string;
  markerRange: (lists: string[][]) => { base: number; top: number } | undefined;
  packWords: (list: string[], ruleCount: number) => string | undefined;
};

const rulesDir = join(__dirname, "..", "..", "..", "rules");
const jsonFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    return statSync(full).isDirectory() ? jsonFiles(full) : name.endsWith(".json") ? [full] : [];
  });

/** What the bundle's module evaluates to: the loader's expression, decoded by the engine's decoder. */
function decode(body: string): unknown {
  return new Function("unpackStrings", "unpackRecord", "unpackWords", "unpackGroups", "entropyDecode", `return (${body});`)(
    unpackStrings,
    unpackRecord,
    unpackWords,
    unpackGroups,
    entropyDecode,
  );
}

/** A list front-coded on its own (whether or not the loader would find it worth packing) and decoded. */
function roundTrip(list: string[]): string[] {
  const range = loader.markerRange([list]);
  if (!range) throw new Error("no marker range");
  return unpackStrings(loader.packStrings(list, range.base), range.base, range.top);
}

describe("packed word lists", () => {
  const files = jsonFiles(rulesDir);

  it.each(files.map((f) => [relative(rulesDir, f)]))("%s decodes to exactly its JSON", (file) => {
    const text = readFileSync(join(rulesDir, file), "utf8");
    const { body, packed } = loader.packJson(text);
    if (!packed) return;
    expect(JSON.stringify(decode(body!))).toBe(JSON.stringify(JSON.parse(text)));
  });

  it("packs the big lists, about halving their gzipped size, and the engine gets the same sets", () => {
    for (const file of ["names/common-words.json", "names/first-names.json"]) {
      const text = readFileSync(join(rulesDir, file), "utf8");
      const { body, packed, code } = loader.packJson(text);
      expect(packed).toBe(true);
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { gzipSync } = require("node:zlib") as typeof import("node:zlib");
      expect(gzipSync(code).length).toBeLessThan(0.7 * gzipSync(JSON.stringify(JSON.parse(text))).length);
      const json = JSON.parse(text) as { words?: string[]; names?: Record<string, string> };
      const out = decode(body!) as typeof json;
      if (json.words) expect(new Set(out.words)).toEqual(new Set(json.words));
      if (json.names) expect(new Map(Object.entries(out.names!))).toEqual(new Map(Object.entries(json.names)));
    }
  });

  it("keeps order, duplicates, empty strings, shared prefixes and characters outside the BMP", () => {
    const n = loader.MIN_LIST;
    const tricky = ["b", "a", "a", "", "abc", "ab", "😀x", "😀y", "😁", "é", "e\u0301", "x".repeat(300), "y"];
    const list = Array.from({ length: n }, (_, i) => tricky[i % tricky.length] + (i % 7 ? "" : String(i % 3)));
    expect(roundTrip(list)).toEqual(list);
    expect(roundTrip([])).toEqual([]);
  });

  it("chooses markers the strings do not use (digits and punctuation in the words)", () => {
    const list = Array.from({ length: loader.MIN_LIST }, (_, i) => `${i} 0:9;<=>?@ A${i % 10}`);
    expect(loader.markerRange([list])!.base).toBeGreaterThan(90);
    expect(roundTrip(list)).toEqual(list);
  });

  it("folds a sorted word list's regular forms into their stems, and gets back exactly the list", () => {
    const stems = ["calm", "dwell", "fold", "glint", "hover", "jest", "lurk", "mend", "plod", "rest", "sulk", "thaw", "vex", "wander"];
    const list = [...stems.flatMap((s) => [s, `${s}s`, `${s}ed`, `${s}ing`]), "happy", "happier", "happiest", "happily", "zebra"].sort();
    const src = loader.packWords(list, 8)!;
    expect(src).toMatch(/^unpackWords\(/);
    expect(decode(src)).toEqual(list);
    // Each regular form costs one tag character, not its letters.
    const packed = JSON.parse(/^unpackWords\(("(?:[^"\\]|\\.)*")/.exec(src)![1]) as string;
    expect(packed.length).toBeLessThan(list.join("").length / 2);
    // Not sorted, or with duplicates: not folded (the order could not be given back).
    expect(loader.packWords(["b", "a", "as"], 8)).toBeUndefined();
    expect(loader.packWords(["a", "a", "as"], 8)).toBeUndefined();
  });

  it("packs the common words folded, smaller than front-coding alone", () => {
    const text = readFileSync(join(rulesDir, "names/common-words.json"), "utf8");
    const { body } = loader.packJson(text);
    expect(body).toMatch(/unpackWords\(/);
    expect((decode(body!) as { words: string[] }).words).toEqual((JSON.parse(text) as { words: string[] }).words);
  });

  it("carries a record of one-letter values as one key list per value, in the record's own order", () => {
    const text = readFileSync(join(rulesDir, "names/first-names.json"), "utf8");
    const { body } = loader.packJson(text);
    expect(body).toMatch(/unpackGroups\(/);
    const names = (JSON.parse(text) as { names: Record<string, string> }).names;
    const out = (decode(body!) as { names: Record<string, string> }).names;
    expect(Object.keys(out)).toEqual(Object.keys(names));
    expect(out).toEqual(names);
    // Keys out of that order keep the plain record (their order could not be given back).
    const shuffled = Object.fromEntries(Object.entries(names).reverse());
    expect(loader.packJson(JSON.stringify({ names: shuffled })).body).not.toMatch(/unpackGroups\(/);
  });

  it("writes a file with nothing to pack as a plain object literal", () => {
    const { code, packed } = loader.packJson(JSON.stringify({ note: "n", "odd key": [1, "two", { __proto__x: true }] }), { omitKeys: ["note"] });
    expect(packed).toBe(false);
    expect(code).toBe('export default {"odd key":[1,"two",{__proto__x:true}]};\n');
  });

  it("leaves a list it cannot help alone", () => {
    const short = ["x", "y"];
    const { packed } = loader.packJson(JSON.stringify({ short }));
    expect(packed).toBe(false);
  });

  it("drops only the keys and lists it is told to, and fails on a list that is not there", () => {
    const text = JSON.stringify({ "//": "note", entries: [{ id: "a", context: "c", why: "w" }], other: ["z"] });
    const { code } = loader.packJson(text, { omitKeys: ["//", "context"], emptyLists: { "x.json": ["other"] } }, "x.json");
    expect(code).toContain('entries:[{id:"a",why:"w"}]');
    expect(code).toContain("other:[]");
    expect(() => loader.packJson(text, { emptyLists: { "x.json": ["missing"] } }, "x.json")).toThrow(/no list "missing"/);
  });

  it("decodes the common words with work linear in the list's length", () => {
    const { words } = JSON.parse(readFileSync(join(rulesDir, "names/common-words.json"), "utf8")) as { words: string[] };
    // Counted, not timed (scanWork: the characters the decoder reads): half the list, then the whole list.
    const work = (n: number) => {
      const { body } = loader.packJson(JSON.stringify({ words: words.slice(0, n) }));
      let out: { words: string[] } | undefined;
      const counted = scanWork(() => void (out = decode(body!) as { words: string[] }));
      expect(out!.words).toEqual(words.slice(0, n));
      return counted;
    };
    expect(words.length).toBeGreaterThan(10_000);
    expectLinearWork(work, Math.floor(words.length / 2));
  });

  describe("entropy-coded (the on-send bundle's option entropy)", () => {
    const noTags = { base: 48, top: 57, tagBase: 1, tagTop: 0 };
    const roundTripText = (text: string, ranges = noTags): string => {
      const { coded, alphabet, lengths } = entropyEncode(text, ranges);
      return entropyDecode(coded, text.length, alphabet, lengths, ranges.base, ranges.top, ranges.tagBase, ranges.tagTop);
    };

    it("gives back exactly the text: one character, one symbol repeated, characters outside the BMP's letters", () => {
      for (const text of ["x", "0", "aaaaaaaaaaaaaaaaaaaa", "0ab1c2de0é—ü“”", "0Zoë3ey1ïa"]) expect(roundTripText(text)).toBe(text);
    });

    it("gives back a long front-coded list of invented words exactly, and codes it smaller than its length", () => {
      // Pseudo-random words from a fixed seed: the model must not depend on English.
      let seed = 12345;
      const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
      const words = Array.from({ length: 3000 }, () => Array.from({ length: 3 + Math.floor(next() * 8) }, () => "abcdefghij"[Math.floor(next() * next() * 10)]).join("")).sort();
      const range = loader.markerRange([words])!;
      const text = loader.packStrings(words, range.base);
      const ranges = { base: range.base, top: range.top, tagBase: 1, tagTop: 0 };
      expect(roundTripText(text, ranges)).toBe(text);
      expect(entropyEncode(text, ranges).coded.length).toBeLessThan(text.length * 0.75);
    });

    it("packs the common words and first names smaller gzipped than front coding alone, and decodes them to exactly their JSON", () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { gzipSync } = require("node:zlib") as typeof import("node:zlib");
      for (const file of ["names/common-words.json", "names/first-names.json"]) {
        const text = readFileSync(join(rulesDir, file), "utf8");
        const plain = loader.packJson(text, {}, file);
        const coded = loader.packJson(text, { entropy: true }, file);
        expect(coded.code).toContain("entropyDecode(");
        expect(gzipSync(coded.code).length).toBeLessThan(0.92 * gzipSync(plain.code).length);
        expect(JSON.stringify(decode(coded.body!))).toBe(JSON.stringify(JSON.parse(text)));
      }
    });

    it("decodes the same without the encoder's branches, as the on-send bundle carries the decoder (scripts/decoder-only-loader.cjs)", () => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const ts = require("typescript") as typeof import("typescript");
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { decoderOnly } = require("../../../scripts/decoder-only-loader.cjs") as { decoderOnly: (source: string) => string };
      const source = decoderOnly(readFileSync(join(__dirname, "..", "..", "..", "src", "engine", "data", "packed.ts"), "utf8"));
      // The flag is a constant: nothing sets it, so the minifier can drop the branches it guards.
      expect(source).toMatch(/^const encoding = false;$/m);
      expect(source).not.toMatch(/^\s*encoding = /m);
      const { outputText } = ts.transpileModule(source, { compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020 } });
      const mod = { exports: {} as { entropyDecode: typeof entropyDecode } };
      new Function("module", "exports", outputText)(mod, mod.exports);
      const words = ["abandon", "abandoned", "abide", "ability", "able", "aboard", "zebra", "zebras"];
      const range = loader.markerRange([words])!;
      const text = loader.packStrings(words, range.base);
      const { coded, alphabet, lengths } = entropyEncode(text, { base: range.base, top: range.top, tagBase: 1, tagTop: 0 });
      expect(mod.exports.entropyDecode(coded, text.length, alphabet, lengths, range.base, range.top, 1, 0)).toBe(text);
    });

    it("leaves short lists front-coded only", () => {
      const text = JSON.stringify({ words: Array.from({ length: 300 }, (_, i) => `word${String(i).padStart(3, "0")}`) });
      expect(loader.packJson(text, { entropy: true }, "x.json").code).not.toContain("entropyDecode(");
    });
  });
});
