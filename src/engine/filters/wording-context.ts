// Suppression for wording rules (jargon and judgemental): the finding is dropped when the words are
// someone's quoted speech (the child's own words are data), when the sentence negates or corrects the
// wording, or when the organisation has allowed the term.
import { lineEnd, lineStart } from "../text/lines";
import type { RuleContext } from "../rule";
import { isNegated, isCorrection } from "../text/negation";
import { findSpanIndex, firstAtOrAfter } from "../text/span";
import type { PersonMention } from "../people/people";

export type SuppressReason = "quoted" | "negated" | "corrected" | "allowed" | "spoken";

export type WordingCheck = {
  /** Skip the negation and correction checks (acronyms are never "negated"). */
  ignoreNegation?: boolean;
  /** Terms the entry is known by, checked against the organisation's allow-list. */
  terms?: readonly string[];
  /** The words are the writer's even inside a child's reported words (professional wording, not the child's). */
  writersWords?: boolean;
};

/** Why a wording finding at [start, end) should not be reported, or undefined to report it. */
export function wordingSuppression(ctx: RuleContext, start: number, end: number, check: WordingCheck = {}): SuppressReason | undefined {
  if (isAllowed(ctx, start, end, check.terms)) return "allowed";
  if (ctx.inQuote(start, end) && !(check.ignoreNegation !== true && adoptedQuote(ctx, start, end))) return "quoted";
  if (check.ignoreNegation) return undefined;
  if (inTranscriptLine(ctx, start) || (!check.writersWords && inChildsReportedWords(ctx, start))) return "spoken";
  const sentence = ctx.sentenceAt(start);
  if (isNegated(ctx.text, sentence, start, ctx.tokens)) return "negated";
  if (isCorrection(ctx.text, sentence, end) || rejectedAfter(ctx.text, end) || rejectedBefore(ctx.text, sentence.start, start)) return "corrected";
  return undefined;
}

// What a rejection says of a label: it misses, ignores or hides something, or is unfair or wrong.
const FAULT =
  "(?:misses|missed|ignores|ignored|overlooks|overlooked|hides|obscures|minimises|minimizes|blames|does\\s+not\\s+(?:reflect|recognise|recognize|describe|take\\s+account|capture)|doesn't\\s+(?:reflect|recognise|recognize|describe|capture)|fails\\s+to|is\\s+(?:unfair|wrong|inaccurate|misleading|unhelpful|not\\s+(?:fair|right|accurate|helpful)))\\b";
// "described as streetwise and mature for her age, which misses that she is a child"; "…as manipulative.
// This label ignores…": the label (with its coordinated neighbours) is named to be rejected.
const REJECTED_AFTER = new RegExp(
  `^[^.;!?\\n]{0,70}?(?:,\\s*which\\s+|[.;]["'”’]?\\s+(?:this|that|these|such|the)\\s+(?:labels?|descriptions?|language|words?|terms?|view|wording)\\s+)${FAULT}`,
  "i",
);

// Before the label, in its clause: the writer denies there is a basis for it ("I have seen nothing to
// suggest she is X", "there is no reason to think…"), sets it aside ("Far from being X"), or says it is
// wrong to use ("It is wrong to say that she put herself at risk", "Nobody should call her X").
const REJECTED_BEFORE =
  /(?:\b(?:nothing|no\s+(?:evidence|indication|sign|signs|reason|suggestion|basis))\s+(?:at\s+all\s+)?(?:to\s+(?:suggest|show|indicate|say|think|believe|support)|(?:that|which)\s+(?:suggests?|shows?|indicates?))\b|\b(?:wrong|unfair|inaccurate|misleading|unhelpful|unjust|not\s+(?:right|fair|accurate|helpful))\s+to\s+(?:say|suggest|describe|call|label|think|conclude|see|claim)\b|\b(?:nobody|no\s+one|no-one)\s+(?:should|would|could|can)\s+(?:call|describe|label|see|think\s+of)\b|\b(?:none\s+of\s+(?:this|that|it|these|those)|nothing\s+(?:here|about\s+(?:this|that|it|her|him|them)))\s+(?:makes?|made|means?|meant|shows?|showed|proves?|proved)\b)[^.;!?\n]{0,80}$/i;

