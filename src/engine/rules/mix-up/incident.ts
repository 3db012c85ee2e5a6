// Pasted names betrayed by an incident named by what happened to the subject: the record tells how Max was "pushed
// into the coat pegs", then "Dora should be offered someone to talk to about the pegs incident", where nothing
// puts Dora near the pegs. "The <thing> incident" names an event the record has told; a child named with it in
// no sentence that tells it stands where the one it happened to was meant. Invented example.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { firstAtOrAfter } from "../../text/span";
import { escapeLiteral } from "../../text/bounded";

const NAMED_INCIDENT = /\b(?:about|after|since|following|over|regarding|re)\s+the\s+(\p{Ll}{3,})\s+(?:incident|episode|event)\b/gu;
const REACH = 160;

export function findIncidentPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  NAMED_INCIDENT.lastIndex = 0;
  for (let r = NAMED_INCIDENT.exec(text); r; r = NAMED_INCIDENT.exec(text)) {
    const sentence = ctx.sentenceAt(r.index);
    // The child the sentence names before the incident, nearest first, and no subject in the sentence.
    let named: PersonMention | undefined;
    for (let k = firstAtOrAfter(all, r.index) - 1; k >= 0 && all[k].start >= Math.max(sentence.start, r.index - REACH); k--) {
      if (all[k].role === "subject" || all[k].role === "child") {
        named = all[k].role === "child" && !all[k].inQuote ? all[k] : undefined;
        break;
      }
    }
    if (!named) continue;
    // The thing, told earlier in a sentence naming the subject, in no sentence naming this child.
    const thing = new RegExp(`(?<![\\p{L}])${escapeLiteral(r[1])}(?![\\p{L}])`, "iu");
    let toldOfSubject = false;
    let toldOfChild = false;
    for (const s of ctx.sentences) {
      if (s.start >= sentence.start) break;
      if (!thing.test(text.slice(s.start, s.end))) continue;
      for (let k = firstAtOrAfter(all, s.start); k < all.length && all[k].start < s.end; k++) {
        if (all[k].role === "subject") toldOfSubject = true;
        if (all[k].entity === named.entity) toldOfChild = true;
      }
    }
    if (toldOfSubject && !toldOfChild && !out.includes(named)) out.push(named);
  }
  return out;
}
