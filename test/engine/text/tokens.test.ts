import {
  ALL_CAPS,
  BREAK_BEFORE,
  CAPITALISED,
  HYPHEN_BEFORE,
  IN_QUOTE,
  LINE_START,
  NUMBER,
  SENTENCE_START,
  WordSet,
  tokenIndexAt,
  tokenIndexBefore,
  tokenText,
  tokenise,
} from "../../../src/engine/text/tokens";
import { splitSentences } from "../../../src/engine/text/sentences";
import { findQuotes } from "../../../src/engine/text/quotes";
import { createContext } from "../../../src/engine/pipeline";
import { expectLinearWork, scanWork } from "../../helpers/scaling";

const words = (text: string) => {
  const t = tokenise(text);
  return Array.from({ length: t.count }, (_, i) => tokenText(t, i));
};

/** The definition the token pass promises: /[\p{L}\p{N}'’]+/gu with edge apostrophes trimmed. */
const byRegex = (text: string) => (text.match(/[\p{L}\p{N}'’]+/gu) ?? []).map((w) => w.replace(/^['’]+|['’]+$/g, "")).filter((w) => w.length > 0);

describe("tokenise", () => {
  it("splits words at spaces, punctuation and hyphens and keeps inner apostrophes", () => {
    expect(words("Hope's mum didn't come; well-being 'matters' (2024).")).toEqual(["Hope's", "mum", "didn't", "come", "well", "being", "matters", "2024"]);
    expect(words("Zoë’s café, naïve — Łódź")).toEqual(["Zoë’s", "café", "naïve", "Łódź"]);
  });

  it("finds the same words as the regex definition on awkward text", () => {
    const samples = ["''tis", "rock 'n' roll", "don''t", "a'", "x’’y z", "𝐀𝐁 test", "日本語 テキスト", "", "   ", "it's-a test's'"];
    for (const s of samples) expect(words(s)).toEqual(byRegex(s));
  });

  it("flags capitals, numbers, line and sentence starts, quotes and clause breaks", () => {
    const text = 'Maisie said "I like CIN".\nShe is 12, and happy. Then';
    const t = tokenise(text, findQuotes(text), splitSentences(text));
    const at = (w: string) => t.flags[words(text).indexOf(w)];
    expect(at("Maisie") & (CAPITALISED | LINE_START | SENTENCE_START)).toBe(CAPITALISED | LINE_START | SENTENCE_START);
    expect(at("said") & (CAPITALISED | SENTENCE_START | IN_QUOTE)).toBe(0);
    expect(at("like") & IN_QUOTE).toBe(IN_QUOTE);
    expect(at("CIN") & (ALL_CAPS | IN_QUOTE)).toBe(ALL_CAPS | IN_QUOTE);
    expect(at("I") & ALL_CAPS).toBe(0); // one capital is not "all capitals"
    expect(at("She") & (LINE_START | SENTENCE_START | BREAK_BEFORE)).toBe(LINE_START | SENTENCE_START | BREAK_BEFORE);
    expect(at("12") & NUMBER).toBe(NUMBER);
    expect(at("and") & BREAK_BEFORE).toBe(BREAK_BEFORE);
    expect(at("Then") & (SENTENCE_START | LINE_START)).toBe(SENTENCE_START);
    expect(t.sentence[words(text).indexOf("Then")]).toBe(2);
  });

  it("marks a word joined to the one before by a hyphen", () => {
    const t = tokenise("Mary-Jane and well - being, x--y");
    expect(Array.from(t.flags).map((f) => (f & HYPHEN_BEFORE ? 1 : 0))).toEqual([0, 1, 0, 0, 0, 0, 0]);
  });

  it("finds a word by offset", () => {
    const t = tokenise("one two  three");
    expect(tokenIndexAt(t, 0)).toBe(0);
    expect(tokenIndexAt(t, 3)).toBe(1); // the space: the next word
    expect(tokenIndexAt(t, 5)).toBe(1);
    expect(tokenIndexAt(t, 14)).toBe(3);
    expect(tokenIndexBefore(t, 8)).toBe(1);
    expect(tokenIndexBefore(t, 2)).toBe(-1);
  });

  it("looks words up by hash, in any case, without confusing near words", () => {
    const set = new WordSet(["not", "Don't", "never"]);
    const t = tokenise("NOT nothing don’t Never no");
    expect(Array.from({ length: t.count }, (_, i) => set.hasToken(t, i))).toEqual([true, false, true, true, false]);
    expect(set.has("DON'T")).toBe(true);
    expect(set.has("no")).toBe(false);
    expect(set.size).toBe(3);
  });

  it("is read once per analysis from the rule context", () => {
    const ctx = createContext("Maisie went to school.", { subject: { name: "Maisie" } });
    expect(ctx.tokens).toBe(ctx.tokens);
    expect(ctx.tokens.count).toBe(4);
  });

  it("grows linearly with the text", () => {
    // Counted, not timed: the characters read (scanWork); one pass reads each about once.
    expectLinearWork((n) => scanWork(() => tokenise("Maisie said 'no', then laughed; DJ's mum (aged 34) agreed.\n".repeat(n))), 1500);
  });
});