// "Far from being X", "a response to fear rather than defiance", "instead of calling it X", "anything but X",
// "not so much X as Y": X denied.
const FAR_FROM =
  /\b(?:far\s+from|rather\s+than|instead\s+of|anything\s+but|not\s+so\s+much)(?:\s+(?:being|calling\s+(?:it|this|him|her|them)))?\s+(?:(?:a|an|just|simply|merely)\s+)?$/i;

/** The clause before the label rejects it: there is nothing to suggest it, or it is wrong to say it. */
export function rejectedBefore(text: string, sentenceStart: number, start: number): boolean {
  const before = text.slice(Math.max(sentenceStart, start - 140), start);
  return REJECTED_BEFORE.test(before) || FAR_FROM.test(before);
}

/** The label is followed, in its sentence or at the start of the next, by a statement that it is wrong. */
export function rejectedAfter(text: string, end: number): boolean {
  return REJECTED_AFTER.test(text.slice(end, Math.min(text.length, end + 200)));
}

// A transcript or minutes line, "Georgia: I kicked off at school", is the speaker's own words, like a quote.
const SPEAKER_LINE = /^[ \t]*(?:\[[^\]\n]{1,30}\]|[\p{Lu}][\p{L}'’-]+(?:\s+[\p{Lu}][\p{L}'’-]+){0,2})(?:\s*\([^)\n]{1,30}\))?:[ \t]/u;

