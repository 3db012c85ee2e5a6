// A possible paste in the analysis: sibling assessments are written from one template, child by child, and the
// analysis (or risk, summary, impact, conclusion) section is the part most often copied from a brother's or sister's
// record. There, a listed other child standing as the subject or owner of a clause ("Maisie's worry about…",
// "Leo has been missing school…"), not introduced by a kin word, not set beside the subject or another child, in a
// sentence that says nothing of family roles, in a record with no other paste found, is worth a question.
//
// Measured by construction (scripts/paste-features.mjs, gold pasted names against mentions of listed children, no
// text read from the not-read set): on the readable sets this construction holds 6 missed pastes (6 sets) against
// 4 listed children; on set 18 3 against 0. That is not strong enough to take the name away from the other-child
// check, so the other-child finding stays and this adds a lower-confidence mix-up question beside it: a real
// other child is never reported as less than one.
import type { Rule, RuleContext } from "../../rule";
import type { Span } from "../../text/span";
import { firstAtOrAfter } from "../../text/span";
import { sectionsOf } from "../../quality/sections";
import type { PersonMention } from "../other-child/people";

const LISTED = "listed as another child in the case profile";
// Heading words of an analysis (the order matters: a heading naming the subject, or of views or plans, is not one).
const ANALYSIS = /\b(?:analysis|assessment|risks?|evaluation|conclusions?|summary|impact|strengths|concerns|worries|what we are worried|professional (?:view|opinion))\b/i;
const VIEWS = /\b(?:wish|wishes|feelings?|views?|voice|said|says|told|child['’]s|young person['’]s|lived experience)\b/i;
const PLAN = /\b(?:plan|plans|actions?|next steps?|recommendations?|outcomes?|agreed|agreements?|decisions?|tasks?|to do|contingency)\b/i;
// The name owns or is the subject of its clause: "Maisie's …", "Leo has …".
const HEADS_CLAUSE = /^(?:['’]s\b|\s+(?:is|was|has|had|will|would|can|could|should|may|might|does|did|do|are|were|have)\b)/;
// …and is not the object of a preposition, a possessive's noun or the last of a list.
const PREPOSITION_BEFORE = /\b(?:to|with|for|from|about|of|by|at|on|in|towards|against|between|like|than|without)\s+$/i;
const POSSESSIVE_BEFORE = /\b(?:his|her|their|my|your|our)\s+(?:[\p{L}-]+\s+)?$/iu;
const LIST_BEFORE = /(?:,[^,]*,|\band)\s*,?\s*$/i;
// A sentence about family roles (a sibling, a carer's role) is about the named child as a sibling, not pasted.
const FAMILY_ROLE =
  /\b(?:brothers?|sisters?|siblings?|half[- ](?:brother|sister)|step[- ]?(?:brother|sister)|twins?|cousins?|sons?|daughters?|baby|nephew|niece|young carer|carer|caring|care of|looks? after|looking after|parenting|parental role)\b/i;

function analysisSections(ctx: RuleContext, subjects: readonly PersonMention[]): Span[] {
  const out: Span[] = [];
  for (const s of sectionsOf(ctx)) {
    const k = firstAtOrAfter(subjects, s.heading.start);
    if (k < subjects.length && subjects[k].start < s.heading.end) continue;
    if (VIEWS.test(s.headingText) || PLAN.test(s.headingText) || !ANALYSIS.test(s.headingText)) continue;
    out.push(s.body);
  }
  return out;
}

/** The first mention of a listed other child that an analysis section may have copied from that child's own record. */
export function findAnalysisPastes(ctx: RuleContext): PersonMention[] {
  const people = ctx.people;
  if (people.pastedNames.length) return [];
  const all = people.all;
  const subjects = all.filter((m) => m.role === "subject");
  if (!subjects.length) return [];
  const sections = analysisSections(ctx, subjects);
  if (!sections.length) return [];
  const text = ctx.text;
  for (const body of sections) {
    for (let i = firstAtOrAfter(all, body.start); i < all.length && all[i].start < body.end; i++) {
      const m = all[i];
      if (m.role !== "child" || m.inQuote || !(m.reasons ?? []).includes(LISTED)) continue;
      if (!HEADS_CLAUSE.test(text.slice(m.end, m.end + 8))) continue;
      const sentence = ctx.sentenceAt(m.start);
      const lead = text.slice(sentence.start, m.start);
      if (PREPOSITION_BEFORE.test(lead) || POSSESSIVE_BEFORE.test(lead) || LIST_BEFORE.test(lead)) continue;
      if (FAMILY_ROLE.test(text.slice(sentence.start, sentence.end))) continue;
      // Nobody else named in the sentence: not the subject, not another child.
      let alone = true;
      for (let j = firstAtOrAfter(all, sentence.start); j < all.length && all[j].start < sentence.end; j++) {
        if (j !== i && (all[j].role === "subject" || all[j].role === "child")) alone = false;
      }
      // One question a record: a record holds one paste, not many (where the engine found a paste, the named
      // child's other mentions were real 288 times in 290 on the readable sets), so later mentions are the child's own.
      if (alone) return [m];
    }
  }
  return [];
}

/** The question beside the other-child finding: this analysis is about the subject. */
export const analysisPaste: Rule = {
  meta: {
    id: "analysis-paste",
    category: "mix-up",
    description: "Another child's name in the analysis of this child's record, where a sibling's analysis may have been copied.",
  },
  check(ctx) {
    const subject = ctx.profile.subjectName || "the subject child";
    const given = subject.split(" ")[0];
    const childMentions = ctx.people.childMentions;
    for (const m of findAnalysisPastes(ctx)) {
      // The other-child finding's own id, so the two findings name one child.
      const k = firstAtOrAfter(childMentions, m.start);
      const childId = k < childMentions.length && childMentions[k].start === m.start ? childMentions[k].entity : undefined;
      if (!childId) continue;
      ctx.report({
        start: m.start,
        end: m.end,
        message: `This analysis is about ${subject}: check whether this sentence was copied from another child's record and means ${given}.`,
        severity: "warning",
        confidence: 0.35,
        suggestions: [given],
        note: "Sibling assessments are often written from one template; an analysis copied from a brother's or sister's record gives a wrong account of this child and discloses the other child's information.",
        source: "Ofsted, 'Recording: what good looks like' (2019): copy-and-paste between records",
        data: { childId, possessive: m.possessive },
      });
    }
  },
};
