import { firstChars, openingOf, openingTest, wordEdge, MatchSplitter } from "../../../src/engine/text/first-chars";
import { combine, eachMatch, lowerPattern } from "../../../src/engine/quality/evidence";
import nextSteps from "../../../rules/quality/next-steps.json";
import analysisData from "../../../rules/quality/analysis.json";
import visitPurpose from "../../../rules/quality/visit-purpose.json";

const chars = (source: string, flags = "") => {
  const set = firstChars(source, flags);
  return set ? String.fromCharCode(...[...set].sort((a, b) => a - b)) : undefined;
};

describe("firstChars", () => {
  it("reads the characters a match can begin with", () => {
    expect(chars(String.raw`\b(?:i|we)\s+will`)).toBe("iw");
    expect(chars("(?:the )?plan")).toBe("pt");
    expect(chars(String.raw`(?=\b|^)(?<!x)[.;]\s*next`)).toBe(".;");
    expect(chars(String.raw`\d{1,2}/`)).toBe("0123456789");
    expect(chars("[a-c]x|y*z")).toBe("abcyz");
    expect(chars(String.raw`[\-\x41]`)).toBe("-A");
  });

  it("vouches for nothing it cannot read", () => {
    expect(chars("x?")).toBeUndefined(); // may match nothing
    expect(chars("[^a]b")).toBeUndefined();
    expect(chars(".b")).toBeUndefined();
    expect(chars(String.raw`\p{Lu}`)).toBeUndefined();
    expect(chars(String.raw`(a)\1`)).toBeUndefined(); // a back-reference
    expect(chars(String.raw`\1a`)).toBeUndefined();
    expect(chars("abc", "i")).toBeUndefined();
    expect(chars("abc", "u")).toBeUndefined();
    expect(chars("a(b")).toBeUndefined();
    expect(chars("[]a")).toBeUndefined();
    expect(chars(String.raw`[\01]`)).toBeUndefined(); // an octal escape
  });

  it("knows a match that must start a line", () => {
    expect(openingOf("^[ \\t]*next", "m")).toEqual({ chars: new Set([32, 9, 110]), lineStart: true });
    expect(openingOf("^[^a]*next", "m")).toEqual({ chars: undefined, lineStart: true });
    expect(openingOf("(?:^|[.;] )next", "m").lineStart).toBe(false);
    expect(openingOf("(?:^a|^b)", "m")).toEqual({ chars: new Set([97, 98]), lineStart: true });
    expect(openingOf("(?:^)?a", "m").lineStart).toBe(false);
    expect(openingOf("a^", "m").lineStart).toBe(false);
  });
});

describe("openingTest", () => {
  const agrees = (prefix: string, flags: string, text: string) => {
    const test = openingTest(prefix, flags)!;
    const re = new RegExp(prefix, flags + "y");
    for (let at = 0; at <= text.length; at++) {
      re.lastIndex = at;
      // The test may hold where the opening does not (it is a filter), never the other way.
      if (re.test(text)) expect([prefix, at, test(text, at)]).toEqual([prefix, at, true]);
    }
  };
  it("holds wherever the opening holds", () => {
    const text = "Plan:\n1. we will ring; mum+dad to attend 4/6.\r\nnext_visit x-y z9 \u2028a";
    for (const [prefix, flags] of [
      ["\\b", "g"],
      ["(?=\\b|^|[.;:,+\\d])", "gm"],
      ["(?=\\b|^|[.;:,+\\d])", "g"],
      ["(?=^|\\b)", "m"],
    ])
      agrees(prefix, flags, text);
    expect(wordEdge("ab cd", 2)).toBe(true);
    expect(wordEdge("ab cd", 1)).toBe(false);
    expect(openingTest("a", "")).toBeUndefined();
    expect(openingTest("(?=\\s)", "")).toBeUndefined();
  });
});

// Every match, with its offset and every group, as a global search of the whole pattern finds it.
const all = (pattern: Parameters<typeof eachMatch>[0], text: string) => {
  const out: string[] = [];
  eachMatch(pattern, text, (m) => void out.push(JSON.stringify([m.index, ...m])));
  return out;
};