export function inTranscriptLine(ctx: RuleContext, start: number): boolean {
  const ls = lineStart(ctx.text, start);
  const m = SPEAKER_LINE.exec(ctx.text.slice(ls, Math.min(start, ls + 80)));
  if (!m) return false;
  // Speech, not a notes item headed by a name ("Tyrese: did not want to meet…"): it opens with a capital
  // or a quote mark and speaks in the first or second person.
  const ls2 = ls + m[0].length;
  const said = ctx.text.slice(ls2, Math.min(lineEnd(ctx.text, start), ls2 + 400));
  if (!/^["'“‘]?\p{Lu}/u.test(said) || !/\b(?:I|I'm|I've|I'll|me|my|we|we're|us|our|you|your)\b/.test(said)) return false;
  // The label must be a person the people stage knows, or the subject child: not "Plan:" or "Purpose:".
  const labelEnd = ls + m[0].indexOf(":");
  const speaker = ctx.text
    .slice(ls, labelEnd)
    .replace(/[[\]]/g, "")
    .replace(/\s*\(.*$/, "")
    .trim()
    .toLowerCase();
  if (ctx.profile.subjectForms.has(speaker) || ctx.profile.adultTokens.has(speaker)) return true;
  const all = ctx.people.all;
  const i = firstAtOrAfter(all, ls);
  return i < all.length && all[i].end <= labelEnd + 1;
}

// "[the subject] told the nurse that he is her boyfriend": the child's own words, reported. The record
// should keep them (they are data); the worker's analysis is judged elsewhere.
// "told the nurse that …", "said she …", "told her teacher she …": what follows the verb (and its
// object) is the child's account.
const SAYS_THAT =
  /^\s*(?:has\s+|had\s+)?(?:(?:told|tells|said|says|explained|explains|described|describes|calls|called|disclosed|shared|wrote|writes|feels|felt|thinks|thought|believes|believed)\b[^.;!?]{0,60}?(?:\bthat\b|:|\bhow\b)|(?:said|says|explained|explains|disclosed|discloses|wrote|writes|feels|felt|thinks|thought|believes|believed)\s+(?:to\s+\S+(?:\s+\S+)?\s+)?(?:she|he|they|I|it|her|his|their|my)\b|(?:said|says|explained|explains)\s+[\p{L}'’-]+\s+(?:is|was|are|were|has|had|will|would|did|does|do)\b|(?:told|tells)\s+(?:me|us|him|her|them|(?:the|her|his|their|my|a)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+)?|\p{Lu}[\p{L}'’-]+)\s+(?:she|he|they|I|it|her|his|their|my)\b|(?:describes|described|calls|called|refers\s+to|referred\s+to)\s+[^.;!?]{1,40}?\s+as\b|(?:calls|called)\s+(?:him|her|them|\p{Lu}[\p{L}'’-]+)\s+(?:her|his|their|my)\b|(?:calls|called|describes|described|sees|saw|thinks\s+of|thought\s+of)\s+(?:herself|himself|themselves|themself|myself)\b)/iu;

export function inChildsReportedWords(ctx: RuleContext, start: number): boolean {
  const s = ctx.sentenceAt(start);
  // The subject or another child as the speaker (people stage roles), never an adult.
  const all = ctx.people.all;
  // A speaker far back (more than SAYS_THAT_REACH before the words) counts when the verb after them matches
  // at all: remembered per sentence, so a huge run-on sentence is not reread for every finding.
  if (start >= farSpeakerFrom(ctx, s) + SAYS_THAT_REACH) return true;
  for (let i = firstAtOrAfter(all, Math.max(s.start, start - SAYS_THAT_REACH - LONGEST_MENTION)); i < all.length && all[i].end <= start; i++) {
    const after = childSpeakerEnd(ctx, all[i]);
    if (after >= 0 && SAYS_THAT.test(ctx.text.slice(after, start))) return true;
  }
  // "She says Gary is her boyfriend": the child's pronoun opening the sentence, when the nearest person
  // of that gender before it is the child.
  const pronoun = ctx.profile.pronouns?.subject;
  if (pronoun && pronoun !== "they") {
    const open = new RegExp(`^\\s*${pronoun}\\b`, "i").exec(ctx.text.slice(s.start, Math.min(start, s.start + 20)));
    const reported = open ? ctx.text.slice(s.start + open[0].length, start) : "";
    // "She described Precious as…" in Precious's record: the child would be "herself", so the speaker is someone else.
    if (open && SAYS_THAT.test(reported) && !namesTheSubject(ctx, reported) && nearestOfGenderIsSubject(ctx, s.start, pronoun === "she" ? "f" : "m")) return true;
  }
  // The subject's own name as written in the case, where the people stage did not mark it ("Jade describes …").
  // A bounded look back (the speaker and the verb sit close before the words), so a long sentence stays linear.
  const before = ctx.text.slice(Math.max(s.start, start - 160), start);
  for (const m of before.matchAll(NAME_TOKEN)) {
    if (ctx.profile.subjectForms.has(m[0].toLowerCase()) && SAYS_THAT.test(before.slice(m.index + m[0].length).replace(AFTER_NAME_BRACKET, ""))) return true;
  }
  return false;
}

const NAME_TOKEN = /\p{Lu}[\p{L}'’-]+/gu;

/** The subject child named (a name of theirs as written in the case) in `text`. */
const namesTheSubject = (ctx: RuleContext, text: string): boolean => [...text.matchAll(NAME_TOKEN)].some((m) => ctx.profile.subjectForms.has(m[0].toLowerCase()));

/** Longer than any match of SAYS_THAT (its widest part is 60 characters of words before "that"). */
const SAYS_THAT_REACH = 300;
const FAR_SPEAKERS = {};
/** A mention's own length at most: the near look back starts this far before a speaker could end. */
const LONGEST_MENTION = 64;

/** Where a child's mention ends (after a closing "]" of an edited name), or -1 when it is not a child's. */
function childSpeakerEnd(ctx: RuleContext, m: PersonMention): number {
  if (m.role !== "subject" && m.role !== "child") return -1;
  const end = m.end + (ctx.text[m.end] === "]" ? 1 : 0);
  // "Kayla (14) says …": past an age or a note in brackets after the name.
  return end + (AFTER_NAME_BRACKET.exec(ctx.text.slice(end, end + 24))?.[0].length ?? 0);
}

const AFTER_NAME_BRACKET = /^\s*\([^()\n]{1,20}\)/;

/** The earliest end of a child's mention in the sentence followed by a reporting verb (Infinity: none). */
function farSpeakerFrom(ctx: RuleContext, s: { start: number; end: number }): number {
  const bySentence = ctx.perAnalysis(FAR_SPEAKERS, () => new Map<number, number>());
  const known = bySentence.get(s.start);
  if (known !== undefined) return known;
  let from = Infinity;
  const all = ctx.people.all;
  for (let i = firstAtOrAfter(all, s.start); i < all.length && all[i].end <= s.end; i++) {
    const after = childSpeakerEnd(ctx, all[i]);
    if (after >= 0 && SAYS_THAT.test(ctx.text.slice(after, Math.min(s.end, after + SAYS_THAT_REACH)))) {
      from = after;
      break;
    }
  }
  bySentence.set(s.start, from);
  return from;
}

/** Is the last person of this gender named before `at` (within a few sentences) the subject child? */
function nearestOfGenderIsSubject(ctx: RuleContext, at: number, gender: "f" | "m"): boolean {
  const all = ctx.people.all;
  for (let i = firstAtOrAfter(all, at) - 1; i >= 0 && at - all[i].end < 400; i--) {
    const m = all[i];
    if (m.role === "subject") return true;
    // Someone who could be "she" (same or unknown gender) was named more recently.
    if (m.gender === gender || m.gender === undefined || m.gender === "u") return false;
  }
  return false;
}

// Who the quoted words belong to: someone said, called, described or wrote them.
const ATTRIBUTED =
  /\b(?:said|says|say|saying|called|calls|call|calling|describ\w*|told|tells|word|words|term|terms|label\w*|phrase|so-called|refer\w*|used|uses|wrote|writes|write|put\s+it|recorded|notes?|noted|reports?|reported|known\s+as|nicknamed|admits|admitted|confess\w*|accepts|accepted|acknowledges|acknowledged|concedes|conceded)\b/i;
const WRITERS_PREDICATE =
  /\b(?:is|was|are|were|be|been|being|seems?|seemed|appears?|appeared|remains?|remained|became|becomes|very|quite|so|extremely|increasingly|more|highly)\s*["“‘']?\s*$/i;

/**
 * A short quoted label the writer adopts as their own ("She is 'manipulative' and lies to staff"), as
 * against words quoted from someone ("Staff called her 'manipulative'") or quoted to reject them.
 */
export function adoptedQuote(ctx: RuleContext, start: number, end: number): boolean {
  const qi = findSpanIndex(ctx.quotes, start);
  const q = qi >= 0 ? ctx.quotes[qi] : undefined;
  if (!q || q.end < end) return false;
  const inner = ctx.text.slice(q.start + 1, q.end - 1).trim();
  if (inner.split(/\s+/).length > 4) return false; // speech, not a label
  const sentence = ctx.sentenceAt(start);
  const before = ctx.text.slice(sentence.start, q.start + 1);
  if (ATTRIBUTED.test(before)) return false;
  return WRITERS_PREDICATE.test(before);
}

export function isAllowed(ctx: RuleContext, start: number, end: number, terms?: readonly string[]): boolean {
  if (ctx.allow.size === 0) return false;
  if (ctx.allow.has(ctx.text.slice(start, end).toLowerCase().replace(/\s+/g, " "))) return true;
  if (terms) for (const t of terms) if (ctx.allow.has(t.toLowerCase())) return true;
  return false;
}
