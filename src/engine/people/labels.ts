import type { PersonMention } from "./people";
import type { NormalisedProfile } from "../profile";

// Children a judgment or review names only by a letter or label ("R (aged 7)", "her brothers R and S",
// "Child B", "Sibling 1", "the eldest child, B"). FORMAT.md ruling 8: the label itself is never tagged, but
// the child's school, date of birth and address are another child's details. These mentions are only ever
// owners of details: they are not people, are not reported and never go to review.

// A label word and its letter or number ("Child B", "Sibling 2", "Baby K"), or a lone capital letter.
// Two or three capitals are a label only with an age or a birth after them ("JA born on…", "KN (aged 9)").
const LABEL_OR_LETTER =
  /(?:\b(?:Child|Sibling|Baby|Young\s+Person|YP)\s+(\p{Lu}{1,2}\d{0,2}|\d{1,2})|(?<![\p{L}\p{N}.'’&/-])(\p{Lu})|(?<![\p{L}\p{N}.'’&/-])(\p{Lu}{2,3}))(?![\p{L}\p{N}/-]|['’](?!s\b)|\.\s?\p{Lu}|\.\p{L})/gu;
// An age or a birth right after the letter: "R (aged 7)", "S (9)", "B, aged 12", "C (who is 9)", "B who is 13", "K (born 2019)",
// "S, now 11,", "R, 7, and S, 9".
const AGE_RIGHT =
  /^\s*(?:\(\s*(?:who\s+is\s+|aged?\s*|now\s+)?(?:nearly\s+|almost\s+|over\s+|under\s+)?(\d{1,2})(?:\s*(?:years?|yrs?)(?:\s+old)?)?\s*[),;]|,?\s*(?:who\s+is\s+|is\s+)?(?:a\s+(?:boy|girl|child)\s+)?(?:now\s+)?(?:aged\s+(?:over\s+|under\s+)?|(?:nearly|almost)\s+)(\d{1,2})\b|,?\s*(?:who\s+is|is)\s+(?:now\s+)?(\d{1,2})\b(?!\s*(?:months?|weeks?|days?|%|[:./]\d))|,\s*(?:now\s+|then\s+)?(\d{1,2})(?=\s*(?:[,;)]|\.(?!\d)|$)))/i;
const BORN_RIGHT = /^\s*(?:\(\s*|,\s*)?(?:was\s+)?(?:born|b\.|DOB|D\.O\.B\.?)(?:\s+(?:on|in))?\s*:?\s*[^()\n]{0,16}?\b((?:19|20)\d{2})\b/i;
// A word for a child just before the letter: "her brothers R", "the eldest child, B", "his sister, K".
const CHILD_WORD_LEFT =
  /\b(?:brothers?|sisters?|siblings?|half-(?:brother|sister|sibling)s?|step-?(?:brother|sister|son|daughter)s?|sons?|daughters?|child(?:ren)?|twins?|grandsons?|granddaughters?|nephews?|nieces?|boy|girl|baby|infant)\s*,?\s*$/i;
// A word for an adult just before it: "the mother, M", "Mr X", "the social worker, Q".
const ADULT_WORD_LEFT =
  /\b(?:mother|father|mum|dad|parents?|grand(?:mother|father|parents?)|aunt|uncle|partner|husband|wife|step(?:father|mother)|carers?|guardian|worker|officer|teacher|nurse|doctor|witness|applicant|respondent)\s*,?\s*$|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?\s+$/i;
// Letters that are words or stand for the parents in judgments ("I", "M" the mother, "F" the father).
const NOT_CHILD_LETTERS = new Set(["I", "M", "F"]);
// What joins letters listed together: "R and S", "R (aged 7), S (aged 9) and K".
const LIST_JOIN = /^\s*(?:\([^()\n]{0,30}\)\s*|,\s*(?:now\s+)?\d{1,2}\s*)?(?:,\s*(?:and\s+)?|and\s+|&\s*)$/;
const CAPITALISED_WORD_LEFT = /(\S*[^\s.!?:;])\s+$/;

type Candidate = { start: number; end: number; key: string; label: boolean; possessive: boolean; group: number };

/**
 * Mentions of labelled children (role "child", entity "letter-X") and of the subject's own label (role
 * "subject"), for the detail finder to give details owners. One scan of the text; a letter is a child when
 * any of its mentions, or a letter listed with it, shows it is one and none shows an adult.
 */
export function labelMentions(text: string, all: readonly PersonMention[], profile: NormalisedProfile, refYear: number): PersonMention[] {
  const subjectKeys = new Set<string>();
  for (const form of [profile.subjectName, ...(profile.raw.subject?.aliases ?? [])]) {
    const m = /^(?:(?:Child|Sibling|Baby|Young\s+Person|YP)\s+)?(\p{Lu}{1,2}\d{0,2}|\d{1,2})$/iu.exec(form.trim());
    if (m) subjectKeys.add(m[1].toUpperCase());
  }
  // A named subject's initials are theirs as well ("T" in Tia's record is most likely Tia).
  for (const g of profile.subjectGivenForms) if (g) subjectKeys.add(g[0].toUpperCase());
  const candidates: Candidate[] = [];
  const childGroups = new Set<number>();
  const adultKeys = new Set<string>();
  let group = 0;
  let prevEnd = -1;
  const matches: RegExpExecArray[] = [];
  // Letters given a child's age or a recent birth somewhere ("JB (aged 14)", "A, a girl aged 9"): their
  // other mentions are the same child ("JB attends…", "A told her teacher…").
  const aged = new Set<string>();
  LABEL_OR_LETTER.lastIndex = 0;
  for (let m = LABEL_OR_LETTER.exec(text); m; m = LABEL_OR_LETTER.exec(text)) {
    matches.push(m);
    if (m[1] !== undefined) continue;
    const sameLine = text.slice(m.index + m[0].length, m.index + m[0].length + 40).split("\n", 1)[0];
    const years = agedYears(sameLine, refYear);
    if (years !== undefined && years >= 0 && years < 18) aged.add((m[2] ?? m[3]).toUpperCase());
  }
  for (const m of matches) {
    const label = m[1] !== undefined;
    const key = (m[1] ?? m[2] ?? m[3]).toUpperCase();
    const start = m.index;
    const end = start + m[0].length;
    const left = text.slice(Math.max(0, start - 40), start);
    const right = text.slice(end, end + 40);
    // On the same line: "(2) FA\n(3) FB" in a parties' block numbers the parties, it gives no age.
    const sameLine = right.split("\n", 1)[0];
    if (m[3] !== undefined && !aged.has(key) && !AGE_RIGHT.test(sameLine) && !BORN_RIGHT.test(sameLine)) continue;
    if (!label) {
      if (NOT_CHILD_LETTERS.has(key)) continue;
      // "A referral", "Plan B", "Section C": an article or a letter that is part of a capitalised name. ("A told
      // her teacher": a verb after it, where A is given a child's age elsewhere, makes it the child.)
      if (key === "A" && /^\s+\p{Ll}/u.test(right) && !(aged.has(key) && VERB_RIGHT.test(right))) continue;
      // "Mr R Harris", "R A Savage": an initial before a surname, not a label.
      if (/^\s+\p{Lu}\p{Ll}/u.test(right)) continue;
      const word = CAPITALISED_WORD_LEFT.exec(left);
      if (word && /^\p{Lu}/u.test(word[1]) && !sentenceStartAt(text, start - left.length + word.index)) {
        if (ADULT_WORD_LEFT.test(left)) adultKeys.add(key);
        continue;
      }
    }
    if (prevEnd < 0 || !LIST_JOIN.test(text.slice(prevEnd, start))) group++;
    prevEnd = end;
    const possessive = /^['’]s\b/.test(right);
    candidates.push({ start, end, key, label, possessive, group });
    // An age or a birth 18 or more years ago says an adult, even under a child's label ("Sibling 1 (born 1999)").
    const years = agedYears(right, refYear);
    if (years !== undefined && years >= 18) adultKeys.add(key);
    else if (label || (years !== undefined && years >= 0)) childGroups.add(group);
    if (label) continue;
    if (ADULT_WORD_LEFT.test(left)) adultKeys.add(key);
    else if (CHILD_WORD_LEFT.test(left)) childGroups.add(group);
  }
  const childKeys = new Set<string>();
  for (const c of candidates) if (childGroups.has(c.group) && !adultKeys.has(c.key)) childKeys.add(c.key);
  const out: PersonMention[] = [];
  let i = 0;
  for (const c of candidates) {
    const subject = subjectKeys.has(c.key);
    if (!subject && !childKeys.has(c.key)) continue;
    // Not where the people stage already read a person ("Child A" as the subject's own form).
    while (i < all.length && all[i].end <= c.start) i++;
    if (i < all.length && all[i].start < c.end) continue;
    out.push({
      start: c.start,
      end: c.end,
      entity: subject ? "#subject" : `letter-${c.key}`,
      role: subject ? "subject" : "child",
      possessive: c.possessive,
      inQuote: false,
      reasons: ["anonymised label"],
    });
  }
  return out;
}

/** Verbs a person does, as a regexp source: after a lone letter they make it someone ("A told", "B's", "C attends"). */
export const PERSON_VERB_SOURCE =
  "is|was|has|had|did|does|will|would|could|can|told|tells|said|says|attends|attended|lives|lived|went|goes|wants|wanted|stayed|stays|returned|moved|asked|explained|described|disclosed|reported|spoke|saw|sees|gave|made|became|remains|remained|likes|liked|loves|loved|felt|feels|knows|knew|thinks|thought";
// A verb straight after a letter: "A told", "A was", "A attends" (never after the article "A").
const VERB_RIGHT = new RegExp(`^\\s+(?:should|must|${PERSON_VERB_SOURCE})\\b`);

/** The age an age or a birth year straight after a letter gives ("R (aged 7)", "K (born 2019)"), if any. */
function agedYears(right: string, refYear: number): number | undefined {
  const age = AGE_RIGHT.exec(right);
  if (age) return Number(age[1] ?? age[2] ?? age[3] ?? age[4]);
  const born = BORN_RIGHT.exec(right);
  return born ? refYear - Number(born[1]) : undefined;
}

/** Whether the word at offset opens a sentence, a line or the text. */
function sentenceStartAt(text: string, at: number): boolean {
  for (let i = at - 1; i >= Math.max(0, at - 6); i--) {
    const ch = text[i];
    if (ch === " " || ch === "\t" || ch === '"' || ch === "“" || ch === "(") continue;
    return ch === "." || ch === "!" || ch === "?" || ch === "\n" || ch === ":" || ch === ";";
  }
  return at <= 6;
}