describe("eachMatch on a combined pattern (searched from its possible starts)", () => {
  // Written for this test: wordings of plans, analysis and visits, with near misses, capitals and line starts.
  const texts = [
    "Plan:\n- SW to visit on 4 June.\nI will ring school tomorrow. We'll see.\n",
    "mum+dad to attend 4 June; next review 3 July. the plan is for Ezra to stay.",
    "This means that Ezra is safer. In my view the risk is lower, which suggests progress.",
    "Taken together, I think this shows that she is worried.\nAction: staff to check his chair.",
    "I visited Ezra at home to see how he was. The purpose of the visit was to check the room.",
    "| Action | Owner | By when |\n| ring GP | SW | 12/06 |\n\tTasks\tWho\n",
    "Allocated to Priya to complete the assessment. Priya will send the letter on Thursday.",
    "  Agreed that Mum will ring.\r\nAgreed to review in two weeks.\u2028next visit Monday",
    "",
    "x",
  ];
  const cases: Array<[string, string[], string, string, string, boolean]> = [
    ["next steps", nextSteps.lists.patterns.entries.filter((e) => !e.caseSensitive).map((e) => lowerPattern(e.pattern)), "gm", "(?=\\b|^|[.;:,+\\d])", "", true],
    ["next steps, capitals", nextSteps.lists.patterns.entries.filter((e) => e.caseSensitive).map((e) => e.pattern), "gm", "", "", false],
    ["analysis", analysisData.entries.map((e) => lowerPattern(e.pattern)), "g", "\\b", "(?![a-z0-9])", true],
    ["visit purpose", visitPurpose.entries.map((e) => lowerPattern(e.pattern)), "gm", "", "", true],
  ];
  it.each(cases)("finds what the whole pattern finds: %s", (_, sources, flags, prefix, suffix, lower) => {
    const c = combine(sources, flags, prefix, suffix);
    let found = 0;
    for (const raw of texts) {
      const text = lower ? raw.toLowerCase() : raw;
      const whole = all(c.re, text);
      found += whole.length;
      expect(all(c, text)).toEqual(whole);
    }
    expect(c.splitter).toBeTruthy(); // the split search was the one compared
    expect(found).toBeGreaterThan(0);
  });

  it("keeps the order of alternatives, empty matches, groups and line starts", () => {
    const sources = ["(a)(b)?", "ab(c)", "x*", "^(q)", "(?<=z)y", "[0-9]+(?=%)"];
    const c = combine(sources, "gm");
    const texts = ["abc ab xx q\nq zy 50% 5", "qab\r\nq", "zzy", "xxxxab"];
    for (const t of texts) expect(all(c, t)).toEqual(all(c.re, t));
    expect(c.splitter).toBeTruthy();
  });

  it("matches random texts as the whole pattern does", () => {
    const sources = ["\\bto (?:visit|ring)\\b", "^next", "[.;] ?plan", "(?:we|i) will", "\\d+/\\d+", "a+b?", "(?<=\\s)z{2}"];
    const alphabet = ["to visit", "to ring", " ", "\n", ".", ";", "plan", "next", "we will", "i will", "12/3", "a", "ab", "zz", "x", "\r\n"];
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    for (const [flags, prefix] of [
      ["gm", ""],
      ["g", "\\b"],
      ["gm", "(?=\\b|^|[.;:,+\\d])"],
    ]) {
      const c = combine(sources, flags, prefix);
      for (let k = 0; k < 200; k++) {
        let text = "";
        for (let j = rand(30); j > 0; j--) text += alphabet[rand(alphabet.length)];
        expect(all(c, text)).toEqual(all(c.re, text));
      }
      expect(c.splitter).toBeTruthy();
    }
  });

  it("stops when its callback says so", () => {
    const c = combine(["a", "b"], "g");
    const seen: number[] = [];
    eachMatch(c, "a b a b", (m) => (seen.push(m.index), seen.length === 2));
    expect(seen).toEqual([0, 2]);
  });

  it("runs the whole pattern where it cannot split it", () => {
    expect(MatchSplitter.split([{ source: "a", group: 1 }], "", "", "gi", (s, f) => new RegExp(s, f), 1)).toBeUndefined();
    expect(MatchSplitter.split([{ source: "(a)\\1", group: 1 }], "", "", "g", (s, f) => new RegExp(s, f), 2)).toBeUndefined();
    expect(MatchSplitter.split([{ source: "a", group: 1 }], "x*", "", "g", (s, f) => new RegExp(s, f), 1)).toBeUndefined();
    const c = combine(["(?<n>a)", "b"], "g");
    expect(all(c, "ab ba")).toEqual(all(c.re, "ab ba"));
    expect(c.splitter).toBeNull();
  });
});
