// childVoice: does the record give the subject child's own words, wishes and feelings, or (for a child
// who does not use words) what the worker saw of them?
import type { QualityCheck } from "../types";
import type { RuleContext } from "../rule";
import { CHILD_VOICE_SOURCE } from "./lexicon";
import type { VoiceHit, Voices } from "./voice";
import { EvidenceSet, childName, plural, possessive } from "./evidence";
import type { PronounSet } from "../profile";
import { letterToChildVoice, relayedChildVoice, speakerTurns, subjectQuotes } from "./speakers";
import { insideAny, otherChildItems, sectionsOf, sentencesIn } from "./sections";
import { authoredParts, authoredVoice } from "./authors";
import { escapeLiteral } from "../text/bounded";
import type { Span } from "../text/span";
import { perceivedStates } from "./perceived-state";

export const CHILD_VOICE = {
  id: "child-voice",
  description: "The record gives the child's own words, wishes and feelings, or observations of a child who does not use words.",
  source: CHILD_VOICE_SOURCE,
};

/** True when the hit shows the subject child's voice (or what the worker saw the child do). */
export function isChildVoice(h: VoiceHit): boolean {
  // "I saw Mia playing", not "I have not seen Mia since April".
  if (h.kinds.has("observer") && h.who === "first" && h.observed === "subject") return !h.negated;
  if (h.who !== "subject" || h.modal) return false;
  // "Helen said River was upset" is Helen's report, not River's voice.
  // …unless the reporter's role is to relay the child's wishes ("The IRO told the review Amir wants to stay").
  if (h.reporter !== undefined && h.reporter !== "subject" && !(h.relayed && (h.kinds.has("speech") || h.kinds.has("wish")))) return false;
  if (h.kinds.has("speech") && !h.negated) return true;
  if (h.kinds.has("wish") && !(h.negated && h.refusal)) return true;
  if (h.kinds.has("observed") && !h.negated) return true;
  return false;
}

