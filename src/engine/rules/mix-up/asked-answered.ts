// Pasted names betrayed by an exchange split in two (stop 43): a question put by name to another child (asked,
// questioned, interviewed, debriefed with) and answered, straight after, by the record's own child. One exchange has
// one child in it; in the subject's record that child is the subject, so the name the question was put to stands where
// the subject was meant. The mirror of the "answer" sign (pasted-names.ts), where the subject is asked and another
// child answers in the same sentence; after a debrief or interview of the subject, another child answering in the next
// sentence is taken here too. Invented example, in Tom's record: "Debrief with Kian held at 20:15 by the night worker.
// Tom said: …". Left alone: a request ("asked Kian to leave"), the one answering telling of the one asked ("Tom said
// Kian fell"), anyone but an adult named between, a new paragraph, an answer in the next sentence to a question asked
// in passing. Every read is bounded (one sentence and the next).
import type { RuleContext } from "../../rule";
import type { PersonMention } from "../other-child/people";
import { ANSWER_AFTER, answersQuestionTo, opensSentence, PERSON_NOUN } from "./clauses";

// Who put the question, straight before the name: "asked", "questioned", "interviewed", "debrief with", "debriefed".
const PUT_TO = /\b(?:(asked|asking|questioned)|interviewed|debrief(?:ed|ing)?(?:\s+with)?)\s+$/i;
// After "asked", a question, not a request ("asked Kian to leave"): a question word or "about".
const QUESTION_AFTER = /^\s+(?:what|how|why|where|when|who|which|whether|if|about)\b/i;
const LEAD_REACH = 24;
const ANSWER_REACH = 200;

// A he or she answering in the question's own sentence ("I asked Kian about the bruise; she told me…").
const ANSWERING_PRONOUN = /\b(he|she)\b/gi;

/** A he or she of the subject's sex answering, in its own sentence, the question put to m (a child of the other sex). */
function pronounAnswers(ctx: RuleContext, m: PersonMention, until: number, subjectGender: "f" | "m" | "u"): boolean {
  if (subjectGender === "u" || (m.gender !== "f" && m.gender !== "m") || m.gender === subjectGender) return false;
  const text = ctx.text;
  const sentence = ctx.sentenceAt(m.start);
  const end = Math.min(until, sentence.end, m.end + ANSWER_REACH);
  ANSWERING_PRONOUN.lastIndex = 0;
  const between = text.slice(m.end, end);
  for (let q = ANSWERING_PRONOUN.exec(between); q; q = ANSWERING_PRONOUN.exec(between)) {
    const at = m.end + q.index;
    const sex = /^she$/i.test(q[1]) ? "f" : "m";
    // Only the first he or she, of the subject's sex, with nobody of that sex written before it ("what his mum thought, she said").
    if (sex !== subjectGender || ctx.inQuote(at, at + q[0].length) || PERSON_NOUN[sex].test(between.slice(0, q.index)) || PERSON_NOUN.either.test(between.slice(0, q.index))) return false;
    return answersQuestionTo(text, m, { start: at, end: at + q[0].length }, sentence.start);
  }
  return false;
}

export function findAskedAnsweredPastes(ctx: RuleContext, all: readonly PersonMention[], subjectGender: "f" | "m" | "u"): PersonMention[] {
  const text = ctx.text;
  const out: PersonMention[] = [];
  for (let i = 0; i < all.length; i++) {
    const m = all[i];
    if ((m.role !== "child" && m.role !== "subject") || m.inQuote || m.possessive) continue;
    const sentence = ctx.sentenceAt(m.start);
    const put = PUT_TO.exec(text.slice(Math.max(sentence.start, m.start - LEAD_REACH), m.start));
    if (!put || (put[1] && !QUESTION_AFTER.test(text.slice(m.end, m.end + 12)))) continue;
    if (m.role === "child" && pronounAnswers(ctx, m, all[i + 1] ? all[i + 1].start : text.length, subjectGender)) {
      out.push(m);
      continue;
    }
    // The next person named but adults (a worker, a teacher present) answers: the subject, for a question put to
    // another child; another child, for one put to the subject.
    let j = i + 1;
    while (j < all.length && all[j].role === "adult" && all[j].start - m.end <= ANSWER_REACH) j++;
    const s = all[j];
    if (!s || s.role !== (m.role === "child" ? "subject" : "child") || s.inQuote || s.possessive || s.start - m.end > ANSWER_REACH) continue;
    if (!ANSWER_AFTER.test(text.slice(s.end, s.end + 14))) continue;
    // In the question's own sentence, the answer's clause opened by the subject ("When I asked Kian …, Tom said"; the
    // other way round is the older "answer" sign's); or, after a debrief or interview (one child at a time), opening the
    // very next sentence of the same paragraph ("Debrief with Kian held at 20:15. Tom said: …"). Not after a question
    // asked in passing: a brother may answer for his brother in the next sentence.
    const answer = ctx.sentenceAt(s.start);
    if (answer.start === sentence.start) {
      if (m.role !== "child" || !answersQuestionTo(text, m, s, sentence.start)) continue;
    } else {
      const gap = text.slice(sentence.end, answer.start);
      if (put[1] || answer.start < sentence.end || /\S|\n/.test(gap) || !opensSentence(text, answer.start, s.start)) continue;
    }
    // The one answering tells of the one asked ("Tom said Kian fell"): an answer about them, not for them.
    const after = all[j + 1];
    if (after && after.entity === m.entity && after.start < answer.end) continue;
    out.push(m.role === "child" ? m : s);
  }
  return out;
}
