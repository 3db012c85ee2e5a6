// parentViews: does the record give the parents' own views or words, or their level of engagement?
import type { QualityCheck } from "../types";
import type { RuleContext } from "../rule";
import { PARENT_VIEWS_SOURCE, PARENT_VIEW_HEADINGS, PARENT_VIEW_HEADING_PATTERN, phraseSource } from "./lexicon";
import type { VoiceHit, Voices } from "./voice";
import { EvidenceSet, childName, escapedSubjectForms, lowerOf, possessive } from "./evidence";
import { letterToParentViews, parentQuotes, relayedParentViews, shorthandParentViews, speakerTurns, unansweredParent } from "./speakers";
import { insideAny, otherChildItems } from "./sections";
import { authoredVoice } from "./authors";
import type { Span } from "../text/span";
import { kinshipCarerViews, recordedEngagement } from "./parent-figures";

export const PARENT_VIEWS = {
  id: "parent-views",
  description: "The record gives the parents' own views or words, or how they took part.",
  source: PARENT_VIEWS_SOURCE,
};

// A heading line such as "Mum's views", followed by text after a colon or on the next line (run on the lower-cased text).
const HEADING = new RegExp(
  `^[ \\t]*(?:\\d+(?:\\.\\d+)*[.)]?[ \\t]+)?(?:the[ \\t]+)?(?:${phraseSource(PARENT_VIEW_HEADINGS)}|${PARENT_VIEW_HEADING_PATTERN})[ \\t]*(?::[ \\t]*\\S|\\r?\\n[ \\t]*(?:\\r?\\n[ \\t]*)?\\S)`,
  "gm",
);