const SHARES_A_THING = /\bshar(?:e|es|ed|ing)\s+(?:a|the|her|his|their|one)\s+(?:bed(?:room)?|room|home|house|flat|toys?|space|car|lift|meal|lunch|desk)\b/i;
const SPEECH = /\b(?:said|says|told|tells|asked|explained|wants|wanted|wishes|feels|felt|likes|loves|hates)\b|["“]/i;

const VOICE_WORDS = "(?:says?|said|thinks?|thought|told (?:me|us)|tells (?:me|us)|wants?|wanted|feels?|felt|would like)";
const OWN_WORDS = "(?:own )?(?:views?|voice|words|wishes(?: and feelings)?|account|story|say)";
// The child's experience as a heading of its own ("The child's experience", "Ruby's lived experience", "What life is
// like for Ruby", "Voice of the child"): a practice review's or assessment's section on what the child lived through.
const EXPERIENCE = "(?:(?:lived|daily|day-to-day|everyday) )?(?:experiences?|world|perspective)";

// A heading in the child's own first person ("In my own words", a pathway plan's or review form's field for the young
// person): the "I" under it is the child, not the worker.
const MY_OWN_WORDS = /^(?:\d+[.)]?\s+)?in my own words\b/i;
const FIRST_PERSON = /(?<![\p{L}'’])(?:I|I['’](?:m|d|ve|ll)|[Mm]y|me)(?![\p{L}'’])/u;

// Every heading of the child's own say holds one of these words: the child's name-built pattern is compiled only for
// a record with such a heading, and tried only on those.
const HEADING_WORDS = new RegExp(`${VOICE_WORDS}|${OWN_WORDS}|${EXPERIENCE}|like for`, "iu");

/** The first sentence with a speech or wish verb or a quotation in each section headed as the child's own say. */
function voiceSections(ctx: RuleContext): Array<{ start: number; end: number }> {
  const names = [...ctx.profile.subjectForms].filter((f) => f.length >= 2).map(escapeLiteral);
  if (names.length === 0) return [];
  const name = `(?:${names.join("|")})`;
  const heading = () =>
    new RegExp(
      `^(?:\\d+[.)]?\\s+)?(?:in my own words\\b|(?:what|how) ${name} ${VOICE_WORDS}\\b|${name}['’]s ${OWN_WORDS}\\b|in (?:${name}['’]s|his|her|their) ${OWN_WORDS}\\b|(?:the )?(?:${name}|child|young person|baby)['’]s ${EXPERIENCE}\\b|(?:the )?(?:voice|views|wishes and feelings|experience|lived experience) of (?:the )?(?:${name}|child|young person|baby)\\b|what (?:life|it) (?:is|was|has been) like for ${name}\\b)`,
      "iu",
    );
  const out: Array<{ start: number; end: number }> = [];
  let named: RegExp | undefined;
  for (const section of sectionsOf(ctx)) {
    const text = section.headingText.trim();
    if (!HEADING_WORDS.test(text) || !(named ??= heading()).test(text)) continue;
    // Under "In my own words" the child writes: their own "I" opens what they say ("I want my own flat").
    const own = MY_OWN_WORDS.test(text);
    // …unless a parent wrote that part of the form ("Parent's views (completed by parent)").
    if (own && authoredParts(ctx).some((p) => p.author === "parent" && section.body.start >= p.span.start && section.body.start < p.span.end)) continue;
    // An inline heading ("In my own words: I want…") shares its sentence with the body's first words.
    const body = sentencesIn(ctx, { start: section.heading.start, end: section.body.end }).filter((s) => s.end > section.body.start);
    const said = body.find((s) => (own ? FIRST_PERSON : SPEECH).test(ctx.text.slice(s.start, s.end)));
    if (said) out.push(said);
  }
  return out;
}

// The label: the child's name (or "child's", "young person's") with a word of their own say, an optional parenthesis saying
// how it was gathered, then a colon or dash and the content on the same line.
const LABEL_TAIL = String.raw`['’]s\s+(?:own\s+)?(?:views?|wishes(?:\s+and\s+feelings)?|voice|words|comments?)(?:[ \t]*\([^)\n]{1,40}\))?[ \t]*[:–—-][ \t]*(\S[^\n]*)`;

/** Lines labelled as the child's views whose content says what they want, feel or think. */
function labelledViewLines(ctx: RuleContext): Span[] {
  if (!/['’]s\s+(?:own\s+)?(?:views?|wishes|voice|words|comments?)\b/i.test(ctx.text)) return [];
  const names = [...ctx.profile.subjectForms].filter((f) => f.length >= 2).map(escapeLiteral);
  const re = new RegExp(String.raw`^[ \t]*(?:the[ \t]+)?(?:${[...names, "child", "young person"].join("|")})${LABEL_TAIL}`, "gimu");
  const out: Span[] = [];
  for (let m = re.exec(ctx.text); m && out.length < 20; m = re.exec(ctx.text)) {
    const at = m.index + m[0].length - m[1].length;
    if (SPEECH.test(m[1]) || LABEL_VIEW.test(m[1])) out.push(ctx.sentenceAt(at));
  }
  return out;
}
// Notes' shorthand for a view ("happy where he is", "not keen on the move", "would prefer to stay").
const LABEL_VIEW =
  /\b(?:wants?|would (?:like|prefer|rather)|prefers?|happy|unhappy|keen|not keen|worried|scared|misses|enjoys?|does not want|doesn['’]t want|agrees?|disagrees?)\b/i;

export function checkChildVoice(ctx: RuleContext, voices: Voices): QualityCheck {
  const name = childName(ctx);
  const ev = new EvidenceSet(ctx);
  // In a record about several children, a "he said" inside another child's item is that child's voice.
  const foreign = otherChildItems(ctx);
  // Each sentence judged once, however many voice hits it holds (a run-on sentence stays linear).
  const judged = new Set<number>();
  for (const h of voices.hits()) {
    if (!isChildVoice(h) || judged.has(h.sentence)) continue;
    judged.add(h.sentence);
    const s = ctx.sentences[h.sentence];
    if (insideAny(foreign, s.start)) continue;
    // "shares a bedroom with Kene" is living arrangements, not speech ("she shared that…").
    const sentence = ctx.text.slice(s.start, s.end);
    if (SHARES_A_THING.test(sentence) && !SPEECH.test(sentence)) continue;
    ev.addSpan(s);
  }
  // The child's turns in minutes or a transcript, and their own messages copied in.
  for (const t of speakerTurns(ctx)) if (t.speaker === "subject") ev.addSpan(ctx.sentenceAt(t.span.start));
  for (const q of subjectQuotes(ctx)) ev.addSpan(ctx.sentenceAt(q.start));
  // A letter written to the child: what "you" told the writer is the child's voice.
  for (const s of letterToChildVoice(ctx)) ev.addSpan(s);
  // A part the child wrote themselves (a consultation booklet, a letter to the judge): their "I" is the child.
  for (const s of authoredVoice(ctx, "subject")) if (!insideAny(foreign, s.start)) ev.addSpan(s);
  // The child's account relayed with a noun ("Priya's view is that…", "According to Priya, …").
  for (const s of relayedChildVoice(ctx)) ev.addSpan(s);
  // Someone who came upon or saw the child found them in a state ("the carer found Amir drowsy"): observed experience.
  for (const s of perceivedStates(ctx)) if (!insideAny(foreign, s.start)) ev.addSpan(s);
  // A section headed as the child's own say ("What Sami says", "Sami's views", "In her own words"): its "he told me"
  // is the child even where a pronoun alone would reach someone named just before.
  if (ev.count === 0) for (const s of voiceSections(ctx)) if (!insideAny(foreign, s.start)) ev.addSpan(s);
  // A labelled line of notes giving the child's views, however they reached the record ("Jonah's views (via his
  // advocate): happy where he is, wants more time with his sister").
  if (ev.count === 0) for (const s of labelledViewLines(ctx)) if (!insideAny(foreign, s.start)) ev.addSpan(s);
  const places = ev.places(voices.capped);
  if (ev.count === 0) {
    return {
      value: false,
      evidence: [],
      message: missingVoiceMessage(name, ctx.profile.pronouns),
    };
  }
  const quoted = ev.items.filter((e) => ctx.quotes.some((q) => q.start >= e.start && q.end <= e.end)).length;
  const quotes = quoted ? ` (${plural(quoted, "shown with a quotation", "shown with quotations")})` : "";
  return {
    value: true,
    evidence: ev.sorted(),
    message: `${possessive(name)[0].toUpperCase()}${possessive(name).slice(1)} own words, wishes or feelings appear in ${places}${quotes}.`,
  };
}

/** What to add when no voice was found, in the child's own pronouns (they/them when the case gives none). */
export function missingVoiceMessage(name: string, pronouns: PronounSet | undefined): string {
  const they = pronouns?.subject ?? "they";
  const them = pronouns?.object ?? "them";
  const their = pronouns?.possessive ?? "their";
  const use = they === "they" ? "do not use" : "does not use";
  return `Nothing ${name} said, wished or felt was found: add what ${name} said or showed you, in ${their} own words where you can, or what you saw of ${them} if ${they} ${use} words.`;
}
