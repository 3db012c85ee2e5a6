// Strengths: a record that describes only difficulties and never the child's strengths, interests or
// progress gets one document-level note.
import type { QualityNote } from "../types";
import type { RuleContext } from "../rule";
import data from "../../../rules/quality/strengths.json";
import { childName, lowerOf, possessive } from "./evidence";

export const STRENGTHS = {
  id: "strengths",
  description: "A record that describes only difficulties, with no strengths, interests or progress.",
  source: data.source,
};

/** Short notes are allowed to be about one problem. */
const MIN_WORDS = 80;
const MIN_DIFFICULTIES = 3;

const word = (list: readonly string[]) => new RegExp(`(?<![a-z0-9])(?:${list.join("|")})(?![a-z0-9])`, "g");
const STRENGTH = word(data.lists.strengths.entries);
const DIFFICULTY = word(data.lists.difficulties.entries);

function count(re: RegExp, text: string, stopAt: number): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) && ++n < stopAt);
  return n;
}

/** True when the text has at least n words (stops counting there). */
function hasWords(text: string, n: number): boolean {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!space && !inWord && ++count >= n) return true;
    inWord = !space;
  }
  return false;
}

export function reviewStrengths(ctx: RuleContext): QualityNote[] {
  if (!hasWords(ctx.text, MIN_WORDS)) return [];
  const lower = lowerOf(ctx);
  if (count(STRENGTH, lower, 1) > 0) return [];
  if (count(DIFFICULTY, lower, MIN_DIFFICULTIES) < MIN_DIFFICULTIES) return [];
  const first = ctx.sentences[0];
  if (!first) return [];
  const name = childName(ctx);
  return [
    {
      checkId: STRENGTHS.id,
      start: first.start,
      end: first.end,
      text: ctx.text.slice(first.start, first.end),
      message: `This record describes only difficulties; when ${name} reads it later they will not see any of their strengths, interests or progress.`,
      suggestion: `Add something ${name} is good at, enjoys or has achieved, and ${possessive(name)} progress.`,
    },
  ];
}
