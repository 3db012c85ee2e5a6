// Pasted names betrayed by sex: a pregnancy and its antenatal care belong only to a girl or woman, a group for fathers
// only to a boy or man (rules/mix-up/sex-bound.json, from the NHS pregnancy guide and the Start for Life programme). A
// child the record names whose sex (from their name or what the record calls them) is the other, given one as their
// own, stands where the record's own child was meant. Invented example, in pregnant Tia's record where her boyfriend
// is Jack: "Jack's 20-week scan was normal."
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import data from "../../../../rules/mix-up/sex-bound.json";
import { escapeSpacedLiteral, longestFirst } from "../../text/bounded";
import { opensSentence, ownStretchEnd, PERSON_NOUN } from "./clauses";

// A list entry's straight apostrophe matches a curly one too ("dads' group", "dads’ group").
const alternation = (words: string[]) => longestFirst(words, (w) => escapeSpacedLiteral(w).replace(/'/g, "['’]"));
// Right after the name ("Jack's 20-week scan", "Jack's midwife"), or in the clause the name opens, past no one else
// ("Jack is 25 weeks pregnant", "Kayla wants to do the dads' group").
const OWNED = (words: string[]) => new RegExp(`^(?:['’]s\\s+(?:[\\p{L}-]+\\s+)?|(\\s+[^.;:!?\\n]{0,50}?))(?<![\\p{L}-])(?:${alternation(words)})(?![\\p{L}-])`, "iu");
const BOUND: ReadonlyArray<["f" | "m", RegExp]> = [
  ["f", OWNED(data.female)],
  ["m", OWNED(data.male)],
];
const REACH = 80;
// The other sex's parent or partner on the way: "Jack's girlfriend is pregnant", "Jack said his mum's midwife…".
const SOMEONE_ON_THE_WAY = /\b(?:girlfriend|boyfriend|partner|mother|mum|sister|wife|father|dad|brother|baby|said|says|told|asked|thinks)\b/i;

export function findSexBoundPastes(ctx: RuleContext, all: readonly PersonMention[], subjectGender: "f" | "m" | "u"): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote || (m.gender !== "f" && m.gender !== "m") || m.gender === subjectGender) continue;
    const next = all[i + 1];
    const sentence = ctx.sentenceAt(m.start);
    const end = ownStretchEnd(sentence, m, next, REACH);
    const after = text.slice(m.end, end);
    for (const [sex, re] of BOUND) {
      if (sex === m.gender) continue;
      const r = re.exec(after);
      if (!r) continue;
      // In the clause the name opens, nobody written on the way who could own it.
      if (r[1] !== undefined && (!opensSentence(text, sentence.start, m.start) || SOMEONE_ON_THE_WAY.test(r[1]) || PERSON_NOUN.either.test(r[1]))) continue;
      out.push(m);
      break;
    }
  }
  return out;
}
