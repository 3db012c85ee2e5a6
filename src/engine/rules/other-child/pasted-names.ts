import type { RuleContext } from "../../rule";
import type { Gender } from "./name-lexicon";
import type { PastedName, PersonMention } from "./people";
import { WITH_OWN_PARENT } from "./cues";
// ---------------------------------------------------------------------------------------------
// Pasted names: "Daniel's attendance … her tutor says she…" in Precious's record.

const REPORTED_CLAUSE = /\b(?:said|says|told|tells|asked|asks|wants|wanted|thinks|thought|hopes|hoped|feels|felt|knows|knew|misses|missed|loves|loved|likes|liked|whether|if|that)\b/i;
const GENDERED_PRONOUN = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
const pronounSex = (p: string): Gender => (/^(she|her|hers|herself)$/i.test(p) ? "f" : "m");

export function findPastedNames(
  text: string,
  ctx: RuleContext,
  all: PersonMention[],
  subjectGender: Gender | undefined,
  subjectName: string,
): PastedName[] {
  const out: PastedName[] = [];
  if (!subjectGender) return out;
  const given = subjectName.split(" ")[0] ?? subjectName;
  const counts = new Map<string, number>();
  for (const m of all) counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    // A name seen once, never introduced, with the subject's own parent ("Lily was excited to see
    // her dad" in River's contact record): most likely pasted from another child's record.
    const uncued = (m.reasons ?? []).every((r) => r === WITH_OWN_PARENT);
    if (m.role !== "adult" && uncued && !m.inQuote && counts.get(m.entity) === 1 && m.start > 0) {
      const sentence = ctx.sentenceAt(m.start);
      const lead = text.slice(sentence.start, m.start);
      const rest = text.slice(m.end, sentence.end);
      const parent = /^[^.;]{0,60}?\b(his|her|their)\s+(?:dad|mum|father|mother|parents)\b/i.exec(rest);
      if (opensSentence(lead) && parent && all.some((x) => x.role === "subject")) {
        const pronounAt = m.end + parent.index + parent[0].indexOf(parent[1], parent[0].length - parent[1].length - 30);
        const pGender = parent[1].toLowerCase() === "his" ? "m" : parent[1].toLowerCase() === "her" ? "f" : "u";
        const pronouns = pGender !== subjectGender ? [{ start: pronounAt, end: pronounAt + parent[1].length }] : [];
        out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns });
        continue;
      }
    }
    if (subjectGender !== "f" && subjectGender !== "m") continue;
    if (m.role !== "child" || m.inQuote || !m.gender || m.gender === "u" || m.gender === subjectGender) continue;
    const sentence = ctx.sentenceAt(m.start);
    // The name must be what the sentence is about: its first words (after a date or label prefix).
    const lead = text.slice(sentence.start, m.start);
    if (!opensSentence(lead) || (i > 0 && all[i - 1].start >= sentence.start)) continue;
    const nextMention = all[i + 1];
    const limit = Math.min(sentence.end, nextMention && nextMention.start < sentence.end ? nextMention.start : sentence.end);
    const between = text.slice(m.end, Math.min(limit, m.end + 90));
    // Only the first gendered pronoun after the name decides; a role word in between ("her tutor",
    // "his mum") is a pronoun about the named person too.
    GENDERED_PRONOUN.lastIndex = 0;
    const p = GENDERED_PRONOUN.exec(between);
    if (!p) continue;
    if (/^\s*(?:is|was|['’]s)\s+$/i.test(between.slice(0, p.index))) continue; // "Hope is his half-sister"
    // "Tyler asked whether she could come": a new clause reporting what the named child said or felt.
    if (REPORTED_CLAUSE.test(between.slice(0, p.index))) continue;
    if (ctx.inQuote(m.end + p.index, m.end + p.index + p[0].length)) continue;
    if (pronounSex(p[0]) !== subjectGender) continue;
    // A gendered role noun before the pronoun could be its referent ("his mother said she…").
    if (/\b(mother|mum|father|dad|sister|brother|aunt|uncle|nan|grandmother|grandfather|teacher|carer|worker|woman|man|girl|boy)\b/i.test(between.slice(0, p.index).replace(/\b(her|his)\s+\w+/gi, ""))) continue;
    out.push({ start: m.start, end: m.end, entity: m.entity, possessive: m.possessive, suggestion: given, pronouns: [] });
  }
  return out;
}


/**
 * The name opens its sentence, after at most a date or a capitalised label ("02/09/2025 – School –").
 * Words such as "Her brother" before it say who the child is, so the sentence is not about the subject.
 */
function opensSentence(lead: string): boolean {
  const words = lead.match(/\p{L}+/gu) ?? [];
  return words.length <= 3 && words.every((w) => /^\p{Lu}/u.test(w));
}
