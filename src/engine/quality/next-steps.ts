// nextSteps: does the record end in a decision, plan or action with an owner or a date?
import type { QualityCheck } from "../types";
import type { RuleContext } from "../rule";
import data from "../../../rules/quality/next-steps.json";
import { phraseSource, type PatternEntry } from "./lexicon";
import { eventsAfterRecord } from "./record-date";
import { inPastEntry } from "./chronology-order";
import { EvidenceSet, combine, lowerOf, lowerPattern, plural, eachMatch } from "./evidence";
import { insideAny, sectionsOf } from "./sections";
import type { Span } from "../text/span";
import { nameGender } from "../people/name-lexicon";

export const NEXT_STEPS = {
  id: "next-steps",
  description: "The record gives a decision, plan or action with an owner or a date.",
  source: data.source,
};

// "Next steps" / "Actions:" at the start of a line (optionally numbered), then text on the same line or the next.
// A few trailing words may follow the heading word ("Next steps for the team", "Actions arising", "Decisions
// agreed at the meeting").
// A numbered heading ("Recommendation 1:", "Action 3 –") counts as the heading word.
const TRAILING = `(?:[ \\t]+\\d{1,2}[a-z]?)?(?:[ \\t]+(?:for|from|of|arising|agreed|and|to|with|following|at|after)\\b[^\\n:.?]{0,40})?`;
// One word may name whose they are or join another heading word ("School actions", "Police actions",
// "Request / actions"), or name the kind of plan as a compound ("Step-down plan", "Follow-up actions",
// "Multi-agency plan"); not a negation ("No action").
const QUALIFIER = `(?:(?!(?:no|not|any|without)\\b)[a-z'’]{2,}(?:-[a-z]{2,}){0,2}(?:[ \\t]*[/&][ \\t]*|[ \\t]+))?`;
// A heading's numbering, or a labelled part of a form before it ("Section G - Next steps", "Part 3: Plan").
const NUMBERING = `(?:\\d+(?:\\.\\d+)*[.)]?[ \\t]+|\\([a-z0-9]\\)[ \\t]+|(?:section|part|step|stage|item)[ \\t]+[a-z0-9]{1,3}[.)]?[ \\t]*[-–—:.][ \\t]*)`;
const HEADING = new RegExp(
  `^[ \\t]*${NUMBERING}?${QUALIFIER}(?:${phraseSource(data.lists.headings.entries)}|${data.lists.headingClauses.pattern})${TRAILING}[ \\t]*(?::[ \\t]*\\S|:?[ \\t]*\\r?\\n[ \\t]*(?:\\r?\\n[ \\t]*)?\\S)`,
  "gm",
);
// The same label inline, after a sentence of notes ("…hunched in the corner. Action: staff to check his chair."), as
// published recording examples write an observation, its reading and its action in one paragraph: only the action
// words, with a colon. Counted, like a heading, only with an action under it.
const INLINE_HEADING = /(?<=[.!?]["'’”)]?[ \t]+)(?:agreed |next )?(?:actions?|next steps?|plan|to do|follow[- ]up)[ \t]*:[ \t]*\S/g;
const ENTRIES = data.lists.patterns.entries as PatternEntry[];
// A section title of the plan type on its own ("Actions", "Next steps for the team", "What happens next").
const PLAN_TITLE = new RegExp(`^${NUMBERING}?${QUALIFIER}(?:${phraseSource(data.lists.headings.entries)}|${data.lists.headingClauses.pattern})${TRAILING}$`);

/** True when a section title names a plan, actions or next steps: what is written under it is still to happen. */
export function isPlanHeading(title: string): boolean {
  return PLAN_TITLE.test(title.trim().toLowerCase());
}
// A plan heading that names an earlier meeting's plan ("Actions from the last review", "Previous actions"): what was
// set then, reviewed here, not this record's next step.
const EARLIER = /\b(?:previous|last|earlier|prior|past)\b/i;

/** The plan sections of an earlier meeting, heading and body. */
function earlierPlans(ctx: RuleContext): Span[] {
  return sectionsOf(ctx)
    .filter((s) => EARLIER.test(s.headingText) && isPlanHeading(s.headingText))
    .map((s) => ({ start: s.heading.start, end: s.body.end }));
}
const SECTION_ACTION = new RegExp(lowerPattern(data.lists.sectionAction.pattern), "m");
// A decision or recommendation heading: a noun phrase naming what is to happen is enough under it.
const DECISION_HEADING = new RegExp(`^[ \\t]*${NUMBERING}?(?:${data.lists.decisionNouns.headings}|${data.lists.headingClauses.requests})\\b`);
const DECISION_NOUN = new RegExp(lowerPattern(data.lists.decisionNouns.pattern), "m");
// "Consider respite", "would benefit from support", "may need an assessment", "continue to monitor": suggestions, not decisions.
const HEDGED = new RegExp(lowerPattern(data.lists.decisionNouns.hedged));
// A plan named as a noun ("my recommendation", "the plan is", "next review on…") that a negation governs ("This extract
// does not include my recommendation", "there is no next review on…"): the record points to a plan it does not give.
const NOUN_PLAN = /^\s*(?:my|our|the|a|an|next)\b/;
const NEGATED_BEFORE = /(?:\bnot|\bno|\bnever|\bwithout|n['’]t)\s+(?:[a-z]+\s+){0,2}$/;
// A future that is not a plan: a name given in a judgment or review ("a little boy whom I shall call Arlo"), and
// someone's fear or hope ("She is worried Marley will lose his cousins", "Mum hopes that Amir will come home").
// The hoped-for subject may be two people joined ("I hope that Anna and Ravi will help you…").
const UNASSERTED_BEFORE =
  /\b(?:whom|who)\s+$|\b(?:worried|worries|worry|afraid|scared|frightened|fears?|feared|hopes?|hoped|hoping)\s+(?:that\s+)?(?:[a-z'’-]+\s+(?:and|&|or)\s+)?$/;
// A plan the same sentence says came to nothing ("the plan was for Finn to stay with his nan, but this fell through"):
// history, not a step still to happen.
const FAILED_AFTER =
  /\bbut (?:this|that|it|the plan|these|they) (?:then |later |soon )?(?:fell through|did not (?:happen|go ahead|work)|didn['’]t (?:happen|go ahead|work)|never happened|w(?:as|ere) cancelled|broke down|w(?:as|ere) not possible|could not (?:happen|go ahead))\b/;
// How far into a plan section an action is looked for.
const SECTION_CHARS = 600;

/** The text under a heading: the rest of its line, and the lines after it up to a blank line twice or the next heading. */
function sectionBody(lower: string, from: number): string {
  const body = lower.slice(from, from + SECTION_CHARS);
  // The section ends at a blank line after its first line of text.
  const first = body.search(/\S/);
  const stop = first < 0 ? -1 : body.slice(first).search(/\n[ \t]*\n/);
  if (stop >= 0) return body.slice(0, first + stop);
  return body;
}
// Most patterns run on the lower-cased text (no i or u flag: much faster on long texts); a few need capitals.
// Each of their alternatives opens at a word edge, a line start, a stop or comma, or a digit, so one look-ahead
// for that passes over the inside of words without trying every pattern there (test/engine/quality/next-steps.test.ts
// checks the data keeps to it).
export const ACTION_OPENING = "(?=\\b|^|[.;:,+\\d])";
const INSENSITIVE = combine(
  ENTRIES.filter((e) => !e.caseSensitive).map((e) => lowerPattern(e.pattern)),
  "gm",
  ACTION_OPENING,
);
const SENSITIVE = combine(
  ENTRIES.filter((e) => e.caseSensitive).map((e) => e.pattern),
  "gm",
);

/**
 * True when the sentence holding an offset is a wh-question (it opens with a question word and ends in a question
 * mark). A yes/no question is often a request to act ("Could you let me know who will visit?", "Can we set up
 * calls?"), which is a next step; a wh-question asks what should happen.
 */
function isQuestion(ctx: RuleContext, at: number): boolean {
  const s = ctx.sentenceAt(at);
  const sentence = ctx.text.slice(s.start, s.end);
  return /\?["'’”)\]]*\s*$/.test(sentence) && WH_OPENING.test(sentence);
}
// A question word at the start of a sentence, after any list marker or numbering ("- How would you…", "3. What…").
// A phrase may stand before the question word ("Using a tool such as the GCP2, how would you evidence…?"), but not a
// request's own opening ("Could you let me know, when you can, who will visit?" asks for a step).
const WH_OPENING =
  /^\s*(?:[-–•*]\s*|\(?[0-9a-z]{1,2}[.)]\s+)?(?:(?!(?:could|can|would|will|please|may|shall|might|is|are|do|does|did)\b)[^,?\n]{1,60},\s*)?(?:how|what|why|which|who|whom|whose|when|where|whether)\b/i;

// An action with a named owner and a time, in any wording (issue 12, F9): a person named (a known given name, an adult
// of the profile, or a title and surname), then "to", "will", "is to", "is going to" or "agreed to", a verb that is not
// "be" or "have", and a time in the same sentence ("Kim Fox to visit on 2 June", "Priya will send the letter on
// Thursday", "Mrs Saleh agreed to ring the GP tomorrow"). The child's own "will" is most often a fact of the future
// ("Leo will start school in September"), not an action, so it is not counted; the child's "to" item is.
const MONTHS = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*";
const WEEKDAYS = "(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?";
const OWNED_ACTION = new RegExp(
  String.raw`(?:^|[.;:!?]\s+|\n[ \t]*(?:[-•*–]|\d+[.)])?[ \t]*)((?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+)?[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+)?)\s+(to|will|is to|is going to|agreed to|has agreed to|will need to|needs to)\s+(?!(?:be|have|do so|the|his|her|their|my|our|your|its|this|that|these|those|them|him|me|us|and|but)\b)[a-z]{3,}\b([^.!?\n]{0,120})`,
  "g",
);
const ACTION_TIME = new RegExp(
  String.raw`\b(?:today|tomorrow|tonight|${WEEKDAYS}\b|next (?:week|month|term|time)|this (?:week|afternoon|evening|month)|(?:by|before|after|on|from|within|until|in|at|over|during|for) (?:the )?(?:\d|half[- ]term|(?:the )?(?:holidays|weekend|next)|end of|${MONTHS}\b|(?:one|two|three|four|five|six|eight|ten|twelve|a|a few|a couple of) (?:working )?(?:days?|weeks?|months?|fortnight))|\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS}\b|\d{1,2}[/.]\d{1,2})`,
  "i",
);
const TITLED = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b/;

/** The owned, timed actions of the record (see OWNED_ACTION), each as the offset of its owner. */
function ownedActions(ctx: RuleContext): number[] {
  const out: number[] = [];
  OWNED_ACTION.lastIndex = 0;
  for (let m = OWNED_ACTION.exec(ctx.text); m; m = OWNED_ACTION.exec(ctx.text)) {
    const owner = m[1];
    const first = owner.split(/\s+/)[0];
    const lowerFirst = first.toLowerCase();
    const subject = ctx.profile.subjectGivenForms.has(lowerFirst);
    const person = TITLED.test(owner) || subject || ctx.profile.adultTokens.has(lowerFirst) || nameGender(first) !== undefined;
    if (!person || (subject && m[2] === "will")) continue;
    if (!ACTION_TIME.test(m[3])) continue;
    out.push(m.index + m[0].indexOf(owner));
  }
  return out;
}

// A request in the passive voice, to a court or a panel ("It is respectfully sought that the hearing be put back",
// "It is proposed that the case be stepped down"): present tense only, as a past one reports someone's suggestion.
const PASSIVE_REQUEST =
  /\b(?:it is|it's|it is therefore|it is now)\s+(?:[a-z]+ly\s+)?(?:sought|requested|asked|proposed|invited|recommended)\s+that\b[^.!?\n]{0,160}?\b(?:be|should|shall|continue|remain)\b/;

// Another party's request, put for them ("On behalf of the mother it is sought that…"), is their position, not this record's plan.
const FOR_ANOTHER = /\bon behalf of (?:the |his |her |their )?[a-z]+(?: [a-z]+)?\b[^.!?\n]{0,20}$/;

// "Next review 4 August", "next visit Thursday": a coming event of the work dated without a joining word.
const NEXT_EVENT_DATED = new RegExp(
  String.raw`\bnext (?:[a-z]+ ){0,2}?(?:visit|review|meeting|supervision|session|core group|conference|hearing|appointment)\s+(?:date\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+${MONTHS}\b|\d{1,2}[/.]\d{1,2}|${WEEKDAYS}\b)`,
  "g",
);

// A record's closing outcome without a verb, on a line of its own ("No further action. Case closed.", "Outcome: NFA –
// closed to the service"): the decision about the case itself, counted only as the record's last words (see the data).
const FRAGMENT = data.lists.decisionFragments.pattern;
const DECISION_LINE = new RegExp(`^[ \t]*(?:(?:outcome|decision)[ \t]*[:–—-][ \t]*)?${FRAGMENT}(?:[ \t]*[.;,–—-]?[ \t]*${FRAGMENT})*[ \t]*[.!]?[ \t]*$`, "gm");
const DECISION_TAIL = data.lists.decisionFragments.tail;

/** The closing outcome line, when the record ends on one (at most a sign-off after it). */
function closingDecision(lower: string): number | undefined {
  // Only the record's last words are read: the line must end within the tail.
  const from = Math.max(0, lower.length - DECISION_TAIL - 200);
  const start = lower.lastIndexOf("\n", from) + 1;
  DECISION_LINE.lastIndex = start;
  let found: number | undefined;
  for (let m = DECISION_LINE.exec(lower); m; m = DECISION_LINE.exec(lower)) {
    if (m[0].length === 0) {
      DECISION_LINE.lastIndex++;
      continue;
    }
    if (lower.length - (m.index + m[0].length) <= DECISION_TAIL) found = m.index + m[0].search(/\S/);
  }
  return found;
}

export function checkNextSteps(ctx: RuleContext): QualityCheck {
  const ev = new EvidenceSet(ctx);
  const lower = lowerOf(ctx);
  const earlier = earlierPlans(ctx);
  for (const [re, text, atEnd] of [
    [HEADING, lower, false],
    [INLINE_HEADING, lower, false],
    [INSENSITIVE, lower, true],
    [SENSITIVE, ctx.text, true],
  ] as const) {
    // Once the evidence is full nothing more can change the result: the rest of a long record is not read.
    if (ev.full) break;
    eachMatch(re, text, (m) => {
      // A plan heading counts only with an action that has an owner or a time under it (not "Plan: CIN").
      if (re === HEADING || re === INLINE_HEADING) {
        const colon = m[0].indexOf(":");
        const bodyStart = m.index + (colon >= 0 ? colon + 1 : m[0].search(/\r?\n/) + 1);
        const body = sectionBody(lower, bodyStart);
        const decision = DECISION_HEADING.test(m[0]) && body.split(/\n|(?<=[.;])\s/).some((line) => DECISION_NOUN.test(line) && !HEDGED.test(line));
        if (!decision && !SECTION_ACTION.test(body)) return;
      } else if (NOUN_PLAN.test(lower.slice(m.index, m.index + 6)) && NEGATED_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) return;
      else if (re !== HEADING && UNASSERTED_BEFORE.test(lower.slice(Math.max(0, m.index - 40), m.index))) return;
      if (re !== HEADING && FAILED_AFTER.test(lower.slice(m.index, Math.min(ctx.sentenceAt(m.index).end, m.index + 400)))) return;
      // A heading is shown as itself; an action as the sentence where it ends ("… by 23/04 (me)").
      // A heading is shown from its first word, past any numbering ("4. Recommendations").
      const at = atEnd ? m.index + m[0].length - 1 : m.index + Math.max(0, m[0].search(re === HEADING || re === INLINE_HEADING ? /[a-z]/ : /\S/));
      // A question asks what should happen, it does not say it will ("How would you record … so that …?", a case
      // study's question for discussion): an action inside a wh-question is no plan.
      if (re !== HEADING && isQuestion(ctx, at)) return;
      // An entry of a chronology that later entries follow is an event of the past, not this record's plan.
      if (!ctx.inQuote(at, at + 1) && !insideAny(earlier, at) && !inPastEntry(ctx, at)) ev.addAt(at);
      return ev.full;
    });
  }
  // Actions with an owner and a time, and requests and dated events, in any wording.
  if (!ev.full) {
    const found: number[] = [...ownedActions(ctx)];
    for (const re of [PASSIVE_REQUEST, NEXT_EVENT_DATED]) {
      const g = new RegExp(re.source, "g");
      for (let m = g.exec(lower); m; m = g.exec(lower)) found.push(m.index);
    }
    for (const at of found) {
      if (ctx.inQuote(at, at + 1) || insideAny(earlier, at) || inPastEntry(ctx, at) || isQuestion(ctx, at)) continue;
      if (UNASSERTED_BEFORE.test(lower.slice(Math.max(0, at - 40), at)) || FOR_ANOTHER.test(lower.slice(Math.max(0, at - 60), at))) continue;
      if (FAILED_AFTER.test(lower.slice(at, Math.min(ctx.sentenceAt(at).end, at + 400)))) continue;
      ev.addAt(at);
    }
  }
  if (!ev.full) {
    const at = closingDecision(lower);
    if (at !== undefined && !ctx.inQuote(at, at + 1) && !insideAny(earlier, at) && !inPastEntry(ctx, at)) ev.addAt(at);
  }
  // An event of the work dated after the record itself ("handover visit on 14 December" in a record of 1 December).
  if (!ev.full) for (const s of eventsAfterRecord(ctx)) ev.addSpan(s);
  if (ev.count === 0) {
    return {
      value: false,
      evidence: [],
      message: "No decision, plan or next step was found: add what will happen next, who will do it and by when.",
    };
  }
  return { value: true, evidence: ev.sorted(), message: `A plan or next step appears in ${plural(ev.count, "place", "places")}.` };
}