// The worker met, spoke with or visited a parent ("Met Ms Moss at the family centre", "I spoke to Mum on the phone"):
// the parent took part, which Ruling 3 counts as engagement. A parent is a role word or a titled name sharing the
// child's family name.
const MET_VERB = String.raw`(?:^|[.;:\n]\s*|\b(?:i|we|sw|worker)\s+)(?:met|met with|spoke (?:to|with)|talked (?:to|with)|had a (?:meeting|call|conversation|discussion|chat) with)\s+(?:(?:both|the|his|her|their|the child['’]s)\s+)?`;
const MET_ROLE = new RegExp(`${MET_VERB}(?:mum|mother|dad|father|parents)(?!['’])\\b`, "gm");
// Stop 50 (kind50): the worker, the home's staff or officers reaching a parent by phone, text or email ("At 21:30 staff rang
// Denver's mother, who…", "Texted Mum to confirm the review"): engagement as an unanswered call is (unansweredParent).
// The verb opens the sentence or follows its subject directly, so "we have not contacted the parents" is not one.
const CONTACT_VERB = String.raw`(?:^|[.;:\n]\s*|\b(?:i|we|sw|worker|staff|officers?|police|carers?)\s+)(?:rang|phoned|telephoned|called|texted|emailed|messaged|contacted)\s+`;
const CONTACT_ROLE = new RegExp(`${CONTACT_VERB}(?:(?:both|the|his|her|their|the child['’]s)\\s+)?(?:mum|mother|dad|father|parents)(?!['’])\\b`, "gm");
function metParent(ctx: RuleContext): Span[] {
  const lower = lowerOf(ctx);
  const surname = ctx.profile.subjectSurname?.toLowerCase();
  const res = [MET_ROLE, CONTACT_ROLE];
  // The parent as the child's own ("Denver's mother"), after a verb of meeting or of reaching them.
  const forms = escapedSubjectForms(ctx);
  if (forms.length) {
    const own = `(?:${forms.join("|")})['’]s?\\s+(?:mum|mother|dad|father|parents)(?!['’])\\b`;
    res.push(new RegExp(`(?:${MET_VERB}|${CONTACT_VERB})${own}`, "gm"));
  }
  if (surname && /^[a-z'’-]{2,}$/.test(surname)) res.push(new RegExp(`${MET_VERB}(?:mr|mrs|ms|miss|mx)\\.?\\s+${surname}(?![a-z'’-])`, "gm"));
  const out: Span[] = [];
  for (const re of res) {
    re.lastIndex = 0;
    for (let m = re.exec(lower); m && out.length < 20; m = re.exec(lower)) {
      const at = m.index + Math.max(0, m[0].search(/[a-z]/));
      if (!ctx.inQuote(at, at + 1)) out.push(ctx.sentenceAt(at));
    }
  }
  return out;
}

export function isParentView(h: VoiceHit): boolean {
  if (h.who !== "parent" || h.modal) return false;
  // Someone else's report of a parent is theirs ("the school said Mum seems low"), except a parent's wish, which stays
  // the parent's however it reaches the record ("her carer said Chi's mother wants her to study medicine").
  if (h.reporter !== undefined && h.reporter !== "parent" && !(h.reporter === "other" && h.kinds.has("wish"))) return false;
  return h.kinds.has("view") || h.kinds.has("engagement");
}

// Stop 50 (kind50): "argued" states a party's case ("argued that…", "argued for a return home"); parents who argued with
// each other, a lot, about money or at home quarrelled, and gave no view (a life-story letter's "Mum and Dad argued a lot").
const ARGUED = /^argu(?:ed|es|e|ing)$/;
const QUARREL_AFTER =
  /^\s*(?:a lot|lots|loudly|often|constantly|all the time|every (?:day|night)|most (?:days|nights)|(?:with|between) (?:each other|one another|themselves|him|her|them)|about (?:money|everything|the)|over (?:money|the)|at home|and|[.,;!])/;
function quarrel(ctx: RuleContext, h: VoiceHit): boolean {
  const lower = lowerOf(ctx);
  return ARGUED.test(lower.slice(h.start, h.end)) && QUARREL_AFTER.test(lower.slice(h.end, h.end + 40));
}

export function checkParentViews(ctx: RuleContext, voices: Voices): QualityCheck {
  const ev = new EvidenceSet(ctx);
  // In a record about several children, "Mum" inside another child's item is that child's mother.
  const foreign = otherChildItems(ctx);
  const add = (s: Span) => {
    if (!insideAny(foreign, s.start)) ev.addSpan(s);
  };
  for (const h of voices.hits()) if (isParentView(h) && !quarrel(ctx, h)) add(ctx.sentences[h.sentence]);
  // A parent's turns in minutes or a transcript, shorthand notes ("m rang, said…"), a letter answering the parent.
  for (const t of speakerTurns(ctx)) if (t.speaker === "parent") add(ctx.sentenceAt(t.span.start));
  for (const s of shorthandParentViews(ctx)) add(s);
  for (const s of letterToParentViews(ctx)) add(s);
  // A parent's wish, view or account relayed with a noun ("Mr Popal's wish for the children to return").
  for (const s of relayedParentViews(ctx)) add(s);
  // A part a parent wrote themselves (a review form's parent's page, a statement signed "Mum"): their "I" is the parent.
  for (const s of authoredVoice(ctx, "parent")) add(s);
  // A parent's own words quoted straight after them ("Mum 'just wants a break'").
  for (const s of parentQuotes(ctx)) add(s);
  // The worker's calls or messages to a parent that went unanswered: their engagement, as Ruling 3 counts it.
  for (const s of unansweredParent(ctx)) add(s);
  for (const s of metParent(ctx)) add(s);
  // A relative who is the child's carer or a party stands in a parent's place; a parent's engagement as recorded.
  for (const s of kinshipCarerViews(ctx)) add(s);
  for (const s of recordedEngagement(ctx)) add(s);
  const lower = lowerOf(ctx);
  HEADING.lastIndex = 0;
  // The heading's words, after any numbering ("4. The parents' views").
  for (let m = HEADING.exec(lower); m; m = HEADING.exec(lower)) {
    const at = m.index + Math.max(0, m[0].search(/\p{L}/u));
    if (!insideAny(foreign, at)) ev.addAt(at);
  }
  const name = childName(ctx);
  if (ev.count === 0) {
    return {
      value: false,
      evidence: [],
      message: `The parents' views were not found: add what ${possessive(name)} parents said or want, in their own words, or how they took part (came, agreed, did not attend).`,
    };
  }
  return {
    value: true,
    evidence: ev.sorted(),
    message: `The parents' views or engagement appear in ${ev.places(voices.capped)}.`,
  };
}
