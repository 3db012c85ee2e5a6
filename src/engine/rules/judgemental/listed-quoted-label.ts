// A list of quoted fragments given by one speaker: "described him as 'defiant' and 'always looking for an audience'".
// The list shares its speaker, its reporting verb and the record's stance towards it, so where an earlier rule passes a
// label in it on (an adult's or a record's label reported unchallenged, not a child's words, not rejected or examined),
// the fragment joined to it by "and" or "or" is passed on too, though no word list holds it. Only fragments: lower case,
// no one speaking in the first person, no sentence inside. A fragment joined by "but" (a contrast) is not the same
// stance, and a fragment holding a word-list entry is left to that entry's own rule. A fragment that names a quality
// ("'defiant' and 'kind to the younger ones'") is praise listed beside the label, not a label (stop 44).
import type { Rule, RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import { findSpanIndex, firstAtOrAfter, overlapsAny } from "../../text/span";
import { scanLexicon } from "../jargon/lexicon";
import { QUALITY, quotedFromARecord, rejectedReport } from "./reported";

const FRAGMENT_WORDS = 10;
const FIRST_PERSON = /\b(?:I|I['’](?:m|ve|ll|d)|me|my|we|us|our)\b/;
// Between one quote's close and the next's open: a few words of the clause, then "and"/"or", perhaps a second
// reported clause's "that", its subject and a copula ("…'a liar', and that her mother '…'", "and that this was '…'");
// not a new verb ("and that she is worried about '…'").
const LIST_JOIN = /^[^.;:!?"“”\n]{0,30}?(?:,\s*|\s)(?:and|or)\s+(?:that\s+(?:(?:her|his|their|the|this|that)\s+)?[\p{L}'’-]+\s+(?:(?:is|was|are|were|has\s+been|had\s+been|can\s+be)\s+)?)?$/iu;

const QUALITY_HEAD = new RegExp(String.raw`^\s*(?:(?:a|an|so|very|really|quite|always|usually|often|such\s+a)\s+)*${QUALITY}\b`, "i");

function isFragment(text: string, q: Span): boolean {
  const inner = text.slice(q.start + 1, q.end - 1);
  return /^\s*\p{Ll}/u.test(inner) && !/^\s*(?:not|never|no|who|what|where|when|why|how|whether|if)\b/i.test(inner) && !FIRST_PERSON.test(inner) && !/[.!?]/.test(inner) && inner.trim().split(/\s+/).length <= FRAGMENT_WORDS;
}

export const listedQuotedLabel: Rule = {
  meta: {
    id: "listed-quoted-label",
    category: "judgemental",
    description: "A quoted phrase listed beside a quoted label the record passes on.",
  },
  check(ctx: RuleContext) {
    const judged = ctx.earlier.filter((f) => f.category === "judgemental").sort((a, b) => a.start - b.start);
    if (judged.length === 0) return;
    const { text, quotes } = ctx;
    const holds = new Set<number>();
    for (const f of judged) {
      const qi = findSpanIndex(quotes, f.start);
      if (qi >= 0 && quotes[qi].end >= f.end && isFragment(text, quotes[qi])) holds.add(qi);
    }
    // A word-list entry in a fragment is that entry's rule's to judge (the matches are sorted and never overlap).
    const lexicon = scanLexicon("judgemental", text);
    // Some finding overlaps [start, end): a running maximum of ends, one binary search.
    const reach: number[] = [];
    for (let i = 0; i < judged.length; i++) reach[i] = Math.max(judged[i].end, i ? reach[i - 1] : 0);
    const covered = (start: number, end: number) => {
      const i = firstAtOrAfter(judged, end);
      return i > 0 && reach[i - 1] > start;
    };
    const done = new Set<number>();
    for (const qi of holds) {
      for (const other of [qi - 1, qi + 1]) {
        if (other < 0 || other >= quotes.length || holds.has(other) || done.has(other)) continue;
        const q = quotes[other];
        const [first, second] = other < qi ? [q, quotes[qi]] : [quotes[qi], q];
        if (!isFragment(text, q) || QUALITY_HEAD.test(text.slice(q.start + 1, q.end - 1)) || !LIST_JOIN.test(text.slice(first.end, second.start)) || ctx.sentenceAt(q.start).start !== ctx.sentenceAt(quotes[qi].start).start) continue;
        const start = q.start + 1;
        const end = q.end - 1;
        if (covered(start, end) || overlapsAny(lexicon, start, end) || rejectedReport(ctx, start, end) || quotedFromARecord(ctx, start, end)) continue;
        done.add(other);
        ctx.report({
          start,
          end,
          message: `"${text.slice(start, end)}" is listed with a label the record passes on; say what was seen or done instead.`,
          severity: "warning",
          confidence: 0.5,
          source: "GUIDANCE",
        });
      }
    }
  },
};
