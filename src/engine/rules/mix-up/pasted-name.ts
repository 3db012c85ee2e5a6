import type { Rule } from "../../rule";
import type { ScoredPaste } from "../other-child/pasted-names";
import { COMMON_WORDS, FIRST_NAMES } from "../other-child/name-lexicon";

// "3.2 About his father, Devon said…": a capitalised ordinary word opening a numbered paragraph is not a
// name, however it sits before "his father". Only the parent sign rests on so little.
// So, too, a sentence adverb set off by its comma ("Thirdly, his mother's knowledge was not used.", "Sadly, her dad…"),
// when it is no given name ("Emily, his sister…" is one).
const ordinaryWord = (word: string, after: string) =>
  !FIRST_NAMES.has(word.toLowerCase()) && (COMMON_WORDS.has(word.toLowerCase()) || (/\p{Ll}ly$/u.test(word) && /^\s*,/.test(after)));

const WHY: Record<string, string> = {
  pronouns: "the pronouns that follow fit",
  parent: "the parent named with it belongs to",
  age: "the age or stage in this sentence fits",
  school: "the school in this sentence is the school of",
  topic: "this section is about",
  letter: "this letter is written to",
  plan: "this plan is for",
  answer: "the question was put to",
  answered: "the one who answers this question is",
  condition: "the record gives the condition or episode this care is for only to",
  injury: "the record has already described this injury, in the same place on the body, on",
  incident: "the incident named here is one the record tells of",
  self: "a child who tells of themselves is not named again as the one they tell of; the one told of is most likely",
  sex: "what is said here (a pregnancy, or a group for fathers) can only be said of someone of the other sex, such as",
  repeat: "one child is named twice here in roles one child cannot hold at once (one against the other); the second most likely means",
  "own-words": "the named child's own words here give them the other sex, which fits",
  "left-home": "the record says this child moved out or left home, so staying at home fits",
  away: "the record says this child was away or asleep at the time, so the one seen or heard here is most likely",
  household: "the record says this child lives with someone else; the household and how long fit",
  alone: "the writer saw this record's child alone just before, so the one seen or heard here is most likely",
  carer: "the record says this child lives elsewhere; the carers named here are those of",
  "in-care": "only a child in care or placed for adoption has this, and the record says this child lives elsewhere (with a parent, a special guardian or long-term foster carers); it fits",
};

/** Another child's name where the sentence is clearly about the subject (copied from another record). */
export const pastedName: Rule = {
  meta: {
    id: "pasted-name",
    category: "mix-up",
    description: "Another child's name used where the subject child is meant, often after copying from another record.",
  },
  check(ctx) {
    for (const p of ctx.people.pastedNames as ScoredPaste[]) {
      if (p.sign === "parent" && ordinaryWord(ctx.text.slice(p.start, p.end), ctx.text.slice(p.end, p.end + 3))) continue;
      const subject = ctx.profile.subjectName || "the subject child";
      const why = p.sign ? `${WHY[p.sign]} ${subject}` : `the words around this name fit ${subject}`;
      ctx.report({
        start: p.start,
        end: p.end,
        message: `${why[0].toUpperCase()}${why.slice(1)}, not this child: check whether it was copied from another record.`,
        severity: p.sign === "topic" ? "warning" : "error",
        confidence: p.confidence ?? 0.6,
        suggestions: [p.suggestion],
        note: "Another child's details pasted into this record give a wrong account of this child's life and disclose the other child's information.",
        source: "Ofsted, 'Recording: what good looks like' (2019): copy-and-paste between records",
        data: { childId: p.entity, possessive: p.possessive },
      });
      for (const pr of p.pronouns) {
        ctx.report({
          start: pr.start,
          end: pr.end,
          message: `If this sentence is about ${ctx.profile.subjectName || "the subject child"}, this pronoun should match theirs.`,
          severity: "warning",
          confidence: Math.min(0.5, p.confidence ?? 0.5),
          suggestions: ctx.profile.pronouns ? [ctx.profile.pronouns.possessive] : undefined,
          note: "Wrong pronouns in a child's record are hurtful to read later and can show text copied from another child's record.",
          source: "Ofsted, 'Recording: what good looks like' (2019): copy-and-paste between records",
        });
      }
    }
  },
};
