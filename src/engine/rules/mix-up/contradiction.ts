// Pasted names betrayed by what the record itself says of the named child, read from grammar alone (no word lists
// fitted to any record). Three signs, each of which one person cannot satisfy:
// - the same child named twice in one sentence, the second opening a "while/whilst/whereas" clause set against the
//   first ("he watched Harley leave while Harley stays behind"): one child cannot both leave and stay, so the second
//   stands where someone else, most often the record's own child, was meant;
// - the named child's own first-person words give them the other sex ("Ava told the IRO: 'I'm the big brother'",
//   of a girl): the words were said by a child of the sex the record's own child has;
// - a child the record says has moved out or left home said later to remain or stay at home ("whether Reece could
//   remain at home", after "since Reece moved out"), with no return home written between.
// Invented examples only; every read is bounded (a sentence, or a fixed reach), so the pass stays linear.
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { ownStretchEnd } from "./clauses";
import { kinGender } from "../other-child/name-lexicon";

const REPEAT_REACH = 120;
// The second mention opens a clause set against the first: "…leave every other weekend while Harley stays behind".
const CONTRAST_BEFORE = /\b(?:while|whilst|whereas)\s+$/i;

/** The second of two mentions of one child in one sentence, opening a while/whilst/whereas clause after the first. */
export function findRepeatedNamePastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  for (let i = 1; i < all.length; i++) {
    const m = all[i];
    const first = all[i - 1];
    if (m.role !== "child" || m.inQuote || m.possessive || first.entity !== m.entity || first.inQuote || first.possessive) continue;
    if (m.start - first.end > REPEAT_REACH) continue;
    const sentence = ctx.sentenceAt(m.start);
    if (first.start < sentence.start) continue;
    const between = text.slice(first.end, m.start);
    // One clause, then the contrast: no other clause break, quote or line between.
    if (/[.;:!?"“”\n]/.test(between) || !CONTRAST_BEFORE.test(between)) continue;
    out.push(m);
  }
  return out;
}

// First-person words that give the speaker a sex: "I'm the big brother", "I am a sister now", "I'm her only son".
const SELF_SEXED =
  /\bI(?:['’]m|\s+am)\s+(?:(?:a|an|the|his|her|their|your|my\s+mum['’]s|mum['’]s|dad['’]s)\s+)?(?:(?:big|little|older|younger|eldest|oldest|only|middle|baby|new|good)\s+)?(brother|sister|son|daughter|boy|girl|grandson|granddaughter)\b/i;
// The name speaks the quote that follows: "Ava said: '…'", "Ava told the IRO: '…'", "Isla said, '…'".
const SPEAKS_AFTER = /^\s+(?:said|says|replied|replies|answered|answers|explained|explains|added|adds|told\s+[^:"“”\n]{1,30}?)\s*[:,]?\s*["“]([^"“”\n]{1,160})["”]?/i;
// …or the one before: '"I'm a big sister now," Oliver said'.
const QUOTE_BEFORE = /["“]([^"“”\n]{1,160})["”]\s*,?\s*$/;
const SPEAKER_VERB_AFTER = /^\s+(?:said|says|replied|replies|answered|answers|added|adds|explained|explains)\b/i;

/** A named child whose own quoted first-person words give them the sex the subject has, not their own. */
export function findSelfDescribedPastes(ctx: RuleContext, all: readonly PersonMention[], subjectGender: "f" | "m" | "u"): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  if (subjectGender === "u") return out;
  for (const m of all) {
    if (m.role !== "child" || m.inQuote || m.possessive || (m.gender !== "f" && m.gender !== "m") || m.gender === subjectGender) continue;
    let quote: string | undefined;
    const after = SPEAKS_AFTER.exec(text.slice(m.end, m.end + 220));
    if (after) quote = after[1];
    else if (SPEAKER_VERB_AFTER.test(text.slice(m.end, m.end + 16))) quote = QUOTE_BEFORE.exec(text.slice(Math.max(0, m.start - 200), m.start))?.[1];
    if (!quote) continue;
    const s = SELF_SEXED.exec(quote);
    if (s && kinGender(s[1]) === subjectGender) out.push(m);
  }
  return out;
}

// "Reece moved out", "since Reece moved out", "Keira no longer lives at home", "Dylan left home last year" (not "moved
// out of his foster placement": out of somewhere other than home).
const LEFT_HOME =
  /^\s+(?:has\s+|had\s+)?(?:(?:now\s+|since\s+)?moved\s+out\b(?!\s+of\s+(?!(?:the\s+)?(?:family\s+)?home\b|(?:his|her|their)\s+(?:mum|mother|dad|father|parents)))|left\s+home\b|no\s+longer\s+lives?\s+at\s+home\b|(?:does|did)\s+not\s+live\s+at\s+home\b)/i;
// "…whether Reece could remain at home", "for Keira to stay at home", "wants Dylan to continue to live at home".
const STAYS_HOME =
  /^\s+(?:(?:could|can|should|would|will|may|might|must|to|is\s+to|is\s+able\s+to)\s+)?(?:safely\s+|still\s+)?(?:remain|stay|continue\s+to\s+live|carry\s+on\s+living|keep\s+living)\s+(?:living\s+)?(?:at\s+home|in\s+the\s+family\s+home)\b/i;
// A return written between the two ("moved back", "returned home", "came back to Mum"): staying is possible again.
const RETURNED = /\b(?:moved|came|gone|went|is|was)\s+back\b|\breturned\s+(?:home|to\s+live)\b|\bback\s+home\b|\bnow\s+lives\s+at\s+home\b/i;
const HOME_REACH = 80;
// Read at most this far between the two (a record's length apart costs one bounded test per later mention).
const RETURN_REACH = 4000;

/** A child the record says moved out or left home, said in a later sentence to remain or stay at home. */
export function findStaysHomePastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  const leftAt = new Map<string, number>();
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote || m.possessive) continue;
    const end = ownStretchEnd(ctx.sentenceAt(m.start), m, all[i + 1], HOME_REACH);
    const stretch = text.slice(m.end, end);
    const left = leftAt.get(m.entity);
    if (left !== undefined && STAYS_HOME.test(stretch) && m.start - left <= RETURN_REACH && !RETURNED.test(text.slice(left, m.start))) {
      out.push(m);
      continue;
    }
    if (LEFT_HOME.test(stretch)) leftAt.set(m.entity, m.end);
  }
  return out;
}

