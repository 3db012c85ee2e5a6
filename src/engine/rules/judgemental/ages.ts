// Ages for the wording guards (issue 12, F12): how old the subject child is, and how old the other
// person in a sentence is, from what the people stage found ("aged 31" in a person's reasons, from
// "Craig (31)", "Craig, who is 31") and from age statements after the subject's mentions ("Mia (13)",
// "Mia is 12", "DOB: …" in the record's header). "Sexually active" about a 13-year-old, or "boyfriend"
// for a man of 31 named two sentences earlier, are judged by these ages rather than by the sentence's words.
import type { RuleContext } from "../../rule";
import { firstAtOrAfter } from "../../text/span";
import { DATE_SOURCE, parseDate } from "../../text/dates";
import { ageAfter, ageAt, birthFrom, decimal, Timeline, type AgeRange } from "../mix-up/ages";

const AGED = /^aged (\d{1,2})\b/;
const WINDOW = 300;
const ADULT_AGE = 18;
const AGE_OF_CONSENT = 16;

/** The age the people stage gave a person ("aged 31" among its reasons), if any. */
export function ageFromReasons(reasons: readonly string[] | undefined): number | undefined {
  let age: number | undefined;
  for (const r of reasons ?? []) {
    const m = AGED.exec(r);
    if (m) age = Math.max(age ?? 0, +m[1]);
  }
  return age;
}

