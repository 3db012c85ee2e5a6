// Pasted names betrayed by an injury the record has already described on the subject: "She showed a faded bruise
// under her left ear" (the subject), then "School nurse to see Dora tomorrow and record the bruise under her left
// ear". An injury is described by its kind and where it is on the body; the same one seen again is the same
// child's, so a child named with it who has not been said to have it stands where the subject was meant.
// Invented example: "Max has a bruise on his left cheek… Dora to be seen by the GP about the bruise on her left cheek".
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { firstAtOrAfter } from "../../text/span";

// An injury and where it is: "bruise under her left ear", "burns on his right hand", "a cut to the forehead".
// (Or on a child named as the body part's owner: "a small red mark on Jenson's left wrist".)
const SIDE = "(?:left|right|upper|lower|inner|outer)";
const PART = "(?:ears?|eyes?|cheeks?|cheekbone|arms?|forearms?|legs?|neck|back|face|head|forehead|chin|jaw|shoulders?|hands?|wrists?|thighs?|shins?|knees?|chest|stomach|tummy|bottom|buttocks?|ankles?|feet|foot|fingers?|lips?|nose|ribs|temple|scalp|hip|elbows?)";
const INJURY_AT = new RegExp(
  `\\b(bruis(?:e|es|ing)|marks?|cuts?|burns?|scratch(?:es)?|graze[sd]?|abrasions?|swelling|bite\\s+marks?|injur(?:y|ies)|wounds?|lacerations?|scars?)\\s+(on|under|to|behind|above|below|around|across|near|over)\\s+(?:his|her|their|the|(\\p{Lu}[\\p{L}-]*)['’]s)\\s+(${SIDE}\\s+)?(${PART})\\b`,
  "giu",
);
// Force used on a part of someone's body, which leaves the marks later seen there: "Mr Corrigan had grabbed her left
// wrist", "hit him on the back of his head". Compared with an injury by the body part alone.
const FORCE_AT = new RegExp(
  `\\b(?:grabb(?:ed|ing)|gripp(?:ed|ing)|twist(?:ed|ing)|squeez(?:ed|ing)|pinch(?:ed|ing)|punch(?:ed|ing)|kick(?:ed|ing)|slapp(?:ed|ing)|hit(?:ting)?|struck|bit|bitten|burn(?:t|ed)|yank(?:ed|ing))\\s+(?:(?:him|her|them)\\s+(?:on|by|across|in)\\s+)?(?:his|her|their|the)\\s+(?:back\\s+of\\s+(?:his|her|their|the)\\s+)?(${SIDE}\\s+)?(${PART})\\b`,
  "gi",
);
const SHARED = /\b(?:both|too|also|as\s+well|each|all|again)\b/i;
const stem = (s: string) => s.toLowerCase().replace(/\s+/g, " ").replace(/(?:es|s|d|ing)$/, "");
const REACH = 400;

type Injury = { key: string; part: string; owner: PersonMention; sameSentence: boolean; start: number; force: boolean };

/**
 * The child or subject an injury or act of force at offset is on: the one named as the body part's owner (a mention
 * starting at namedAt), else the nearest before it in its paragraph (within 400 characters).
 */
function ownerOf(ctx: RuleContext, all: readonly PersonMention[], at: number, namedAt: number | undefined): PersonMention | undefined {
  const usable = (m: PersonMention | undefined) => !!m && (m.role === "child" || m.role === "subject") && !m.inQuote;
  if (namedAt !== undefined) {
    const m = all[firstAtOrAfter(all, namedAt)];
    return m && m.start === namedAt && usable(m) ? m : undefined;
  }
  const from = Math.max(ctx.paragraphAt(at).start, at - REACH);
  for (let k = firstAtOrAfter(all, at) - 1; k >= 0 && all[k].start >= from; k--) if (usable(all[k])) return all[k];
  return undefined;
}

/** Each injury's key (kind, preposition, side, part), its body part, and whose it is; and each act of force on a body part. */
function injuries(ctx: RuleContext, all: readonly PersonMention[]): Injury[] {
  const text = ctx.text;
  const out: Injury[] = [];
  const push = (r: RegExpExecArray, named: string | undefined, key: string, side: string | undefined, part: string, force: boolean) => {
    const owner = ownerOf(ctx, all, r.index, named ? r.index + r[0].indexOf(named, r[1].length) : undefined);
    if (!owner) return;
    out.push({ key, part: `${stem(side ?? "")}|${stem(part)}`, owner, sameSentence: ctx.sentenceAt(r.index).start <= owner.start, start: r.index, force });
  };
  INJURY_AT.lastIndex = 0;
  for (let r = INJURY_AT.exec(text); r; r = INJURY_AT.exec(text)) push(r, r[3], `${stem(r[1])}|${r[2].toLowerCase()}|${stem(r[4] ?? "")}|${stem(r[5])}`, r[4], r[5], false);
  FORCE_AT.lastIndex = 0;
  for (let r = FORCE_AT.exec(text); r; r = FORCE_AT.exec(text)) push(r, undefined, "", r[1], r[2], true);
  return out;
}

export function findInjuryPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  INJURY_AT.lastIndex = 0;
  if (!INJURY_AT.test(ctx.text)) return [];
  INJURY_AT.lastIndex = 0;
  const found = injuries(ctx, all);
  const out: PersonMention[] = [];
  for (const f of found) {
    if (f.force || f.owner.role !== "child" || !f.sameSentence) continue;
    // Described on the subject before (or force used on that part of the subject's body), and never on this child anywhere else.
    const seenOnSubject = found.some((g) => (g.force ? g.part === f.part : g.key === f.key) && g.start < f.start && g.owner.role === "subject");
    const onChild = found.some((g) => g !== f && g.owner.entity === f.owner.entity);
    const sentence = ctx.sentenceAt(f.start);
    if (!seenOnSubject || onChild || SHARED.test(ctx.text.slice(sentence.start, sentence.end))) continue;
    out.push(f.owner);
  }
  return out;
}