// "Freya was at school.", "Lola was asleep on the sofa", "Sam was not at home": the child was not there to be seen.
const AWAY =
  /^\s+(?:was|is)\s+(?:still\s+)?(?:at\s+(?:school|nursery|college|work)\b|asleep\b|not\s+(?:at\s+home|home|present|there|in)\b|out\b(?!\s+of\s+bed)|away\b)/i;
// …and later in the same visit shows or tells the writer something, or is spoken to: "Freya showed me his bedroom",
// "Lola told me he had not eaten", "I spoke to Sam alone".
const MET_AFTER = /^\s+(?:told|showed|gave|talked\s+to|spoke\s+to|said\s+to)\s+(?:me|us)\b/i;
const MET_BEFORE = /\b(?:I|we)\s+(?:spoke\s+(?:to|with)|talked\s+(?:to|with)|saw|met)\s+$/i;
// What ends the absence or moves the time ("came home at 3.15", "later woke", "on the phone afterwards", "Last Tuesday"),
// or a date between: a new visit.
const TIME_MOVES =
  /\b(?:came|come|got|arrived|arrives|returned|returns|woke|wakes|joined|joins|back|later|afterwards|after\s+school|then|phone|phoned|rang|call|called|video|text|texted|yesterday|last|previously|earlier|before|next|tomorrow|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b|\d{1,2}[/.]\d{1,2}|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/i;
const AWAY_REACH = 60;
const VISIT_REACH = 1200;

/** A child the record says was away or asleep, later in the same visit the one who shows or tells the writer things. */
export function findAwayYetMetPastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  const awayAt = new Map<string, number>();
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if (m.role !== "child" || m.inQuote || m.possessive) continue;
    const sentence = ctx.sentenceAt(m.start);
    const away = awayAt.get(m.entity);
    if (away !== undefined && m.start - away <= VISIT_REACH) {
      const met = MET_AFTER.test(text.slice(m.end, m.end + 24)) || MET_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 24), m.start));
      if (met && !TIME_MOVES.test(text.slice(away, m.start)) && !TIME_MOVES.test(text.slice(m.end, ownStretchEnd(sentence, m, all[i + 1], AWAY_REACH)))) {
        out.push(m);
        continue;
      }
    }
    if (AWAY.test(text.slice(m.end, ownStretchEnd(sentence, m, all[i + 1], AWAY_REACH)))) awayAt.set(m.entity, m.end);
  }
  return out;
}

// "I saw Mason alone in his bedroom. Chloe showed me her bunk bed…": the writer has just said they saw the subject
// alone, so another child who, in the next sentence and with no time moving, shows or tells the writer things was put
// in the subject's place (stop 41, invented probes-28). Coming in, or a later time, is the other child's own part.
const ALONE_AFTER = /^\s+(?:alone|on\s+(?:his|her|their)\s+own|by\s+(?:himself|herself|themselves)|without\s+(?:his|her|their)\s+(?:brothers?|sisters?|siblings?))\b/i;
const ALONE_REACH = 240;

export function findSeenAlonePastes(ctx: RuleContext, all: readonly PersonMention[]): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  for (let i = 0; i + 1 < all.length; i++) {
    const s = all[i];
    const m = all[i + 1];
    if (s.role !== "subject" || s.inQuote || m.role !== "child" || m.inQuote || m.possessive || m.start - s.end > ALONE_REACH) continue;
    const seen = ctx.sentenceAt(s.start);
    if (!MET_BEFORE.test(text.slice(Math.max(seen.start, s.start - 24), s.start)) || !ALONE_AFTER.test(text.slice(s.end, s.end + 40))) continue;
    // The next sentence, opened by the other child, in the same paragraph.
    const next = ctx.sentenceAt(m.start);
    if (next.start < seen.end || /\S/.test(text.slice(seen.end, next.start)) || text.slice(seen.end, next.start).includes("\n")) continue;
    if (next.start !== m.start || !MET_AFTER.test(text.slice(m.end, m.end + 24)) || TIME_MOVES.test(text.slice(s.end, m.start))) continue;
    out.push(m);
  }
  return out;
}