// "Age: 13", "DOB: 04/05/2012" as a field in the record's header: the subject's.
const AGE_FIELD = /^[ \t]*(?:child's\s+)?age\s*:\s*(\d{1,2})\b/im;
const DOB_FIELD = new RegExp(`^[ \\t]*(?:DOB|D\\.O\\.B\\.?|date of birth)\\s*:\\s*(${DATE_SOURCE})`, "im");
const HEADER_CHARS = 1200;
const HEADER_AGE = /^,[ \t]*(\d{1,2})(?=[ \t]*(?:\(|$|[,;]))/;

const SUBJECT_AGE = {};

/** The subject child's age when the record was written, if the record says it (once per analysis: rules share it). */
export function subjectAge(ctx: RuleContext): AgeRange | undefined {
  return ctx.perAnalysis(SUBJECT_AGE, () => readSubjectAge(ctx));
}

function readSubjectAge(ctx: RuleContext): AgeRange | undefined {
  const text = ctx.text;
  const timeline = new Timeline(text);
  let range: AgeRange | undefined;
  const mentions = ctx.people.subjectMentions;
  for (let i = 0; i < mentions.length && i < 40 && !range; i++) {
    // An age stated after the name ("Mia (13)", "Mia is 12") is the age now; a date of birth is turned into one.
    const after = text.slice(mentions[i].end, mentions[i].end + 90).split("\n")[0].replace(/^['’]s\b/, "");
    range = ageAfter(after);
    if (range) break;
    // A header's "Young person: Ebony Lindqvist, 17 (DOB …)": a bare age after a comma, ending the field.
    const field = HEADER_AGE.exec(after);
    if (field) {
      range = { lo: +field[1], hi: +field[1] };
      break;
    }
    const birth = birthFrom(text, mentions[i].end, timeline);
    if (birth) range = ageAt(birth, timeline.yearAt(mentions[i].end));
  }
  if (!range) {
    const head = text.slice(0, HEADER_CHARS);
    const age = AGE_FIELD.exec(head);
    const dob = DOB_FIELD.exec(head);
    if (age && !otherPersonOnLine(ctx, age.index)) range = { lo: +age[1], hi: +age[1] };
    else if (dob && !otherPersonOnLine(ctx, dob.index)) {
      const d = parseDate(dob[1]);
      const at = timeline.yearAt(text.length);
      if (d && at > 0) {
        const years = Math.floor(at - decimal(d));
        if (years >= 0 && years < 25) range = { lo: years, hi: years };
      }
    }
  }
  return range;
}

function otherPersonOnLine(ctx: RuleContext, at: number): boolean {
  const text = ctx.text;
  const end = text.indexOf("\n", at + 1);
  const lineEnd = end < 0 ? text.length : end;
  const all = ctx.people.all;
  for (let i = firstAtOrAfter(all, at); i < all.length && all[i].start < lineEnd; i++) if (all[i].role !== "subject") return true;
  return false;
}

export type OtherParty = {
  /** The oldest age known for a person named near the words. */
  age?: number;
  /** Someone named there is known to be an adult. */
  adult: boolean;
  /** Ages are known there and all are close to the subject's (a peer). */
  peer: boolean;
  /** Only the child's own family was named there (whose partner is not the child's). */
  familyOnly: boolean;
};

/**
 * The other people named in the sentence holding `start` (else in the two sentences before it), with
 * the ages the record gives them anywhere: who "her boyfriend" or "sexually active with" is about.
 */
export function otherParty(ctx: RuleContext, start: number, end = start): OtherParty {
  const named = apposed(ctx, start, end);
  if (named) return judge(ctx, { named: 1, family: 0, list: named.age === undefined ? [] : [named.age] });
  const s = ctx.sentenceAt(start);
  // A window around the words, so a huge sentence is not read again for every finding in it.
  let from = Math.max(s.start, start - WINDOW);
  let ages = agesBetween(ctx, from, Math.min(s.end, start + WINDOW));
  const reachedStart = from === s.start;
  for (let back = 0; reachedStart && back < 2 && ages.named === 0 && ages.family === 0 && from > 0; back++) {
    const prev = ctx.sentenceAt(Math.max(0, from - 2));
    if (prev.start >= from) break;
    ages = agesBetween(ctx, Math.max(prev.start, from - WINDOW), from);
    from = prev.start;
  }
  return judge(ctx, ages);
}

function judge(ctx: RuleContext, ages: { named: number; family: number; list: number[] }): OtherParty {
  const subject = subjectAge(ctx);
  const known = ages.list;
  const oldest = known.length ? Math.max(...known) : undefined;
  // Much older than the child: three years or more, the gap guidance treats as a power imbalance.
  const older = oldest !== undefined && subject !== undefined && oldest - subject.lo >= 3;
  // An adult, unless the child is past the age of consent and the two are within two years ("Ebony, 17, and
  // her boyfriend, 19"): a relationship between near-peers, not an adult with power over a child.
  const nearPeerOverConsent = subject !== undefined && subject.lo >= AGE_OF_CONSENT && oldest !== undefined && oldest - subject.lo <= 2;
  const adult = oldest !== undefined && oldest >= ADULT_AGE && !nearPeerOverConsent;
  const peer = oldest !== undefined && !adult && !older && (subject === undefined || Math.abs(oldest - subject.lo) <= 2);
  return { age: oldest, adult: adult || older, peer, familyOnly: ages.named === 0 && ages.family > 0 };
}

// "her boyfriend, Craig Dunn (31)", "boyfriend Craig", "Craig, her boyfriend": the person the words name.
const APPOSED_AFTER = /^[ \t]*,?[ \t]*$/;
const APPOSED_BEFORE = /^[ \t]*,[ \t]*(?:(?:her|his|their|the|an?)\s+)?(?:(?:older|new|so-called)\s+)?$/i;

function apposed(ctx: RuleContext, start: number, end: number): { age?: number } | undefined {
  const all = ctx.people.all;
  const i = firstAtOrAfter(all, end);
  const next = all[i];
  if (next && next.role !== "subject" && next.start - end <= 3 && APPOSED_AFTER.test(ctx.text.slice(end, next.start))) return { age: ageFromReasons(next.reasons) };
  const prev = all[firstAtOrAfter(all, start) - 1];
  if (prev && prev.role !== "subject" && start - prev.end <= 24 && APPOSED_BEFORE.test(ctx.text.slice(prev.end, start))) return { age: ageFromReasons(prev.reasons) };
  return undefined;
}

function agesBetween(ctx: RuleContext, from: number, to: number): { named: number; family: number; list: number[] } {
  const all = ctx.people.all;
  const list: number[] = [];
  let named = 0;
  let family = 0;
  for (let i = firstAtOrAfter(all, from); i < all.length && all[i].start < to; i++) {
    const m = all[i];
    if (m.role === "subject" || m.inQuote) continue;
    if (isFamily(ctx, m)) {
      family++;
      continue;
    }
    named++;
    const age = ageFromReasons(m.reasons);
    if (age !== undefined) list.push(age);
  }
  return { named, family, list };
}

const FAMILY = /^(?:mother|father|mum|dad|step-?(?:mother|father|mum|dad)|grand(?:mother|father|ma|pa)|nan|gran|aunt|auntie|uncle|carer|foster carer|parent)$/i;
const FAMILY_BEFORE = /\b(?:mother|father|mum|dad|stepfather|stepmother|stepdad|stepmum|grandmother|grandfather|nan|gran|aunt|uncle|carer)\s*[,:(]?\s*$/i;
const FAMILY_AFTER = /^[^.;!?\n]{0,24}?\b(?:mother|father|mum|dad|stepfather|stepmother|stepdad|stepmum|grandmother|grandfather|nan|gran|aunt|uncle|carer)\b/i;

/** A parent, carer or relative of the child ("Kelly Price (34), Mia's mother"): never the other party. */
function isFamily(ctx: RuleContext, m: { start: number; end: number; reasons?: string[] }): boolean {
  if ((m.reasons ?? []).some((r) => FAMILY.test(r.replace(/^has a role:\s*/, "").replace(/^called\s+['‘]?|['’]$/g, "")))) return true;
  return FAMILY_AFTER.test(ctx.text.slice(m.end, m.end + 40)) || FAMILY_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 24), m.start));
}
