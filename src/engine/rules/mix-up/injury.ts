// Pasted names betrayed by an injury the record has already described on the subject: "She showed a faded bruise
// under her left ear" (the subject), then "School nurse to see Dora tomorrow and record the bruise under her left
// ear". An injury is described by its kind and where it is on the body; the same one seen again is the same
// child's, so a child named with it who has not been said to have it stands where the subject was meant.
// Invented example: "Max has a bruise on his left cheek… Dora to be seen by the GP about the bruise on her left cheek".
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { firstAtOrAfter } from "../../text/span";

// An injury and where it is: "bruise under her left ear", "burns on his right hand", "a cut to the forehead".
const INJURY_AT =
  /\b(bruis(?:e|es|ing)|marks?|cuts?|burns?|scratch(?:es)?|graze[sd]?|abrasions?|swelling|bite\s+marks?|injur(?:y|ies)|wounds?|lacerations?|scars?)\s+(on|under|to|behind|above|below|around|across|near|over)\s+(?:his|her|their|the)\s+((?:left|right|upper|lower|inner|outer)\s+)?(ears?|eyes?|cheeks?|cheekbone|arms?|forearms?|legs?|neck|back|face|head|forehead|chin|jaw|shoulders?|hands?|wrists?|thighs?|shins?|knees?|chest|stomach|tummy|bottom|buttocks?|ankles?|feet|foot|fingers?|lips?|nose|ribs|temple|scalp|hip|elbows?)\b/gi;
const SHARED = /\b(?:both|too|also|as\s+well|each|all|again)\b/i;
const stem = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/(?:es|s|d|ing)$/, "");
const REACH = 400;

/** Each injury's key and whose it is: the nearest child or subject named before it in its paragraph (within 400 characters). */
function injuries(ctx: RuleContext, all: readonly PersonMention[]) {
  const text = ctx.text;
  const out: { key: string; owner: PersonMention; sameSentence: boolean; start: number }[] = [];
  INJURY_AT.lastIndex = 0;
  for (let r = INJURY_AT.exec(text); r; r = INJURY_AT.exec(text)) {
    const para = ctx.paragraphAt(r.index);
    let owner: PersonMention | undefined;
    for (let k = firstAtOrAfter(all, r.index) - 1; k >= 0; k--) {
      const m = all[k];
      if (m.start < Math.max(para.start, r.index - REACH)) break;
      if ((m.role === "child" || m.role === "subject") && !m.inQuote) {
        owner = m;
        break;
      }
    }
    if (!owner) continue;
    const key = `${stem(r[1])}|${r[2].toLowerCase()}|${stem(r[3] ?? "")}|${stem(r[4])}`;
    out.push({ key, owner, sameSentence: ctx.sentenceAt(r.index).start <= owner.start, start: r.index });
  }
  return out;
}

export function findInjuryPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  INJURY_AT.lastIndex = 0;
  if (!INJURY_AT.test(ctx.text)) return [];
  const found = injuries(ctx, all);
  const out: PersonMention[] = [];
  for (const f of found) {
    if (f.owner.role !== "child" || !f.sameSentence) continue;
    // Described on the subject before, and never on this child anywhere else.
    const seenOnSubject = found.some((g) => g.key === f.key && g.start < f.start && g.owner.role === "subject");
    const onChild = found.some((g) => g !== f && g.owner.entity === f.owner.entity);
    const sentence = ctx.sentenceAt(f.start);
    if (!seenOnSubject || onChild || SHARED.test(ctx.text.slice(sentence.start, sentence.end))) continue;
    out.push(f.owner);
  }
  return out;
}
