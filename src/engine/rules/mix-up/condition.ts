// Pasted names betrayed by a health condition the record gives only to its own child: "Toby … lives with type 1
// diabetes" and, later, "Archie's blood sugar was checked by his sister" in Toby's record, where nothing else
// says Archie has diabetes. The care of a long-term condition (blood sugar checks, an inhaler, a seizure plan,
// an EpiPen) is the child's who has it. Conditions and their care words: rules/mix-up/conditions.json (NHS
// condition pages). Invented: "Max has asthma… Dora's inhaler was left at school" in Max's record.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import conditionsData from "../../../../rules/mix-up/conditions.json";
import { longestFirst } from "../../text/bounded";
import { foldRun } from "../../people/end-gates";

// One expression per condition, any of its words (longest first), and one for them all.
const WORDS = conditionsData.conditions.map((c) => `(?:${longestFirst([...c.names, ...c.care])})(?![\\p{L}-])`);
const CONDITIONS = WORDS.map((words) => new RegExp(`(?<![\\p{L}-])${words}`, "iu"));
const WORD_BEFORE = /[\p{L}-]$/u;

// Where a condition word can start: a run of letters (no letter or hyphen before it) that is, folded as the i and u
// flags fold, the first word of one (every word opens with a letter: condition.test.ts checks the data). Any
// condition's word is tried only there, anchored (sticky) and without the look-behind, so it is not tried at every offset.
const FIRST_WORDS = new Set(conditionsData.conditions.flatMap((c) => [...c.names, ...c.care]).map((w) => foldRun(/^\p{L}+/u.exec(w)![0])));
const FIRST_LENGTHS = new Set([...FIRST_WORDS].map((w) => w.length));
const ANY_WORD_AT = new RegExp(WORDS.join("|"), "iuy");
const RUN = /\p{L}+/gu;

/** True when the text names any condition or its care as a word of its own (as CONDITIONS would, any of them). */
export function mentionsCondition(text: string): boolean {
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    if (!FIRST_LENGTHS.has(m[0].length) || !FIRST_WORDS.has(foldRun(m[0])) || WORD_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) continue;
    ANY_WORD_AT.lastIndex = m.index;
    if (ANY_WORD_AT.test(text)) return true;
  }
  return false;
}

// The condition's care written as the named child's own: "Archie's blood sugar", "Archie's new inhaler", or
// the child opening a clause that says they have or use it ("Archie needs his insulin", "Archie had a seizure").
const OWNED_AFTER = /^(?:['’]s\s+(?:[\p{L}-]+\s+){0,2}?|\s+(?:has|had|have|uses|used|needs|needed|takes|took|missed|forgot|was\s+given|is\s+given)\s+(?:(?:his|her|their|a|an|the|two|three)\s+)?(?:[\p{L}-]+\s+)?)$/iu;
const OWN_REACH = 48;
const SHARED = /\b(?:both|too|also|as\s+well|each|all)\b/i;

/** The conditions a stretch of text speaks of, as a bit set over CONDITIONS. */
function conditionsIn(text: string): number {
  if (!mentionsCondition(text)) return 0;
  let set = 0;
  CONDITIONS.forEach((r, k) => {
    if (r.test(text)) set |= 1 << k;
  });
  return set;
}

export function findConditionPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  if (!mentionsCondition(text)) return [];
  // Which conditions the sentences naming the subject speak of, and, for each other child, in how many
  // sentences naming that child each condition is spoken of.
  let subjectHas = 0;
  const subjectSentences = new Set<number>();
  const childSentences = new Map<string, number[]>();
  let k = 0;
  for (const s of ctx.sentences) {
    while (k < all.length && all[k].start < s.start) k++;
    let found: number | undefined;
    const seen = new Set<string>();
    for (let j = k; j < all.length && all[j].start < s.end; j++) {
      const m = all[j];
      if (m.inQuote || (m.role !== "subject" && m.role !== "child") || seen.has(m.entity)) continue;
      seen.add(m.entity);
      if (m.role === "subject") subjectSentences.add(s.start);
      found ??= conditionsIn(text.slice(s.start, s.end));
      if (!found) break;
      if (m.role === "subject") subjectHas |= found;
      // "Max has asthma and lives with his sister Dora": what a sentence opened by the subject says is the subject's,
      // unless it says it of more than one ("Max and Dora both have asthma", "Dora has it too").
      else if (!subjectSentences.has(s.start) || SHARED.test(text.slice(s.start, s.end))) {
        const counts = childSentences.get(m.entity) ?? new Array<number>(CONDITIONS.length).fill(0);
        CONDITIONS.forEach((_, c) => {
          if (found! & (1 << c)) counts[c]++;
        });
        childSentences.set(m.entity, counts);
      }
    }
  }
  if (!subjectHas) return [];
  const out: PersonMention[] = [];
  for (const m of all) {
    if (m.role !== "child" || m.inQuote) continue;
    const counts = childSentences.get(m.entity);
    if (!counts) continue;
    const sentence = ctx.sentenceAt(m.start);
    // ("Toby and Archie both use inhalers" gives it to both.)
    if (subjectSentences.has(sentence.start)) continue;
    const after = text.slice(m.end, Math.min(sentence.end, m.end + OWN_REACH));
    CONDITIONS.forEach((r, c) => {
      // Said of the subject, and of this child only here.
      if (!(subjectHas & (1 << c)) || counts[c] !== 1 || out.includes(m)) return;
      const hit = r.exec(after);
      if (hit && OWNED_AFTER.test(after.slice(0, hit.index))) out.push(m);
    });
  }
  return out;
}
