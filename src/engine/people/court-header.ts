// The people a judgment's header and appearance lines name by their part in the hearing: advocates
// ("NAME KC (instructed by FIRM) for the Applicant", "Advocate A. B. NAME for the Minister", "NAME appeared on
// behalf of the Respondent") and the bench ("Jurats NAME and NAME", "NAME, Esq."). They are adults; the
// firm after "instructed by" is not a person at all. Court headers are written this way whoever writes them,
// so the grammar of the line says who is an adult where no title or role word does.

import { holdsAny } from "./end-gates";

// After the name: a silk's letters, the instructing solicitor in brackets, or whom they act for.
const ADVOCATE_RIGHT =
  /^[ \t]*(?:,?[ \t]*(?:KC|QC|K\.C\.?|Q\.C\.?|SC)(?![\p{L}])|,[ \t]*(?:instructed[ \t]+by|solicitors?[ \t]+for|counsel[ \t]+for)\b|[ \t]+of[ \t]+counsel\b|(?:,[ \t]*of[ \t]+[^\n,()]{2,40}?[ \t]+)?represented[ \t]+the\b|(?:(?:,|&|and)[ \t]+[^\n()]{2,40}?)?[ \t]*\([ \t]*(?:instructed|solicitor|counsel)\b|,?[ \t]*Esq\b|appeared\b|(?:[ \t]*(?:&|and)[ \t]+[^\n()]{2,40}?)?[ \t]*(?:\([^()\n]{2,80}\))?[ \t]*,?[ \t]*(?:for|on[ \t]+behalf[ \t]+of)[ \t]+the[ \t]+(?:(?:first|second|third|fourth|fifth|1st|2nd|3rd|4th|5th)[ \t]+(?:and[ \t]+\w+[ \t]+)?)?(?:applicants?|respondents?|appellants?|interven[eo]rs?|local[ \t]+authority|minister|prospective[ \t]+adopters|children['’]s[ \t]+guardian)\b)/iu;
// Before the name: the advocate's or the lay bench's title, with any initials ("Advocate C. R. G. NAME",
// "Advocate R NAME"), or the second of two jurats ("Jurats NAME and NAME").
const ADVOCATE_LEFT = /(?:^|[^\p{L}])(?:Advocates?|Jurats?)[ \t]+(?:\p{Lu}\.?[ \t]+)*(?:[\p{Lu}][\p{L}'’-]*(?:[ \t]+[\p{Lu}][\p{L}'’-]*)?[ \t]+and[ \t]+)?$/u;
// The judge, in any case: "THE HONOURABLE MR JUSTICE NAME", "HIS HONOUR JUDGE NAME", "Recorder NAME" (not
// "Justice" alone, which is also a given name).
const BENCH_LEFT =
  /(?:^|[^\p{L}])(?:(?:mr|mrs|ms|miss|lord|lady)\.?[ \t]+justice|(?:his|her)[ \t]+honour[ \t]+judge|district[ \t]+judge|recorder|hhj)[ \t]+(?:\p{Lu}\.?[ \t]+)*$/iu;
// The firm instructing counsel, whichever of its partners' names ("instructed by Barrett and Thomson"), and the firm
// an advocate is "of" before whom they act for ("NAME, of Griffiths Robertson represented the children").
const INSTRUCTED_LEFT =
  /\b(?:instructed|Instructed|INSTRUCTED)[ \t]+(?:by|By|BY)[ \t]+(?:the[ \t]+|The[ \t]+|THE[ \t]+)?(?:\p{Lu}[\p{L}'’-]*(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+))*$/u;
const OF_FIRM_LEFT = /,[ \t]*of[ \t]+$/;
const OF_FIRM_RIGHT = /^[ \t]*(?:,[ \t]*)?(?:represented|appeared|solicitors?[ \t]+for|for[ \t]+the)\b/;

/**
 * Is the name between `left` and `right` an advocate or a member of the bench, by the shape of its line? `words`
 * are the folded letter runs of `left` (end-gates.ts): each end-anchored pattern is run only when the title it
 * needs is one of them (each title is a whole run wherever its pattern matches), so the answer is the same.
 */
export function advocateInHeader(left: string, right: string, words: Set<string>): boolean {
  return (
    ADVOCATE_RIGHT.test(right) ||
    (holdsAny(words, "advocate advocates jurat jurats") && ADVOCATE_LEFT.test(left)) ||
    (holdsAny(words, "justice judge recorder hhj") && BENCH_LEFT.test(left))
  );
}

/** Is the capitalised run between `left` and `right` the firm that instructs an advocate ("(instructed by Carr & Co)")? */
export function instructingFirm(left: string, right: string): boolean {
  return INSTRUCTED_LEFT.test(left) || (OF_FIRM_LEFT.test(left) && OF_FIRM_RIGHT.test(right));
}

// A law's title: "the Children (Jersey) Law 2002", "THE CHILDREN (SCOTLAND) ACT 1995", "Adoption Act 1976". The
// place in its brackets and its "Law" or "Act" before the year are words of the title, not people.
const LAW_TITLE_PARTS = /\(([\p{Lu}][\p{L} ]{1,25})\)(?=[ \t]+(?:Act|Law|Order|ACT|LAW|ORDER)\b)|\b(?:Act|Law|Order|ACT|LAW|ORDER)(?=[ \t]+(?:of[ \t]+)?(?:19|20)\d\d\b)/gu;

/** The words of laws' titles that could pass for names (the bracketed place, the "Law" before its year), in text order. */
export function lawTitleWords(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  if (!/\b(?:Act|Law|Order|ACT|LAW|ORDER)\b/.test(text)) return out;
  LAW_TITLE_PARTS.lastIndex = 0;
  for (let m = LAW_TITLE_PARTS.exec(text); m; m = LAW_TITLE_PARTS.exec(text)) {
    const start = m[1] ? m.index + 1 : m.index;
    out.push({ start, end: start + (m[1] ?? m[0]).length });
  }
  return out;
}

// A case's name in a judgment's title or header: "G (A Child)", "IN THE MATTER OF G (A CHILD)", "W-P (Children)",
// "S (Children: Findings of Fact)", "RE A AND B (CHILDREN) (FACT-FINDING: NON-ACCIDENTAL INJURY)". The brackets say
// what the case is about, never who.
const CASE_NAME_BRACKET = /\((?:an?[ \t]+)?(?:child|children|minors?|infants?)(?:[ \t]*:[^()\n]{1,60})?\)(?:[ \t]*\((?![ \t]*(?:aged?[ \t]*)?\d)[^()\n]{1,80}\))*/giu;

/** The brackets of case names ("(A Child)", "(Children: Findings of Fact)"), whose capitalised words are not names. */
export function caseNameBrackets(text: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  CASE_NAME_BRACKET.lastIndex = 0;
  for (let m = CASE_NAME_BRACKET.exec(text); m; m = CASE_NAME_BRACKET.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
