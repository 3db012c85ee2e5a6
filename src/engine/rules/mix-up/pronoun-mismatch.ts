import type { Rule, RuleContext } from "../../rule";
import type { Gender } from "../other-child/name-lexicon";
import { pronounGender } from "../other-child/people";
import { ADULT_OCCUPATIONS, ADULT_ROLES } from "../other-child/name-lexicon";
import { firstAtOrAfter, type Span } from "../../text/span";
import { staticReferents, type Referent } from "./referents";
import { quoteAboutChild } from "./quote-topic";
import { speakerTurns } from "../../quality/speakers";
import { answersQuestionTo, opensItsSentence, opensSentence, PERSON_NOUN, useOf, type Use } from "./clauses";
import { askedAnswers, contrastedWithChild, inClosedAside } from "./answer-contrast";
import { ownProfessionalSpeaks } from "./own-professional-quote";

const PRONOUN = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
// Either person, and a title of address ("His Honour Judge Lee", "Her Ladyship", "His Majesty's Prison"):
// the word names an office, not anyone the record is about.
const GENERIC =
  /\b(?:he or she|she or he|his or her|her or his|him or her|her or him|s\/he|he\/she|she\/he|his\/her|her\/his|(?:his|her)\s+(?:honour|lordship|ladyship|majesty|royal\s+highness|excellency|worship|grace)\b)\b/gi;

export type Pronoun = Span & { word: string; gender: Gender; use: Use };

// A copula, then a parent's, carer's or professional's role: "is the mother", "was Ava's stepfather", "is their
// social worker". (Not a boyfriend or a partner: a child can be someone's.)
// Every role and occupation of the people stage's data (rules/people/cues.json) counts: "is his form tutor", "was the interpreter".
const ADULT_ROLE_WORDS = [...ADULT_ROLES, ...ADULT_OCCUPATIONS]
  .filter((w) => !/^(?:partner|parents|carers|adults?|m[ae]n|wom[ae]n|lady|gentleman|grandparents|head|leader|coach|escort|deputy|counsel|statement of|recorded by|prepared by|referred by)$/.test(w))
  .sort((a, b) => b.length - a.length)
  .map((w) => w.replace(/[ -]/g, "[\\s-]"))
  .join("|");
const SAID_TO_BE_ADULT = new RegExp(
  `^\\s+(?:is|was|'s|’s|has\\s+been|had\\s+been)\\s+(?:(?:the|a|an|her|his|their|its)\\s+|\\p{Lu}[\\p{L}'’-]*['’]s\\s+|the\\s+children['’]s\\s+)(?:(?:maternal|paternal|birth|biological|foster|step|allocated|named|new|former|previous|children['’]s|school|family\\s+support)\\s+)?(?:${ADULT_ROLE_WORDS}|step-?mother|step-?father|grandparent|health\\s+visitor)\\b`,
  "u",
);
// "call him Dad", "calls her Mum": an object given a parent's or grandparent's title.
const CALLED_BEFORE = /\b(?:call|calls|called|calling)\s+$/i;
const CALLED_PARENT_AFTER = /^\s+(?:Dad|Daddy|Mum|Mummy|Mam|Mom|Mama|Papa|Nan|Nana|Nanna|Gran|Granny|Grandma|Grandad|Granddad|Grandpa)\b/;
// A copula, then a brother, sister, cousin, friend or partner ("is the sibling", "was her older brother", "is not her
// boyfriend", said or denied alike): the pronoun is
// said to be a child related to someone, which is the subject only when nobody else is named as the one related.
const SAID_TO_BE_KIN =
  /^\s+(?:is|was|'s|’s|has\s+been|had\s+been)\s+(?:(?:not|no\s+longer|now|still)\s+)?(the|a|an|her|his|their|\p{Lu}[\p{L}'’-]*['’]s)\s+(?:(?:older|younger|elder|eldest|oldest|youngest|big|little|baby|twin|full|half|step|only|best|closest|one|new|old|ex)\s+)*(?:sibling|brother|sister|half-brother|half-sister|stepbrother|stepsister|step-brother|step-sister|cousin|friend|twin|boyfriend|girlfriend|partner|ex-partner|ex)\b([^.;:!?\n]{0,40})/u;
const OBLIQUE = /\b(?:with|to|from|at|by|for|of|about|like|than|into|without|towards|according to)\s+(?:(?:his|her|their|the|a|an|Dr|Mr|Mrs|Ms|Miss|Mx|Prof)\.?\s+)?$/i;
const RESULT_THAT = /\b(?:so|such)\s[^,;:.!?"“”]{1,60}\bthat\s+$/i;
// "lived with his mother and her partner", "went to Gran and her husband": a possessive after "and" that
// joins a second object to a preposition's first, not a new clause about the sentence's subject.
// So, too, after a comma in a list of objects ("lived with his mother, her partner and his half-brother").
const COORDINATED_OBJECT_BEFORE = /\b(?:with|to|from|by|for|of|about|beside|near|visiting|visited|visits|and)\s+(?:(?:his|her|their|the|a|an|its)\s+)?(?:[\p{L}'’-]+\s+){0,2}?[\p{L}'’-]+(?:\s+and|\s*,)\s+$/iu;
// ("…said Ash finds break hard and that her work is strong": a second reported clause joined by "and that" opens a clause too.)
// (So does a clause on a place or a time the sentence has just named: "Kacey is in Year 6 at Moorside Primary, where her attendance…".)
const CLAUSE_OPENING = /(?:^|[.:;!?]|,\s*(?:and|but|so|because|where|when)?|\b(?:and|but|so|because)(?:\s+that)?)\s*["'“‘]?$/i;
// Words that start a new clause; a pronoun's clause runs from the last of them.
const CLAUSE_BREAK = /[,;:()]|\b(?:and|but|because|when|while|so|who|which|that|if|whether|as|after|before|until|although|though|unless|where|said|says|reported|reports)\b/gi;
const CLAUSE_LOOKBACK = 160;
const AGE_APPOSITION = /(?<=\p{L}),\s*(?:(?:then|now)\s+)?(?:aged\s+)?\d{1,2}(?:\s+(?:months?|years?|yrs?|weeks?)(?:\s+old)?)?\s*,/gu;
// How far back a pronoun looks: the person it names is almost always within two sentences; a
// person of the right gender up to four sentences back is still a safer reading than a mix-up.
const NEAR_SENTENCES = 2;
const FAR_SENTENCES = 4;
const MAX_CANDIDATES = 40;



// "Hilde asked him to teach her": an infinitive whose own subject is the object before it; that
// object, not the sentence's subject, is the object pronoun's clause-mate.
// Only after a verb that hands the infinitive to its object ("went to Leeds to visit her" is not one).
const INFINITIVE_BEFORE =
  /\b(?:asked|asks|told|tells|wants?|wanted|would like|helped|helps|encouraged|allowed|got|gets|expects?|expected|needs?|needed|persuaded|reminded|invited|begged|taught|teaches)\s+((?:him|her|them|me|us|you|\p{Lu}\p{Ll}+)\s+to\s+(?:\p{Ll}+\s+){1,2})$/u;

/** Start of the clause holding offset: after the last clause break in its sentence (bounded look-back). */
function clauseStart(text: string, sentenceStart: number, offset: number, use?: Use): number {
  if (use === "object") {
    const inf = INFINITIVE_BEFORE.exec(text.slice(Math.max(sentenceStart, offset - 60), offset));
    if (inf) return offset - inf[1].length;
  }
  const from = Math.max(sentenceStart, offset - CLAUSE_LOOKBACK);
  // An age set off by commas after a name ("Kai, then 19 months old, was taken…") is part of the name's clause.
  const slice = text.slice(from, offset).replace(AGE_APPOSITION, (a) => " ".repeat(a.length));
  let last = -1;
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(slice); m; m = CLAUSE_BREAK.exec(slice)) last = m.index + m[0].length;
  return last < 0 ? from : from + last;
}

/**
 * "Ms Quinlan opened the door and hugged her": a verb joined by "and"/"but" with no subject of its own has the
 * clause before it's subject, who is then the object pronoun's clause-mate as well: the start of the person
 * who opens that clause, or -1.
 */
function elidedSubject(text: string, referents: readonly Referent[], clause: number, sentenceStart: number, p: Pronoun): number {
  if (p.use !== "object" || !/\b(?:and|but)$/i.test(text.slice(Math.max(0, clause - 4), clause)) || !SUBJECTLESS_VERB.test(text.slice(clause, p.start))) return -1;
  const prev = clauseStart(text, sentenceStart, clause - 3);
  const k = firstAtOrAfter(referents, prev);
  const r = referents[k];
  return r && r.start < clause && /^[\s"'“‘]*$/.test(text.slice(prev, r.start).replace(/\b(?:Mr|Mrs|Ms|Miss|Dr|the|his|her|their)\.?\s*$/i, "")) ? r.start : -1;
}
// After "and": a lower-case verb straight away, not a subject of its own (a pronoun, an article, a name).
const SUBJECTLESS_VERB = /^\s+(?!(?:he|she|they|it|I|we|you|his|her|their|its|my|our|your|the|a|an|this|that|these|those|there|then|then|mum|dad|staff)\b)\p{Ll}+(?:ed|s)\b/u;

/**
 * Walks the text once. Each he/she pronoun is resolved against the people before it, nearest
 * first, keeping only those whose gender fits: named people, people written as nouns ("Mum",
 * "the nurse", "an older man") and earlier pronouns. A pronoun that does not fit the subject is a
 * mix-up when the subject was just being talked about and nobody of the pronoun's gender (or of
 * unknown gender, close by) could be meant. Object pronouns cannot point at their own clause's
 * subject ("the nurse lifted her"); reflexives must (" an older man who calls himself").
 */
export function findMismatches(ctx: RuleContext, subjectGender: Gender): Pronoun[] {
  const text = ctx.text;
  const sentences = ctx.sentences;
  const referents = staticReferents(ctx);
  if (!referents.some((r) => r.subject)) return [];
  const generic: Span[] = [];
  GENERIC.lastIndex = 0;
  for (let g = GENERIC.exec(text); g; g = GENERIC.exec(text)) generic.push({ start: g.index, end: g.index + g[0].length });
  const resolved: Referent[] = [];
  const leads: LeadCache = new Map();
  const flagged: Pronoun[] = [];
  // The child's own turns in a transcript ("Summer: He's our dog!"): the child does not speak of themselves
  // as he or she, so a pronoun there is someone else, as in quoted words.
  // (Not a section headed by the child's name, "Joy: Abi completed … Joy told Abi…": the child does not name themself either.)
  const ownTurns = childsOwnTurns(ctx).filter((t) => !referents.some((r) => r.subject && r.kind === "name" && !r.inQuote && r.start >= t.start && r.end <= t.end));
  let tIdx = 0;
  let sIdx = 0;
  let gIdx = 0;
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    while (gIdx < generic.length && generic[gIdx].end <= start) gIdx++;
    if (gIdx < generic.length && generic[gIdx].start <= start) continue;
    const gender: Gender = /^(she|her|hers|herself)$/i.test(m[1]) ? "f" : "m";
    while (sIdx < sentences.length - 1 && sentences[sIdx].end <= start) sIdx++;
    while (tIdx < ownTurns.length && ownTurns[tIdx].end <= start) tIdx++;
    const inOwnTurn = tIdx < ownTurns.length && ownTurns[tIdx].start <= start;
    if (ctx.inQuote(start, end) || inOwnTurn) {
      // A record quoted word for word ('the index reads: "Danielle asked to keep his school reports"'): a possessive or
      // reflexive in a quoted clause the child's name opens, with nobody else in the quote before it, is the child's.
      const q: Pronoun = { start, end, word: m[1], gender, use: useOf(text, m[1], end) };
      // (Not one whose own clause acts on the child or reports on the child by the child's own pronoun: "She says he has not had
      // a detention", "she doesn't deserve him": the speaker's she is someone the speaker knows, not the child.)
      const quotedOwn =
        !inOwnTurn &&
        gender !== subjectGender &&
        (quotedClauseOfSubject(text, referents, q) ||
          quoteAboutChild(text, ctx.quotes, referents, resolved, q, subjectGender) ||
          ownProfessionalSpeaks(ctx, referents, resolved, q, subjectGender) ||
          (spokenOfInQuote(ctx, referents, resolved, q, sIdx) && !actsOnChild(text, q, quoteEnd(ctx, start), subjectGender)));
      if (quotedOwn) flagged.push(q);
      // Someone of this gender is being talked about, even if only in quoted words.
      resolved.push({ start, end, gender, subject: quotedOwn, kind: "pronoun", inQuote: true });
      continue;
    }
    const p: Pronoun = { start, end, word: m[1], gender, use: useOf(text, m[1], end) };
    const sentence = sentences[sIdx] && sentences[sIdx].start <= start ? sentences[sIdx] : { start, end };
    const distanceOf = sentenceDistance(sentences, sIdx, sentence.start);
    const clause = clauseStart(text, sentence.start, start, p.use);
    const farStart = sentences[Math.max(0, sIdx - FAR_SENTENCES)]?.start ?? 0;
    const candidates = nearestFirst(referents, resolved, start, Math.min(farStart, sentence.start));
    const para = carriedFrom(ctx, ctx.paragraphAt(start).start, candidates);
    const matchesSubject = gender === subjectGender;
    // "She…" or "His test…" opening a clause: the pronoun (or its noun phrase) is the clause's subject.
    // So, too, the result clause of "so … that" ("Ocean has settled so well with her carers that she…"), which goes on about the main clause's subject.
    const clauseOpening =
      (p.use === "subject" || p.use === "possessive") &&
      (CLAUSE_OPENING.test(text.slice(Math.max(0, start - 17), start)) || RESULT_THAT.test(text.slice(Math.max(sentence.start, start - 80), start))) &&
      !(p.use === "possessive" && COORDINATED_OBJECT_BEFORE.test(text.slice(Math.max(sentence.start, start - 60), start)));
    let resolvedAsSubject = false;
    let mismatch = false;
    if (matchesSubject) {
      // A pronoun that fits the subject is about the subject unless someone nearer of that gender is meant.
      // ("I asked the foster carer how Mia had been; she said…": the one asked answers.)
      const asked = askedAnswers(text, p, candidates, sentence.start);
      let settled = !!asked;
      for (const c of asked ? [] : candidates) {
        const dist = distanceOf(c.start);
        if (dist > NEAR_SENTENCES) break;
        if (c.inQuote || (p.use === "object" && dist === 0 && c.start >= clause)) continue;
        // A he/she carries on a clause subject from the sentences before, not an object, an owner or
        // someone after a preposition ("Dawood asked whether he could phone him. He showed me
        // Baraka's number in his phone. … He said…").
        if (p.use === "subject" && dist >= 1 && !leadsAsSubject(text, c)) continue;
        if (c.subject) resolvedAsSubject = true;
        else if (c.gender !== gender) continue;
        settled = true;
        break;
      }
      // Nobody leads a clause the he/she can carry on ("I saw Flo in her room. She chose…"), and nobody but the child who fits
      // is near: it is the child.
      if (!settled) resolvedAsSubject = onlyChildNear(candidates, gender, distanceOf);
    } else {
      // "It was not Leo but she who…": set against the child, someone else.
      if (genericBefore(text, referents, sentence.start, p.start) || contrastedWithChild(text, p, referents, candidates, subjectGender)) {
        resolved.push({ start, end, gender, subject: false, kind: "pronoun", inQuote: false });
        continue;
      }
      // "The parents are M – she is the mother – and F", "I rang Lee; he is Ava's stepfather": the pronoun is
      // said to be an adult by its own predicate, so it is that adult, not the child.
      if (p.use === "subject" && SAID_TO_BE_ADULT.test(text.slice(p.end, p.end + 60))) {
        resolved.push({ start, end, gender, subject: false, kind: "pronoun", inQuote: false });
        continue;
      }
      // "She does not call him Dad", "calls her Nan": the one given a parent's or grandparent's title is an adult, not the child.
      if (p.use === "object" && CALLED_BEFORE.test(text.slice(Math.max(0, p.start - 12), p.start)) && CALLED_PARENT_AFTER.test(text.slice(p.end, p.end + 12))) {
        resolved.push({ start, end, gender, subject: false, kind: "pronoun", inQuote: false });
        continue;
      }
      // "the link with Kaden matters most: he is the sibling she lived with longest", "he is her brother": the
      // pronoun is said to be the subject's own brother, sister or friend, so it is that child, not the subject.
      if (p.use === "subject" && saidToBeSubjectsKin(ctx, text.slice(p.end, p.end + 120), subjectGender)) {
        resolved.push({ start, end, gender, subject: false, kind: "pronoun", inQuote: false });
        continue;
      }
      // "Ella said she did not want to go because he would be there": the child already called by the child's own pronoun in
      // the sentence, a he/she opening a clause of reason, time or report after it is someone the record has not named.
      // So is whom the child will not name ("Ella did not say who he was").
      if (unnamedOther(text, p, resolved, sentence.start, subjectGender)) {
        resolved.push({ start, end, gender, subject: false, kind: "pronoun", inQuote: false });
        continue;
      }
      // "Mum said he had left on Friday", "she told me he has not paid the rent": a parent or relative reports, and what they report
      // opens with an unnamed he or she of the other sex; from their side that is their partner or the child's other parent as
      // often as the child, so it is not read as the child.
      if (partnerOfReporter(text, p, candidates, sentence.start)) {
        resolved.push({ start, end, gender, subject: false, kind: "pronoun", inQuote: false });
        continue;
      }
      if (professionalAction(text, p) && candidates.some((c) => !c.subject && !c.inQuote && fits(c, gender) && distanceOf(c.start) <= NEAR_SENTENCES)) {
        resolved.push({ start, end, gender, subject: false, kind: "pronoun", inQuote: false });
        continue;
      }
      // "letters home with her old name on": only the child whose name changed has an old name, and
      // this record's child is the one whose pronouns the record is told to use.
      // So, too, an object pronoun where the sentence speaks of the subject's old name and its own
      // clause's subject is a he/she of that gender (not whom an object can mean): "Mum still uses
      // Alex's old name when she talks about her".
      const misnamed = p.use === "object" && sameGenderClauseSubject(text, clause, p) && misnamingSentence(text, sentence, candidates, distanceOf);
      if (misnamed || (p.use === "possessive" && NAME_CHANGE_AFTER.test(text.slice(p.end, p.end + 30)) && candidates.some((c) => c.subject && c.kind === "name" && distanceOf(c.start) <= NEAR_SENTENCES))) {
        flagged.push(p);
        resolved.push({ start, end, gender, subject: true, kind: "pronoun", inQuote: false });
        continue;
      }
      // "safety plan agreed with Jax: she will text…", "Update from Jax: his…": a label the subject's name
      // ends introduces what follows as about them, when nobody else who could be meant is on the label's line.
      if (labelledBySubject(text, p, candidates)) {
        flagged.push(p);
        resolved.push({ start, end, gender, subject: true, kind: "pronoun", inQuote: false });
        continue;
      }
      // "Mum says Reece packs her own bag": "her own" is bound, like a reflexive, by its own clause's subject.
      if (ownedByClauseSubject(text, p, candidates, clause)) {
        flagged.push(p);
        resolved.push({ start, end, gender, subject: true, kind: "pronoun", inQuote: false });
        continue;
      }
      // "Asked to describe herself in three words, Jayden chose…": a reflexive in a participle clause opening the
      // sentence is bound by the main clause's subject, who follows its comma.
      const controller = p.use === "reflexive" ? participleController(text, referents, p, sentence) : undefined;
      if (controller) {
        if (controller.subject) flagged.push(p);
        resolved.push({ start, end, gender, subject: controller.subject, kind: "pronoun", inQuote: false });
        continue;
      }
      // "When I asked what makes him cross, she pointed…": a question put to no one named, answered by the child's own pronoun.
      const put = questionPutTo(text, p, candidates, sentence.start, subjectGender, distanceOf);
      if (put) {
        if (put === "subject") flagged.push(p);
        resolved.push({ start, end, gender, subject: put === "subject", kind: "pronoun", inQuote: false });
        continue;
      }
      // "When I asked Ella what would help, he said…": the person asked is the one who answers.
      const asked = answerer(text, p, candidates, sentence.start) ?? asker(text, p, candidates, sentence.start) ?? askedAnswers(text, p, candidates, sentence.start);
      if (asked) {
        if (asked.subject) flagged.push(p);
        resolved.push({ start, end, gender, subject: asked.subject, kind: "pronoun", inQuote: false });
        continue;
      }
      // "Aaliyah's teacher says he has gone quiet": a reporter named as the subject's own speaks about the subject.
      const owner = ownerOfReporter(text, p, candidates, sentence.start, sentence.end, subjectGender) ?? theirReporter(text, p, candidates, sentence.start, sentence.end, subjectGender);
      if (owner) {
        flagged.push(p);
        resolved.push({ start, end, gender, subject: true, kind: "pronoun", inQuote: false });
        continue;
      }
      // "His drawing shows herself", "Tiana said …, and he showed Ama the mark on his arm": a reflexive (or a possessive)
      // bound by its own clause's subject, when that subject is the child.
      if (boundBySubject(text, p, candidates, clause, distanceOf)) {
        flagged.push(p);
        resolved.push({ start, end, gender, subject: true, kind: "pronoun", inQuote: false });
        continue;
      }
      const notThis = notMeant(text, referents, p, sentence);
      const shared = elidedSubject(text, referents, clause, sentence.start, p);
      const ruledOut = shared < 0 ? notThis : (c: Referent) => c.start === shared || notThis(c);
      // "…and he apologised to her": the child's own object pronoun in the pronoun's clause is whom it acts on, so the
      // pronoun is someone else (a clause's subject acting on itself takes a reflexive).
      if (pointsForward(text, referents, p, sentence) || namesChildLater(text, referents, p, sentence) || actsOnChild(text, p, sentence.end, subjectGender)) {
        resolved.push({ start, end, gender, subject: false, kind: "pronoun", inQuote: false });
        continue;
      }
      // The child's own pronoun later in the sentence ("Maisie needs a family who can help him understand why her…").
      const ownAfter = subjectGender !== "u" && SUBJECT_PRONOUN_IN[subjectGender].test(text.slice(p.end, Math.min(sentence.end, p.end + FORWARD_LOOK)));
      const resultClause = (p.use === "subject" || p.use === "possessive") && RESULT_THAT.test(text.slice(Math.max(sentence.start, start - 80), start));
      const where = { sentenceStart: sentence.start, ownAfter, resultClause };
      mismatch = decide(text, p, candidates, distanceOf, clause, para, clauseOpening, lookBackLimit(text, sentence.start, p.use === "object" ? 0 : para), leads, ruledOut, where);
      // Nobody of the pronoun's gender (or of unknown gender) anywhere in the window, before it or later in its
      // sentence, while the child is being spoken of right there: nobody else could be meant.
      if (!mismatch && nobodyElse(text, referents, p, candidates, sentence, distanceOf, subjectGender)) mismatch = true;
    }
    if (matchesSubject) {
      resolved.push({ start, end, gender, subject: resolvedAsSubject, kind: "pronoun", inQuote: false });
      continue;
    }
    if (mismatch) flagged.push(p);
    // A wrong pronoun tied to the subject carries the chain on; one tied to someone else blocks it.
    resolved.push({ start, end, gender, subject: mismatch, kind: "pronoun", inQuote: false });
  }
  return flagged;
}

/** Within two sentences, outside quoted words, the child is spoken of and nobody else the pronoun could mean. */
function onlyChildNear(candidates: readonly Referent[], gender: Gender, distanceOf: (offset: number) => number): boolean {
  let child = false;
  for (const c of candidates) {
    if (distanceOf(c.start) > NEAR_SENTENCES) break;
    if (c.inQuote) continue;
    if (c.subject) child = true;
    else if (fits(c, gender)) return false;
  }
  return child;
}

/** The end of the quoted words holding offset (the text's end when none is found). */
function quoteEnd(ctx: RuleContext, offset: number): number {
  const q = ctx.quotes[firstAtOrAfter(ctx.quotes, offset + 1) - 1];
  return q && q.end >= offset ? q.end : ctx.text.length;
}

const CHILD_AS_OBJECT: Partial<Record<Gender, RegExp>> = { f: /\bher\b/gi, m: /\bhim\b/gi };
// The rest of a clause: up to a break that can start another clause with a subject of its own.
const CLAUSE_END = /[,;:()"“”]|\b(?:and|but|because|when|while|so|who|which|that|if|whether|as|after|before|until|although|though|unless|where|said|says)\b/i;

// A verb of saying or thinking and the same he/she again ("she has said she wants to see him"): the clause after it is
// still that pronoun's own.
const SAYS_AGAIN = /\b(?:has\s+|had\s+)?(?:said|says|told\s+(?:me|us)|thinks|thought|feels|felt)\s+(?:that\s+)?(she|he)\b/gi;
// A verb of reporting straight after a he/she ("she told me later", "he reported that"), then the child's own subject
// pronoun opening what is reported ("she told me later he was fine"): the one reporting speaks of the child.
const REPORTS_ON = /^\s+(?:(?:also|later|then|has|had)\s+)*(?:said|says|told\s+(?:me|us|staff|the\s+\p{L}+)|reported|reports|explained|confirmed|added|noted|thinks|thought|feels|felt)(?:\s+(?:later|afterwards|that\s+evening|this\s+morning))?\s+(?:that\s+)?(he|she)\b/iu;

/**
 * A subject he/she whose own clause goes on to the child's object pronoun ("he apologised to her", "she hugged him",
 * "she has said she wants to see him"), or who reports on the child by the child's own subject pronoun ("she told me
 * later he was fine"): the pronoun is someone acting on or speaking of the child, not the child.
 */
function actsOnChild(text: string, p: Pronoun, sentenceEnd: number, subjectGender: Gender): boolean {
  const own = CHILD_AS_OBJECT[subjectGender];
  if (p.use !== "subject" || !own) return false;
  const reported = REPORTS_ON.exec(text.slice(p.end, Math.min(sentenceEnd, p.end + 60)));
  if (reported && (/^he$/i.test(reported[1]) ? "m" : "f") === subjectGender) return true;
  if (clauseActsOnChild(text.slice(p.end, Math.min(sentenceEnd, p.end + 80)), p.word, own)) return true;
  // The same he/she again later in its sentence, acting on the child ("she has asked, clearly and more than once, for a
  // life where she is not responsible for him"): one person goes on through the clauses, and it is not the child.
  // (Only to a stop: "said she isnt sleeping. m says she cant cope with him" is someone new.)
  const again = new RegExp(`\\b${p.word}\\b`, "gi");
  const tail = text.slice(p.end, Math.min(sentenceEnd, p.end + FORWARD_LOOK));
  for (let a = again.exec(tail); a && !/[.;:!?\n]/.test(tail.slice(0, a.index)); a = again.exec(tail)) {
    const end = p.end + a.index + a[0].length;
    if (useOf(text, a[0], end) === "subject" && clauseActsOnChild(text.slice(end, Math.min(sentenceEnd, end + 80)), p.word, own)) return true;
  }
  return false;
}

/** The rest of a he/she's own clause (through "said she…" again) holds the child's object pronoun. */
function clauseActsOnChild(after: string, word: string, own: RegExp): boolean {
  let rest = after.replace(SAYS_AGAIN, (m: string, again: string) => (again.toLowerCase() === word.toLowerCase() ? " ".repeat(m.length) : m));
  const cut = CLAUSE_END.exec(rest);
  if (cut) rest = rest.slice(0, cut.index);
  own.lastIndex = 0;
  for (let o = own.exec(rest); o; o = own.exec(rest)) if (useOf(rest, o[0], o.index + o[0].length) === "object") return true;
  return false;
}

const SUBJECT_POSSESSIVE: Partial<Record<Gender, string>> = { f: "her", m: "his", u: "their" };
const SUBJECT_AS_SUBJECT: Partial<Record<Gender, RegExp>> = { f: /^\s*(?:that\s+|who\s+)?she\b/i, m: /^\s*(?:that\s+|who\s+)?he\b/i, u: /^\s*(?:that\s+|who\s+)?they\b/i };

// A clause of reason, time, condition or report, opened straight before the pronoun.
const SUBORDINATOR_BEFORE = /\b(?:because|cos|when|whenever|if|that|until|while|whilst|since|before|after|unless|although|though|whether)\s+$/i;
// Whom the child will not or did not name: "did not say who he was" (not "who she is with": the child says whom they are with).
const UNNAMED_ASKED_BEFORE = /\b(?:say|said|says|tell|told|tells|disclose|disclosed|explain|explained|name|named)\s+(?:(?:me|us|staff|police|anyone|anybody)\s+)?who\s+$/i;
const CHILD_REPORTS_BEFORE = /(?:^|[\s"'“‘(])(?:she|he)\s+(?:(?:also|later|then|has|had)\s+)*(?:said|says|told\s+(?:me|us|staff)|tells\s+(?:me|us)|explained|reported|added|thinks|thought|feels|felt)\s+(?:that\s+)?$/i;
const IDENTITY_AFTER = /^\s+(?:is|was|were)\s*(?:[.,;:!?)]|$|(?:and|or|but)\b)/i;
const REPORTING_VERB = /\b(?:said|says|told|tells|explained|explains|thinks|thought|feels|felt|reported|reports|added|stated|described|describes)\b/i;

/**
 * A subject he/she of someone the record has not named: it opens a subordinate clause of what the child reports, in a
 * sentence that has already called the child by the child's own subject or object pronoun ("Ella said she did not want
 * to go because he would be there"), or an indirect question of identity after a verb of telling ("did not say who he was").
 * (Not the record's own reasoning, "Her tiredness is likely to be because he is up early": nobody reports it.)
 */
function unnamedOther(text: string, p: Pronoun, resolved: readonly Referent[], sentenceStart: number, subjectGender: Gender): boolean {
  if (p.use !== "subject") return false;
  const before = text.slice(Math.max(sentenceStart, p.start - 40), p.start);
  // "She said he made it up because she would not go out with him": the child, called by the child's own pronoun, reports,
  // and the sentence goes on calling the child by it; the other pronoun opening what is reported is someone else.
  // (Not "He said she liked it when Noor plaited her hair": a pasted clause keeps the wrong pronouns to its end.)
  const reporter = CHILD_REPORTS_BEFORE.exec(before);
  const rest = text.slice(p.end, p.end + FORWARD_LOOK);
  const own = SUBJECT_PRONOUN_IN[subjectGender];
  if (reporter && own && own.test(rest.slice(0, rest.search(/[.!?\n]|$/)))) {
    const start = p.start - before.length + reporter.index + reporter[0].search(/[hs]/i);
    for (let k = resolved.length - 1; k >= 0 && resolved[k].start >= start; k--) {
      const r = resolved[k];
      if (r.start !== start) continue;
      if (r.subject && !r.inQuote && r.gender === subjectGender) return true;
      break;
    }
  }
  if (UNNAMED_ASKED_BEFORE.test(before) && IDENTITY_AFTER.test(text.slice(p.end, p.end + 12))) return true;
  if (!SUBORDINATOR_BEFORE.test(before) || !REPORTING_VERB.test(text.slice(sentenceStart, p.start))) return false;
  for (let k = resolved.length - 1; k >= 0 && resolved[k].start >= sentenceStart; k--) {
    const r = resolved[k];
    if (r.subject && !r.inQuote && r.gender === subjectGender && useOf(text, text.slice(r.start, r.end), r.end) !== "possessive") return true;
  }
  return false;
}

// A verb of reporting (or of not knowing) straight before the pronoun, its subject straight before it: "Mum said (that) he",
// "she told me he", "Nan did not say whether he", "Dad is not sure if she".
const REPORTED_BY_BEFORE =
  /^\s+(?:(?:also|later|then|has|had|have)\s+)*(?:said|says|told\s+(?:me|us|staff|the\s+\p{L}+)|tells\s+(?:me|us|staff)|explained|reported|reports|added|thinks|thought|feels|felt|believes|believed|(?:did|does)\s+not\s+(?:say|know|tell\s+(?:me|us))\s+(?:whether|if|why|where|when)|(?:is|was)\s+not\s+sure\s+(?:whether|if|why|where|when))\s+(?:that\s+)?$/u;
// Parents and relatives: the people whose own partner a record most often speaks of, unnamed.
const PARTNERED_KIN = /^(?:mother|father|stepmother|stepfather|grandmother|grandfather|aunt|uncle)$/;
const partneredKin = (c: Referent) => !c.subject && !c.inQuote && c.kind === "noun" && !c.indefinite && !!c.key && PARTNERED_KIN.test(c.key);

/**
 * The pronoun opens what a parent or relative (or a he/she standing for the nearest one) reports, and is of the other sex:
 * "Mum said he had left", "Mum was upset; she said he had taken the car"; the child is not spoken of before it in its sentence.
 */
function partnerOfReporter(text: string, p: Pronoun, candidates: readonly Referent[], sentenceStart: number): boolean {
  if (p.use !== "subject") return false;
  // (Not after the child in the sentence: "Oliver is eating well and Dad says she has gained weight" goes on about the child.)
  if (candidates.some((r) => r.start >= sentenceStart && r.subject && !r.inQuote)) return false;
  const c = candidates[0];
  if (!c || c.subject || c.inQuote || (c.gender !== "f" && c.gender !== "m") || c.gender === p.gender) return false;
  if (!REPORTED_BY_BEFORE.test(text.slice(c.end, p.start))) return false;
  if (partneredKin(c)) return true;
  // A he/she reporting stands for the nearest person of that sex before it.
  if (c.kind !== "pronoun") return false;
  const stands = candidates.find((r, k) => k > 0 && !r.inQuote && (r.subject || r.gender === c.gender));
  return !!stands && partneredKin(stands);
}

/** The words after a pronoun say it is the subject's brother, sister, cousin or friend: "is her brother" (her the
 * subject's possessive), "is Tilly's cousin", "is the sibling she lived with longest" (the subject in its relative clause). */
function saidToBeSubjectsKin(ctx: RuleContext, after: string, subjectGender: Gender): boolean {
  const k = SAID_TO_BE_KIN.exec(after);
  if (!k) return false;
  const owner = k[1].toLowerCase();
  if (owner === SUBJECT_POSSESSIVE[subjectGender]) return true;
  const named = /^(.+)['’]s$/.exec(k[1]);
  if (named) return ctx.profile.subjectForms.has(named[1].toLowerCase());
  if (owner !== "the" && owner !== "a" && owner !== "an") return false;
  // "the sibling she lived with", "the friend Tilly trusts": the subject is named or pronounced as someone else in the clause.
  const rest = k[2];
  if (SUBJECT_AS_SUBJECT[subjectGender]?.test(rest)) return true;
  const word = /^\s*(?:that\s+|who\s+)?(\p{Lu}[\p{L}'’-]*)/u.exec(rest);
  return !!word && ctx.profile.subjectForms.has(word[1].toLowerCase());
}

/** The person a question was put to by name, when the pronoun opens the answer to it (nobody else named between). */
function answerer(text: string, p: Pronoun, candidates: readonly Referent[], sentenceStart: number): Referent | undefined {
  if (p.use !== "subject") return undefined;
  const c = candidates[0];
  if (!c || c.kind !== "name" || c.inQuote) return undefined;
  // (c is the nearest person before the pronoun, so nobody else is written between.)
  return answersQuestionTo(text, c, p, sentenceStart) ? c : undefined;
}

// A question the writer puts, in reported form, to no one named ("Asked what makes her happy — said…", "When I asked what
// makes him cross, she pointed…", "I asked whether anything worries her; he said…"): the one asked is the one who answers,
// and a pronoun that is the question's object or owner speaks of the one asked. So when the answer opens with the child's
// own he/she (or, after a bare "Asked…", has no subject), with nobody else of that gender near who could be answering, the
// question's pronoun of the other gender is the child's. A question put to someone named ("asked Sonny what makes him
// cross") is about that person. Invented probes-30 (stop 41).
// (A note's own line may open with the question: "Asked what makes him cross – …".)
const QUESTION_BEFORE = /(^|[.;:!?\n—–]["'”’]?\s*|\b(?:when|after|I|we)\s+)([Aa]sked|[Aa]sking)\s+(?:(\p{Lu}[\p{L}'’-]+)\s+)?(?:what|whether|if|who|how|why|where|which)\b([^,;:.!?"“”—–()\n]{0,60})$/u;
const ANSWER_AFTER = /^[^,;:.!?"“”—–()\n]{0,40}?(?:[,;]|\s[—–-]|\s(?=(?:he|she)\s))\s*(?:(he|she)\s+)?(?:said|says|replied|answered|shrugged|pointed|nodded|shook|chose|laughed|looked)\b/i;

function questionPutTo(
  text: string,
  p: Pronoun,
  candidates: readonly Referent[],
  sentenceStart: number,
  subjectGender: Gender,
  distanceOf: (offset: number) => number,
): "subject" | "other" | undefined {
  if (p.use === "subject" || p.use === "reflexive" || subjectGender === "u") return undefined;
  const q = QUESTION_BEFORE.exec(text.slice(Math.max(sentenceStart, p.start - 90), p.start));
  if (!q) return undefined;
  // "asked Sonny what makes him cross": someone named was asked (a name the people stage may not know).
  if (q[3]) return /^(?:him|her|them|me|us|you|anyone|everyone)$/i.test(q[3]) ? undefined : "other";
  // Nobody the pronoun could mean inside the question before it.
  if (PERSON_NOUN.f.test(q[4]) || PERSON_NOUN.m.test(q[4]) || PERSON_NOUN.either.test(q[4]) || /\p{Lu}/u.test(q[4])) return undefined;
  const a = ANSWER_AFTER.exec(text.slice(p.end, p.end + 80));
  if (!a) return undefined;
  const answerGender = a[1] ? (a[1].toLowerCase() === "she" ? "f" : "m") : undefined;
  if (answerGender ? answerGender !== subjectGender : !/^[\s\d/.:;!?"'”’—–-]*$/.test(q[1] ?? "") || q[2].toLowerCase() !== "asked") return undefined;
  // The one answering is the child: the nearest person of the child's gender, within two sentences, is the child.
  // (Sentences wholly inside quoted answers do not count: "Asked who cooks – "Mum does. She makes pasta." Asked what…".)
  // (Nor someone named only in a bracketed aside closed before the question: "(Bella, 13, lives in her house group.) When I asked…".)
  const near = candidates.find((c) => !c.inQuote && !inClosedAside(text, c, p.start) && distanceOf(c.start) - quotedSentencesSince(text, c.end, p.start) <= NEAR_SENTENCES && (c.subject || c.gender === subjectGender));
  return near?.subject ? "subject" : undefined;
}

/** Sentence stops inside quoted words between two offsets (bounded by the look-back window the caller reads). */
function quotedSentencesSince(text: string, from: number, to: number): number {
  let n = 0;
  let inQuote = false;
  for (let i = from; i < to; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "“" || ch === "”") inQuote = ch === '"' ? !inQuote : ch === "“";
    else if (inQuote && (ch === "." || ch === "!" || ch === "?")) n++;
  }
  return n;
}

// A request for leave put by the one who would do it: "Ellis … asked if he can leave the room", "asked whether she
// could phone Mum". The pronoun opening the "if" clause, before a modal of permission, is the asker, the nearest
// person before "asked" in its sentence, written as its subject (no object between "asked" and "if").
const ASKED_IF_BEFORE = /\b(?:asked|asks|asking)\s+(?:if|whether)\s+$/i;
const PERMISSION_AFTER = /^\s+(?:can|could|may|might|is\s+allowed\s+to|was\s+allowed\s+to)\b/i;

/** The person asking for leave, when the pronoun is who would be let (read from the pronoun's sentence only). */
function asker(text: string, p: Pronoun, candidates: readonly Referent[], sentenceStart: number): Referent | undefined {
  if (p.use !== "subject" || !ASKED_IF_BEFORE.test(text.slice(Math.max(sentenceStart, p.start - 20), p.start)) || !PERMISSION_AFTER.test(text.slice(p.end, p.end + 24))) return undefined;
  const c = candidates.find((r) => !r.inQuote);
  if (!c || c.start < sentenceStart || c.kind === "noun") return undefined;
  // Nobody else is written between them outside quoted words (c is the nearest), and "asked" has no object of its own.
  return c.subject ? c : undefined;
}

// A reporting verb straight after the reporter, and at most "that", before the pronoun opening what is reported.
const REPORTER_VERB_BETWEEN =
  /^\s+(?:(?:also|now|still)\s+)?(?:says|said|reports|reported|tells\s+(?:me|us)|told\s+(?:me|us)|thinks|thought|feels|felt|explains|explained|notes|noted|noticed|notices|observed|observes|describes|described|confirms|confirmed|mentioned|adds|added|is\s+worried|was\s+worried|worries)\s+(?:that\s+)?$/i;
// (So is what a professional does about a concern: "…said she had raised it with the head", "…says he rang Mum".)
const REPORTERS_OWN_AFTER =
  /^\s+(?:(?:will|would|can|could|shall|is going to|has agreed to|agreed to|plans? to|intends? to|is (?:worried|concerned|pleased|happy|keen)|was (?:worried|concerned|pleased|happy|keen)|feels|felt|thinks|thought|hopes|believes|(?:has|had)\s+(?:(?:also|already|now)\s+)?(?:raised|noticed|observed|spoken|rung|phoned|contacted|e-?mailed|written|referred|shared|discussed|informed|reported|checked|asked|met\s+with)|raised|observed|spoke|rang|phoned|contacted|e-?mailed|wrote|referred|informed)\b)/i;
const SUBJECT_PRONOUN_IN: Record<string, RegExp> = { f: /\b(?:she|her|hers|herself)\b/i, m: /\b(?:he|him|his|himself)\b/i, u: /\b(?:they|them|their|theirs|themselves|themself)\b/i };
// Between the owner and the reporter: the owner's "'s" (a name) and at most three words ("Year 5", "class", "foster").
// How far before the reporter's sentence someone just brought in is read (about one sentence).
const SPECIFIC_REACH = 160;
const OWNED_NOUN_BETWEEN = /^(?:['’]s)?(?:\s+[\p{L}\d-]+){0,3}\s+$/u;

/**
 * The subject as the owner of the person reporting the pronoun's clause ("Aaliyah's Year 5 teacher says he
 * has gone quiet", "Her tutor reports that his work has slipped"): a teacher, carer or worker written as the
 * subject's own is telling of the subject, so a he/she opening what they report is the subject. Not when
 * the reporter's own gender fits the pronoun ("Aaliyah's dad says he is tired"). Reads the pronoun's sentence.
 */
function ownerOfReporter(text: string, p: Pronoun, candidates: readonly Referent[], sentenceStart: number, sentenceEnd: number, subjectGender: Gender): Referent | undefined {
  if (p.use !== "subject" && p.use !== "possessive") return undefined;
  const [reporter, owner] = candidates;
  if (!reporter || !owner || reporter.kind !== "noun" || reporter.subject || reporter.inQuote || reporter.indefinite) return undefined;
  if (reporter.gender === p.gender || reporter.start < sentenceStart || owner.start < sentenceStart) return undefined;
  if (!owner.subject || owner.inQuote || !REPORTER_VERB_BETWEEN.test(text.slice(reporter.end, p.start))) return undefined;
  const between = text.slice(owner.end, reporter.start);
  if (!OWNED_NOUN_BETWEEN.test(between)) return undefined;
  // What the reporter will do, or feels about the child, is the reporter's own: "…says he will ring Mum",
  // "…says he is worried about her" (the child is someone else in the clause).
  const rest = text.slice(p.end, Math.min(sentenceEnd, p.end + 100));
  if (p.use === "subject" && REPORTERS_OWN_AFTER.test(rest)) return undefined;
  if (SUBJECT_PRONOUN_IN[subjectGender]?.test(rest)) return undefined;
  // Someone the sentence before brought in as someone in particular, whom the pronoun fits, may be whom the reporter tells
  // of: "Poppy has a cousin living with them. Her aunt said he is 17".
  if (candidates.slice(2).some((c) => c.specific && !c.subject && c.gender !== (p.gender === "f" ? "m" : "f") && c.start >= sentenceStart - SPECIFIC_REACH && !text.slice(c.end, sentenceStart).includes("\n"))) return undefined;
  // The owner is written as one: "Aaliyah's", or a possessive his/her/their.
  const owns = owner.kind === "name" ? /^['’]s\b/.test(between) : owner.kind === "pronoun" && POSSESSIVE_PRONOUN.test(text.slice(owner.start, owner.end + 1)) && useOf(text, text.slice(owner.start, owner.end), owner.end) === "possessive";
  return owns ? owner : undefined;
}

// A sentence opened by "Their" and a reporter ("Their carers noticed that she…"), and before it, outside quoted words,
// nobody but the subject and no word for more than one person that "their" could mean instead.
const THEIR_OPENING = /^[\s"'“‘]*their((?:\s+[\p{L}-]+){1,3})(\s.*)$/iu;
const PLURAL_PEOPLE = /\b(?:they|them|their|children|boys|girls|siblings|brothers|sisters|parents|family|twins|carers|staff|we|us)\b/i;
const QUOTED = /["“][^"“”]*["”]/g;

/**
 * With a they/them subject, "their" owning the reporter opening the sentence is the subject's, when the sentence
 * before speaks of the subject alone ("Tegan told the officer: '…'. Their carers noticed that she was sleeping
 * better"): what the reporter says is about the subject, as with "Her tutor reports that his…".
 */
function theirReporter(text: string, p: Pronoun, candidates: readonly Referent[], sentenceStart: number, sentenceEnd: number, subjectGender: Gender): Referent | undefined {
  if (subjectGender !== "u" || (p.use !== "subject" && p.use !== "possessive")) return undefined;
  // The reporter is one to three words after "their" ("Their carers", "Their foster carers"), then the verb of reporting.
  const lead = THEIR_OPENING.exec(text.slice(sentenceStart, p.start));
  if (!lead) return undefined;
  const words = lead[1].trim().split(/\s+/);
  if (!words.some((_, n) => REPORTER_VERB_BETWEEN.test(" " + words.slice(n + 1).join(" ") + lead[2]))) return undefined;
  // The owner: the nearest person before the sentence, past a professional the subject spoke to ("told the reviewing officer").
  const inSentence = candidates.filter((r) => r.start >= sentenceStart);
  if (inSentence.some((r) => r.gender === p.gender || r.subject)) return undefined;
  const owner = candidates.find((r) => r.start < sentenceStart && !r.inQuote && !(r.kind === "noun" && r.adult));
  if (!owner || !owner.subject || owner.kind !== "name" || sentenceStart - owner.end > 300) return undefined;
  if (PLURAL_PEOPLE.test(text.slice(owner.end, sentenceStart).replace(QUOTED, " "))) return undefined;
  const rest = text.slice(p.end, Math.min(sentenceEnd, p.end + 100));
  if (p.use === "subject" && REPORTERS_OWN_AFTER.test(rest)) return undefined;
  return SUBJECT_PRONOUN_IN.u.test(rest) ? undefined : owner;
}

/** The subject child's turns in minutes or a transcript, sorted by start. */
function childsOwnTurns(ctx: RuleContext): Span[] {
  return speakerTurns(ctx)
    .filter((t) => t.speaker === "subject")
    .map((t) => t.span)
    .sort((a, b) => a.start - b.start);
}

/**
 * Where the look-back for a pronoun may reach: its paragraph, or, when the paragraph names nobody
 * before it ("Sleep is poor. She said she sees…" after a paragraph about the child), the paragraph
 * before too: the record carries on about whoever it was about.
 */
function carriedFrom(ctx: RuleContext, para: number, candidates: readonly Referent[]): number {
  if (para === 0 || candidates.some((c) => c.start >= para && !c.inQuote)) return para;
  let q = para - 1;
  while (q > 0 && /\s/.test(ctx.text[q])) q--;
  return ctx.paragraphAt(q).start;
}

/**
 * Sentence by sentence back from the pronoun: the first sentence holding someone who fits decides.
 * Someone of the pronoun's gender (or of unknown gender, close by) means no mix-up; the subject alone
 * means a mix-up, at once when the subject is what its clause is about and the pronoun is not an
 * object ("Ella was seen with a scald to his arm"), otherwise only when nobody of the pronoun's
 * gender appears one or two sentences further back ("Mum missed it. I cannot support Max going
 * back to live with her.").
 */
function decide(
  text: string,
  p: Pronoun,
  all: Referent[],
  distanceOf: (offset: number) => number,
  clause: number,
  para: number,
  clauseOpening: boolean,
  lookBackFrom: number,
  leads: LeadCache,
  ruledOut: (c: Referent) => boolean,
  where: { sentenceStart: number; ownAfter: boolean; resultClause: boolean },
): boolean {
  let subjectAt = -1;
  let subjectOpens = false;
  let subjectLeads = false;
  let live = false;
  let reporting = false;
  let strong = false;
  const candidates = all.filter((c) => !ruledOut(c));
  // (What someone says opens a clause too, for a person just brought in: "Poppy has a cousin living with them. Her aunt said he…".)
  const opensClause = clauseOpening || leadsReported(text, p.start);
  // A he/she opening a clause continues the topic of its sentence: people named after a preposition
  // ("according to Helen", "contact with Mum") give way to a subject who leads their own clause.
  // ("His wish to stay with his mother, and her…": the subject as owner does not lead the clause.)
  const topicLed = clauseOpening && candidates.some((c) => c.subject && !c.inQuote && distanceOf(c.start) === 0 && leadsClause(text, c.start, leads) && !ownerOf(text, c));
  // A possessive in a clause the child's name leads: someone of unknown gender after a preposition in that clause is a
  // place or a service more often than its owner ("Kai … was taken to the GP twice with bruising to her forehead").
  const clauseLed =
    p.use === "possessive" && candidates.some((c) => c.subject && c.kind === "name" && !c.inQuote && c.start >= clause && distanceOf(c.start) === 0 && (leadsClause(text, c.start, leads) || leadsReported(text, c.start)) && !ownerOf(text, c));
  // The pronoun opens its sentence to report ("He said…") after the child reported, leading, in the sentence `at` before
  // and the one before that: the record is giving the child's own account, sentence after sentence.
  let opensToReport: boolean | undefined;
  const childReportsAt = (at: number) => childLeadsSentence(text, candidates, at, distanceOf, true);
  const reportChain = (at: number) =>
    (opensToReport ??= p.use === "subject" && opensItsSentence(text, where.sentenceStart, p.start) && REPORTS_AFTER.test(text.slice(p.end, p.end + 30))) && childReportsAt(at) && childReportsAt(at + 1);
  let subjectActs = false;
  let coordinated = false;
  // The child's name leads a reported clause and the pronoun opens one joined to it ("The carer said Ellie is sleeping
  // through and his appetite…"): what is reported goes on about the child, not about the one who reports it.
  let reportedAndJoined = false;
  let childReports = false;
  for (let k = 0; k < candidates.length; k++) {
    const c = candidates[k];
    const dist = distanceOf(c.start);
    if (c.subject && c.kind === "name" && !c.inQuote && !/^['’]s\b/.test(text.slice(c.end, c.end + 3))) subjectActs = true;
    if (c.weak && subjectActs) continue;
    if (subjectAt >= 0 && dist > subjectAt) {
      // The subject leads or reports in the pronoun's own sentence, but the sentence before was about
      // someone of the pronoun's gender ("Isla is thirteen and she phones him. Leo said she sounds
      // happier."): the pronoun goes on about them.
      // ("Tyrese asked to stay at school, and she should not go home…": a he/she opening a clause joined by
      // and/but/so to one the subject's name opens carries that clause's subject on, whoever the sentence before was about.)
      if (strong && coordinated) return true;
      if (strong) return !(subjectAt === 0 && previousTopic(text, candidates, k, p.start, p.gender, distanceOf, leads, lookBackFrom, reporting, p.use === "subject"));
      if (c.start < lookBackFrom) break;
      // Before flagging, look one or two sentences further back for someone who could be meant
      // and was what their clause was about ("Mum has missed every appointment. … live with her").
      // (An object looks one sentence further, "Mum has missed every appointment. … live with her", except in a sentence
      // the child's name opens and the child's own pronoun carries on: that sentence is about the child throughout.)
      if (dist > subjectAt + (subjectAt === 0 && (p.use !== "object" || (subjectOpens && where.ownAfter)) ? 1 : 2)) break;
      // Someone only spoken of inside quoted words, further back than the subject who leads the
      // sentence before, is not whom the next sentence opens by calling he or she ("Sophie said:
      // 'Callum took my hat.' Sophie has stopped getting on the bus. He now walks…").
      if (c.subject || (c.indefinite && !reportedActor(text, c.start) && !introducedFor(c, p, opensClause)) || (c.inQuote && subjectLeads && clauseOpening && p.use === "subject")) continue;
      // "She said she … because the carer's son, Olamide, … She told me … He said he is happy": a he/she opening a sentence to
      // report, after the child's own account (reported, sentence after sentence), goes back past the child only to someone
      // who reports or leads a sentence of their own, not to someone later in a sentence the child leads.
      if (reportChain(subjectAt) && !REPORTS_AFTER.test(text.slice(c.end, c.end + 30)) && childLeadsSentence(text, candidates.slice(k + 1), dist, distanceOf)) continue;
      const known = c.gender === p.gender;
      const unknown = c.gender === undefined || c.gender === "u";
      // (Whom the child reports on may have been spoken of in any role: "Sienna sits with him in the evenings. She said he…".)
      // (So may someone of unknown gender written as a job title: "Tom talked about his teacher. He said she is strict.")
      // (So may someone of unknown sex brought in as someone in particular: "Poppy has a cousin living with them. Her aunt said he is 17".)
      if ((known && (!oblique(text, c.start) || childReports || toldAbout(text, c.start))) || (unknown && (leadsClause(text, c.start, leads) || (childReports && c.kind === "noun") || (c.specific && introducedFor(c, p, opensClause))))) return false;
      continue;
    }
    if (dist > NEAR_SENTENCES) {
      // "Room search completed with Reuben's belongings listed. … A review … will be completed by the RI. Her
      // individual risk assessment…": a he/she (or its possessive) opening a clause, on a line whose only
      // person before it is the subject, a few sentences back: nobody else could be meant.
      if (subjectAt < 0 && clauseOpening && p.use !== "object" && soleSubjectOnLine(text, p, c, candidates.slice(0, k)) && dist <= FAR_SENTENCES) return true;
      break;
    }
    const sameClause = dist === 0 && c.start >= clause;
    // Principle B: "the nurse lifted her", "Grace sees him": not the clause's own subject (but
    // the subject's owner can be meant: "Sam's nan took him out").
    if (p.use === "object" && sameClause && !ownerOf(text, c)) {
      // The child leads the object's own clause ("Ravi has stopped texting her", "she does not want to see him"): the object
      // is someone else, named or not, as the child acting on themself takes a reflexive.
      if (childLeadsClause(text, c)) return false;
      continue;
    }
    // Once a wrong pronoun has been tied to the subject, the next one of that gender follows it
    // (the nearest person the pronoun can be, past its own clause's subject for an object).
    if (!live && c.kind === "pronoun" && c.subject && !c.inQuote && c.gender === p.gender && dist <= 1) return true;
    live = true;
    if (p.use === "reflexive" && dist === 0 && !c.inQuote && subjectAt < 0) {
      // Principle A: a reflexive names the nearest person in its own sentence who could be its
      // clause's subject, "an older man" included: not an object or owner ("Mum wants to tell him
      // herself"), not someone after a preposition ("who is not related to Ella and keeps himself…"),
      // not the subject of a clause closed before the reflexive's verb ("…after Dad left and sat by himself").
      if (!canBindReflexive(text, c, p)) continue;
      if (c.subject) return true;
      if (fits(c, p.gender)) return false;
    }
    if (c.subject) {
      if (c.inQuote || c.start < para) continue;
      // The subject in the pronoun's own clause settles it ("Ella was seen with a scald to his
      // arm"), and so does the subject reporting ("Seun said she scored two goals").
      // Anyone else of the pronoun's gender in the same sentence still wins ("Zofia mothers Tomasz … she ties his laces").
      // A he/she opening a clause joined to one the subject leads continues it ("River went up to
      // their room and she stayed there").
      if (c.kind === "name" && p.use !== "object" && !(sameClause && actedOn(text, p, candidates, distanceOf)) && (sameClause || (dist === 0 && (reports(text, c, p) || (clauseOpening && (leadsClause(text, c.start, leads) || leadsReported(text, c.start) || opensSentence(text, where.sentenceStart, c.start)))))))
        strong = true;
      if (strong && c.kind === "name" && dist === 0 && reports(text, c, p)) reporting = true;
      if (strong && !reporting && c.kind === "name" && dist === 0 && p.use === "subject" && (opensItsSentence(text, where.sentenceStart, c.start) || THAT_BEFORE.test(text.slice(Math.max(0, c.start - 6), c.start))) && COORDINATED_BEFORE.test(text.slice(Math.max(0, p.start - 14), p.start)))
        coordinated = true;
      if (strong && c.kind === "name" && dist === 0 && clauseOpening && p.use !== "reflexive" && leadsReported(text, c.start) && !ownerOf(text, c) && COORDINATED_BEFORE.test(text.slice(Math.max(0, p.start - 14), p.start)))
        reportedAndJoined = true;
      if (subjectAt < 0) subjectLeads = c.kind === "name" && leadsClause(text, c.start, leads) && !oblique(text, c.start);
      if (subjectAt < 0 && dist === 0 && c.kind === "name" && !c.inQuote && opensSentence(text, where.sentenceStart, c.start)) subjectOpens = true;
      if (subjectAt < 0 && dist === 0 && !c.inQuote && p.use === "subject" && reports(text, c, p)) childReports = true;
      subjectAt = dist;
      continue;
    }
    if (c.indefinite && !leadsClause(text, c.start, leads) && !reportedActor(text, c.start) && !introducedFor(c, p, opensClause)) continue;
    // The subject reports or leads the pronoun's own clause: someone earlier in the sentence whose
    // gender is unknown ("Sam Ito said Finley was frightened and said she…") is not the better reading.
    // (A child who leads a clause of their own there is still who the subject may be speaking of: "Harley has
    // just moved in and Skye says he is loud".)
    // So, too, where the pronoun's clause is joined by "and (that)" to one the child's name leads ("I told the judge that
    // Zara wants to stay and that he would like…").
    // And where the child's name leads the possessive's own clause, whoever reports it before that clause ("Maisie's key worker
    // said Maisie had started hiding food in his coat pocket") or is told it ("Joy told Abi that his favourite…").
    const unknown = c.gender === undefined || c.gender === "u";
    if ((reporting || coordinated || reportedAndJoined || (clauseLed && c.start < clause)) && dist === 0 && unknown && !(c.child && leadsClause(text, c.start, leads))) continue;
    if (dist === 0 && unknown && p.use === "possessive" && toldBySubject(text, c, p, candidates)) continue;
    // (Someone of the pronoun's own gender after a preposition is still whom a clause of reason or time can mean: "Ella did not tell
    // anyone about the man at the bus stop because he said…"; a "so … that" result clause goes on about the main clause's subject.)
    if (dist === 0 && ((topicLed && ((c.gender !== p.gender && c.kind !== "noun") || where.resultClause)) || (clauseLed && c.start > clause && (c.gender === undefined || c.gender === "u"))) && oblique(text, c.start)) continue;
    // "She told me she missed contact with Tobias … He said he is happy": someone the child only speaks of, after a
    // preposition, in the sentence before is not whom a new sentence's he/she reporting in turn goes on about.
    // (Not "She said things with Mason are on and off. He texts…": only a he/she that reports, as the child did.)
    if (dist >= 1 && oblique(text, c.start) && reportChain(dist)) continue;
    if (c.gender === p.gender) return false;
    // (A name after a preposition may be a place, "went to Brookside. She…"; a job title is a person: "has sessions with
    // the psychologist. He thinks…".)
    if ((c.gender === undefined || c.gender === "u") && !c.inQuote && !(clauseOpening && oblique(text, c.start) && c.kind !== "noun")) return false;
  }
  return subjectAt >= 0;
}

/** Principle B's other side: the child (by name or by a he/she already taken for the child) written as a clause's subject. */
const childLeadsClause = (text: string, c: Referent) => c.subject && !c.inQuote && leadsAsSubject(text, c);

/**
 * Principle A, and a possessive's first reading: a reflexive names someone in its own sentence, and a
 * possessive or reflexive whose clause opens with a he/she already tied to the child is the child's too.
 * - a reflexive whose sentence, before it, speaks only of the child ("His drawing shows herself"): nobody else can bind it;
 * - a possessive or reflexive in a clause opened by a wrong pronoun already tied to the child ("…, and he showed Ama
 *   the mark on his arm").
 */
function boundBySubject(text: string, p: Pronoun, candidates: readonly Referent[], clause: number, distanceOf: (offset: number) => number): boolean {
  if (p.use !== "reflexive" && p.use !== "possessive") return false;
  const inSentence = candidates.filter((c) => distanceOf(c.start) === 0);
  if (p.use === "reflexive" && inSentence.some((c) => c.subject && !c.inQuote) && !inSentence.some((c) => !c.subject && fits(c, p.gender))) return true;
  const inClause = inSentence.filter((c) => c.start >= clause);
  const lead = inClause[inClause.length - 1];
  return (
    !!lead &&
    lead.kind === "pronoun" &&
    lead.subject &&
    !lead.inQuote &&
    lead.gender === p.gender &&
    useOf(text, text.slice(lead.start, lead.end), lead.end) === "subject" &&
    /^[\s"'“‘]*$/.test(text.slice(clause, lead.start))
  );
}

// How far past the pronoun its own sentence is read for someone it may point forward to.
const FORWARD_LOOK = 200;

/**
 * No one but the child could be meant: nobody of the pronoun's gender or of unknown gender among the people
 * before it (back to the look-back window, quoted words included) or later in its own sentence, and the child is
 * spoken of, by name or by the child's own pronouns, in its sentence or the one before.
 */
function nobodyElse(
  text: string,
  referents: readonly Referent[],
  p: Pronoun,
  candidates: readonly Referent[],
  sentence: Span,
  distanceOf: (offset: number) => number,
  subjectGender: Gender,
): boolean {
  // Not an object, nor a possessive straight after an active verb ("Grace sees him", "Isaac held her hand"): the
  // child acts on someone the record need not have named.
  if (p.use === "object" || (p.use === "possessive" && ACTIVE_VERB_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)))) return false;
  // (Not "another interpreter", "a female worker": an indefinite is somebody only where it leads a clause.)
  if (candidates.some((c) => !c.subject && fits(c, p.gender) && !(c.indefinite && !leadsClause(text, c.start) && !reportedActor(text, c.start) && !introducedFor(c, p, true)))) return false;
  if (!candidates.some((c) => !c.inQuote && distanceOf(c.start) <= 1 && (c.subject || (c.kind === "pronoun" && c.gender === subjectGender)))) return false;
  const ahead = Math.min(sentence.end, p.end + FORWARD_LOOK);
  for (let k = firstAtOrAfter(referents, p.end); k < referents.length && referents[k].start < ahead; k++) {
    const r = referents[k];
    if (!r.subject && fits(r, p.gender)) return false;
  }
  return true;
}

/** The subject named (not in quotes) earlier on the pronoun's own line, with nobody who could be meant between. */
function soleSubjectOnLine(text: string, p: Pronoun, c: Referent, between: readonly Referent[]): boolean {
  if (!c.subject || c.kind !== "name" || c.inQuote || text.slice(c.end, p.start).includes("\n")) return false;
  return !between.some((o) => !o.subject && !o.indefinite && fits(o, p.gender));
}

// A sentence opening with a participle, not a finite clause: "Asked to…", "When asked…", "Having…", "Looking at…".
const PARTICIPLE_OPENING = /^\s*(?:(?:when|while|after|before|once|if|on)\s+)?(?:asked|told|given|shown|invited|encouraged|\p{L}+ing)\b[^,;:.!?]*$/iu;

/** The person who opens the main clause after a participle clause holding the pronoun, if any. */
function participleController(text: string, referents: readonly Referent[], p: Pronoun, sentence: Span): Referent | undefined {
  if (p.start - sentence.start > PREPOSED_MAX || !PARTICIPLE_OPENING.test(text.slice(sentence.start, p.start))) return undefined;
  const comma = text.slice(p.end, Math.min(sentence.end, p.end + 100)).search(/,/);
  if (comma < 0) return undefined;
  const mainStart = p.end + comma + 1;
  const r = referents[firstAtOrAfter(referents, mainStart)];
  if (!r || r.inQuote || r.kind === "pronoun" || !/^\s*$/.test(text.slice(mainStart, r.start))) return undefined;
  return r;
}

/** The pronoun opens what a label ending in the subject's name introduces ("plan agreed w/ jax: she…"). */
function labelledBySubject(text: string, p: Pronoun, candidates: readonly Referent[]): boolean {
  const c = candidates[0];
  if (p.use === "object" || p.use === "reflexive" || !c || !c.subject || c.kind !== "name" || c.inQuote) return false;
  if (!/^[ \t]*:[ \t]*$/.test(text.slice(c.end, p.start))) return false;
  const lineStart = text.lastIndexOf("\n", c.start) + 1;
  return !candidates.some((o) => o !== c && o.start >= lineStart && !o.subject && fits(o, p.gender));
}

/**
 * A possessive before "own" ("packs her own bag") belongs to its clause's subject, as a reflexive does: when the
 * subject's name opens the pronoun's clause and nobody else is written between them, the pronoun is the subject's.
 */
function ownedByClauseSubject(text: string, p: Pronoun, candidates: readonly Referent[], clause: number): boolean {
  if (p.use !== "possessive" || !/^\s+own\b/i.test(text.slice(p.end, p.end + 5))) return false;
  const inClause = candidates.filter((c) => c.start >= clause && c.start < p.start);
  const c = inClause[inClause.length - 1];
  return inClause.length === 1 && c.subject && c.kind === "name" && !c.inQuote && /^[\s"'“‘]*$/.test(text.slice(clause, c.start)) && !ownerOf(text, c);
}

// A clause joined to the one before by and/but/so: "…, and she", "but he".
// ("…that Zara wants to stay and that he would like…": a second "that" clause joined to one the child's name leads.)
const COORDINATED_BEFORE = /(?:,\s*|\s)(?:and|but|so)(?:\s+that)?\s+$/i;
const THAT_BEFORE = /\bthat\s+$/i;

/** A person written as a clause's subject: a he/she, or a name or noun that is neither an owner nor after a preposition. */
function leadsAsSubject(text: string, c: Referent): boolean {
  if (c.kind === "pronoun") return useOf(text, text.slice(c.start, c.end), c.end) === "subject";
  return leadsClause(text, c.start) && !ownerOf(text, c) && !oblique(text, c.start);
}

// A reporting verb straight after a person: "He said", "She told me", "Maisie has explained".
const REPORTS_AFTER = /^\s+(?:(?:also|later|then|has|had)\s+)*(?:said|says|told|tells|explained|reported|reports|added)\b/i;
/** The child (not in quotes) leads a clause of the sentence `dist` sentences before the pronoun's (and, if asked, reports in it). */
const childLeadsSentence = (text: string, candidates: readonly Referent[], dist: number, distanceOf: (offset: number) => number, reporting = false) =>
  candidates.some(
    (s) => s.subject && !s.inQuote && distanceOf(s.start) === dist && leadsAsSubject(text, s) && (!reporting || REPORTS_AFTER.test(text.slice(s.end, s.end + 30))),
  );

const POSSESSIVE_PRONOUN = /^(?:his|her|their)\b/i;
/** The person written as an owner: "Sam's", "Mum's", or a possessive "his"/"her" before a noun. */
function ownerOf(text: string, c: Referent): boolean {
  if (/^['’]s\b/.test(text.slice(c.end, c.end + 3))) return true;
  if (c.kind !== "pronoun") return false;
  const word = text.slice(c.start, c.end);
  return POSSESSIVE_PRONOUN.test(word) && useOf(text, word, c.end) === "possessive";
}

// A clause the person opens inside a subordinate clause ("after Dad left"), closed before the
// reflexive by "and"/"then" and a verb with no subject of its own ("and sat by himself").
const SUBORDINATE_BEFORE = /\b(?:after|before|when|whenever|while|until|till|once|since|because|as soon as|if)\s+(?:(?:his|her|their|the|my|our)\s+)?$/i;
const JOINED_VERB_AFTER = /^[^,.;:]{0,60}?\b(?:and|then|but)\s+(?!(?:he|she|they|it|I|we|you|his|her|their|the|a|an|this|that|there|then|him|them)\b)\p{Ll}+/u;

/** Whether a person before a reflexive, in its sentence, can be what binds it. */
function canBindReflexive(text: string, c: Referent, p: Pronoun): boolean {
  if (ownerOf(text, c) || oblique(text, c.start)) return false;
  if (c.kind === "pronoun" && useOf(text, text.slice(c.start, c.end), c.end) !== "subject") return false;
  if (SUBORDINATE_BEFORE.test(text.slice(Math.max(0, c.start - 30), c.start)) && JOINED_VERB_AFTER.test(text.slice(c.end, p.start))) return false;
  return true;
}

// "Isaac held her hand", "Rosie helped to change his nappy": a possessive straight after an active verb
// names what the subject acts on, which can be someone else's.
const ACTIVE_VERB_BEFORE = /(?<!\b(?:is|was|are|were|be|been|being|has|had|have|get|got|gets)\s+)\b(?!(?:with|to|from|at|by|for|of|about|like|than|into|without|towards|on|in|under|over|near|is|was|has|had|and|but|or|that|as)\b)\p{Ll}{3,}\s+$/u;

/**
 * A possessive in the subject's own clause that follows an active verb, when the sentence before
 * spoke of someone of the pronoun's gender (not the subject, not in quotes): the subject acts on that
 * person's hand or nappy, so the clause does not settle the pronoun as the subject's.
 */
function actedOn(text: string, p: Pronoun, candidates: Referent[], distanceOf: (offset: number) => number): boolean {
  // ("Tom was collected by her partner": a possessive that owns a person, as an active verb's does, can be someone else's.)
  if (p.use !== "possessive" || !(ACTIVE_VERB_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) || OWNS_PERSON_AFTER.test(text.slice(p.end, p.end + 40)))) return false;
  return candidates.some((c) => distanceOf(c.start) === 1 && !c.subject && !c.inQuote && c.gender === p.gender);
}

const OWNS_PERSON_AFTER =
  /^\s+(?:(?:new|old|own|birth|foster|older|younger|ex|former|current)[\s-]+)?(?:mother|mum|father|dad|partner|boyfriend|girlfriend|husband|wife|parents?|carers?|sister|brother|aunt|auntie|uncle|gran|nan|grandma|grandmother|grandad|grandfather|cousin|friend|son|daughter)\b/i;

const APPOSITION_BEFORE = /,\s*$/;
const APPOSITION_AFTER = /^\s*[.;:!?)]/;

// A clause's subject: after a stop or a word that opens a clause, and at most a determiner and two words (not after a comma).
// (A reported clause opens after its verb with no "that" too: "Ruby said Marcus stays over", "Leah said her grandad has…".)
const LEADS_OWN_CLAUSE = /(?:^|[.:;!?\n]|\b(?:and|but|then|when|because|that|after|before|until|since|while|whilst|once|if|as|said|says|reported|reports|explained|thinks|thought|told\s+(?:me|us|staff)|tells\s+(?:me|us)))\s*["'“‘]?(?:(?:the|an?|his|her|their|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Another child (a name the people stage did not take for an adult) of the given gender who led a clause in the sentence before, inside the
 * paragraph (candidates from index k on, nearest first).
 */
function previousTopic(
  text: string,
  candidates: Referent[],
  k: number,
  at: number,
  gender: Gender,
  distanceOf: (offset: number) => number,
  leads: LeadCache,
  from: number,
  reporting: boolean,
  subjectPronoun: boolean,
): boolean {
  for (let j = k; j < candidates.length; j++) {
    const c = candidates[j];
    const dist = distanceOf(c.start);
    if (dist > (reporting && subjectPronoun ? 2 : 1) || c.start < from) break;
    // The subject reporting again about someone they spoke of in their own quoted words just before
    // ("Theo said: 'Maisie is my best friend.' Theo said she lives on his road.").
    // (Or whom the sentence before brought in as someone in particular: "Mum had a baby boy last month. Ellie said he cries".)
    // The subject reporting on someone of the pronoun's gender who led the sentence before ("Mum came home at midnight. Kasim
    // said she was drunk", "A man followed Tegan home. Tegan says he wore a hoodie"): the child speaks of them, adult or not.
    // (So of an adult written as a noun of either sex: "The driver did not stop. Tegan said he was on his phone.")
    if (reporting && subjectPronoun && !c.subject && !c.inQuote && (c.gender === gender || (dist === 1 && c.kind === "noun" && c.adult && (!c.gender || c.gender === "u"))) && c.kind !== "pronoun" && (reportedActor(text, c.start) || (c.specific && dist === 1) || toldAbout(text, c.start) || (LEADS_OWN_CLAUSE.test(text.slice(Math.max(0, c.start - 40), c.start)) && !ownerOf(text, c) && !oblique(text, c.start))))
      return !text.slice(c.end, at).includes("\n");
    // (Two sentences back, only that: "Kyle is at college. Tegan shares a room with Mum. Tegan said he plays music late.")
    if (dist > 1) continue;
    // Someone just brought in by name ("Mum has a new boyfriend called Lee.") is what the next sentence goes on about.
    if (c.introduced && !c.inQuote && c.gender === gender && dist === 1) return !text.slice(c.end, at).includes("\n");
    // A he/she leading a clause there and tied to someone other than the subject ("Jordan came round and she stayed").
    if (c.kind === "pronoun" && !c.subject && !c.inQuote && c.gender === gender && leadsClause(text, c.start, leads) && !oblique(text, c.start)) return !text.slice(c.end, at).includes("\n");
    if (c.kind !== "name" || c.subject || (c.inQuote && !reporting) || c.adult || c.gender !== gender) continue;
    // A name set after a noun to say who it is, closing its sentence ("…with a girl from Ash's form, Priya."), leads nothing.
    if (APPOSITION_BEFORE.test(text.slice(Math.max(0, c.start - 3), c.start)) && APPOSITION_AFTER.test(text.slice(c.end, c.end + 3))) continue;
    // On the same line: list items and table rows are parallel, not one running account.
    if (leadsClause(text, c.start, leads) && !oblique(text, c.start)) return !text.slice(c.end, at).includes("\n");
  }
  return false;
}

// "KB said Leo has headaches; she will refer to the GP": what only a professional does (refer, liaise,
// convene, chair, chase) is not the child's, so the pronoun is someone else's when anyone of its gender,
// or of unknown gender, is near.
const PROFESSIONAL_ACTION =
  /^\s+(?:will|would|is\s+going\s+to|has\s+agreed\s+to|agreed\s+to|is\s+to|has|had)\s+(?:now\s+|also\s+)?(?:refer(?:red)?|ma(?:k|d)e\s+a\s+referral|liaise[ds]?|convene[ds]?|chair(?:ed)?|chase[ds]?|complete[ds]?\s+the\s+(?:assessment|referral|report)|share[ds]?\s+(?:the\s+)?information|book(?:ed)?\s+(?:a|an|the)\s+(?:appointment|meeting|review))\b/i;
const professionalAction = (text: string, p: Pronoun) => p.use === "subject" && PROFESSIONAL_ACTION.test(text.slice(p.end, p.end + 60));

// "Every child needs someone he can trust", "A young person who is looked after should know where she…":
// a pronoun after a quantified person in its own sentence, with nobody named between, is generic.
const GENERIC_NOUN = "(?:(?:\\p{Ll}+[-\\s]){0,2})(?:child|young person|pupil|student|baby|parent|carer|person|teenager|adolescent|boy|girl)\\b";
const GENERIC_QUANTIFIED = new RegExp(`\\b(?:every|each|any|no)\\s+${GENERIC_NOUN}`, "iu");
const GENERIC_OPENING = new RegExp(`^\\s*["'“‘]?an?\\s+${GENERIC_NOUN}`, "iu");
// Bounded: the generic person is within this many characters before the pronoun.
const GENERIC_LOOKBACK = 200;
function genericBefore(text: string, referents: readonly Referent[], sentenceStart: number, at: number): boolean {
  const from = Math.max(sentenceStart, at - GENERIC_LOOKBACK);
  const before = text.slice(from, at);
  const m = GENERIC_QUANTIFIED.exec(before) ?? (from === sentenceStart ? GENERIC_OPENING.exec(before) : null);
  if (!m) return false;
  const after = from + m.index + m[0].length;
  for (let k = firstAtOrAfter(referents, after); k < referents.length && referents[k].start < at; k++) if (referents[k].kind === "name") return false;
  return true;
}

// A pronoun inside a clause placed before its main clause may point forward ("When she got home, Mum…").
const PREPOSED = /^\s*(?:when|whenever|while|after|before|as|since|if|although|though|once|until|because)\b[^,;:]*$/i;
const NOTMEANT_AHEAD = 200;
const PREPOSED_MAX = 120;
// Bounded: a pronoun far into a long sentence is not in a short clause that opens it.
const preposed = (text: string, sentenceStart: number, at: number) => at - sentenceStart <= PREPOSED_MAX && PREPOSED.test(text.slice(sentenceStart, at));

/**
 * Who a he/she cannot be, from its own sentence:
 * - someone named later in the sentence ("…and that she will not settle unless Mum lies down with
 *   her": she is not Mum; "He told Dad…": he is not Dad), unless the pronoun sits in a clause placed
 *   before the main one; possessives are left alone ("His dad says Tom…" can be Tom's dad);
 * - an adult, when what the sentence says of the pronoun only fits a child ("He is working towards
 *   his GCSE options", "her nappy", "she is in Year 4").
 */
function notMeant(text: string, referents: readonly Referent[], p: Pronoun, sentence: Span): (c: Referent) => boolean {
  const later = new Set<string>();
  const ahead = Math.min(sentence.end, p.end + NOTMEANT_AHEAD);
  if ((p.use === "subject" || p.use === "object") && !preposed(text, sentence.start, p.start)) {
    for (let k = firstAtOrAfter(referents, p.end); k < referents.length && referents[k].start < ahead; k++) {
      const r = referents[k];
      if (!r.subject && !r.inQuote && r.key) later.add(r.key);
    }
  }
  const child = childBound(text, p, ahead);
  if (!later.size && !child) return () => false;
  return (c) => (!!c.key && later.has(c.key)) || (child && !!c.adult);
}

/**
 * A pronoun in a clause placed before its main clause may name the person that main clause opens
 * with ("When she arrived, Nan hugged him."): someone of its gender, or of unknown gender, who is not the subject.
 */
function pointsForward(text: string, referents: readonly Referent[], p: Pronoun, sentence: Span): boolean {
  if (!preposed(text, sentence.start, p.start)) return false;
  const comma = text.slice(p.end, Math.min(sentence.end, p.end + 120)).search(/[,;:]/);
  if (comma < 0) return false;
  const mainStart = p.end + comma + 1;
  const k = firstAtOrAfter(referents, mainStart);
  const r = referents[k];
  if (!r || r.subject || r.inQuote || r.kind === "pronoun") return false;
  if (!/^\s*(?:(?:the|his|her|their|my|our)\s+)?$/i.test(text.slice(mainStart, r.start))) return false;
  return r.gender === p.gender || r.gender === undefined || r.gender === "u";
}

// Between a he/she and a later name in the clause it leads: no stop, bracket, quote mark, or word that opens another clause.
const SAME_CLAUSE_BETWEEN = /^[^,;:.!?()"“”\n]*$/;
const CLAUSE_BOUNDARY_WORD = /\b(?:and|but|or|so|then|when|whenever|while|whilst|because|although|though|before|after|until|if|unless|whereas|since|once)\b/i;
const LATER_NAME_REACH = 80;

/**
 * A he/she that leads its clause, with the child's own name later in that clause or in what it reports ("She said Max had
 * been sick", "He thinks Nia misses her nan", "She said she loves Max"), cannot be the child: a pronoun does not stand
 * above a name for the same person (binding Principle C), so it is someone else, whoever the record has named before.
 */
function namesChildLater(text: string, referents: readonly Referent[], p: Pronoun, sentence: Span): boolean {
  if (p.use !== "subject") return false;
  for (let k = firstAtOrAfter(referents, p.end); k < referents.length; k++) {
    const r = referents[k];
    if (r.start >= sentence.end || r.start - p.end > LATER_NAME_REACH) return false;
    if (!r.subject || r.kind !== "name" || r.inQuote) continue;
    const between = text.slice(p.end, r.start);
    return SAME_CLAUSE_BETWEEN.test(between) && !CLAUSE_BOUNDARY_WORD.test(between);
  }
  return false;
}

const NAME_CHANGE_AFTER = /^\s+(?:old|birth|dead|former|previous)\s*name\b/i;
const SUBJECTS_OLD_NAME = /^['’]s\s+(?:old|birth|dead|former|previous)\s*name\b/i;

/** The sentence names the subject as the owner of an old name, before the pronoun ("uses Alex's old name when…"). */
function misnamingSentence(text: string, sentence: Span, candidates: readonly Referent[], distanceOf: (offset: number) => number): boolean {
  return candidates.some((c) => c.subject && c.kind === "name" && !c.inQuote && distanceOf(c.start) === 0 && c.start >= sentence.start && SUBJECTS_OLD_NAME.test(text.slice(c.end, c.end + 20)));
}

/** The object pronoun's own clause opens with a he/she of its gender ("when she talks about her"). */
function sameGenderClauseSubject(text: string, clause: number, p: Pronoun): boolean {
  const lead = /^\s*(she|he)\b/i.exec(text.slice(clause, p.start));
  return !!lead && (lead[1].toLowerCase() === "she" ? "f" : "m") === p.gender;
}

// Things only a child has (not what a parent may also be said to have: a pushchair, a packed lunch).
// A possessive pronoun before one of these nouns is a child's; a
// subject pronoun is, when one of its own gender's possessives or a school year follows in its sentence.
const CHILD_THINGS =
  "(?:(?:GCSE|SATs?|A-level|mock)\\b[\\w\\s-]{0,12}|nappy|nappies|cot|dummy|potty|bottle feeds?|milk feeds?|immunisations|developmental milestones|milestones|homework|written work|classwork|school ?work|coursework|spellings|phonics|times tables|school attendance|school trips?|playtimes?|reading book|reading age|school report|school uniform|PE kit|form tutor|class teacher|head of year|year group|nursery place|school place|EHCP|PEP|sticker chart|school bag|book bag)";
const CHILD_POSSESSIVE = new RegExp(`^\\s+(?:(?:new|first|last|next|own|school|nursery|weekly|daily|[0-9]+[a-z]*)\\s+){0,2}${CHILD_THINGS}s?\\b`, "i");
const SCHOOL_YEAR = /^\s+(?:is|was|will be|has been|is now|started|starts|moved up to|went into|goes into)\s+(?:in\s+)?(?:Year\s+\d{1,2}\b|[Rr]eception\b|nursery\b)/;

// What only a young child does or is ("she has wet the bed", "he is teething", "she is still in nappies", "he is toilet
// trained", not "she has been toilet training him"): a subject pronoun doing it is a child's.
const CHILD_DOING =
  /^\s+(?:(?:has|had|have|is|was|been|still|sometimes|often|now|also|again|keeps|kept|started|starts|began)\s+)*(?:wet(?:s|ting)?\s+(?:the|his|her|their)\s+bed|bed-?wetting|soil(?:s|ed|ing)\s+(?:himself|herself|themselves|themself|his|her|their)\b|teething|crawl(?:s|ed|ing)?\b|in\s+nappies|babbl(?:es|ed|ing)\b)|^\s+(?:(?:is|was|has|had|been|being|now|still|fully)\s+)+(?:(?:potty|toilet)[\s-]trained|weaned)\b/i;

function childBound(text: string, p: Pronoun, ahead: number): boolean {
  if (p.use === "possessive") return CHILD_POSSESSIVE.test(text.slice(p.end, p.end + 60));
  if (p.use !== "subject") return false;
  if (SCHOOL_YEAR.test(text.slice(p.end, p.end + 40)) || CHILD_DOING.test(text.slice(p.end, p.end + 50))) return true;
  const own = p.gender === "f" ? /\bher\b/gi : /\bhis\b/gi;
  const rest = text.slice(p.end, ahead);
  for (let o = own.exec(rest); o; o = own.exec(rest)) if (CHILD_POSSESSIVE.test(rest.slice(o.index + o[0].length))) return true;
  return false;
}

// "Seun said she…", "Hibaq has asked for a female worker and says he…": the subject reports.
const REPORTER = /\b(?:said|says|told\s+[\p{L}]+|tells\s+[\p{L}]+|explained|added|stated|reported|thinks|thought|feels|felt|hopes|wants|wanted|agreed)(?:\s+that)?\s+$/iu;
// ("Seun's school reported that he…": the owner is not the reporter; whatever they own reports.)
const reports = (text: string, c: Referent, p: Pronoun) => p.start - c.end < 80 && !ownerOf(text, c) && REPORTER.test(text.slice(c.end, p.start));
const oblique = (text: string, start: number) => OBLIQUE.test(text.slice(Math.max(0, start - 20), start));

const QUOTE_OPEN = /["“]/g;
// Bounded: the quote's opening is looked for this far back.
const QUOTE_LOOKBACK = 160;

/** The pronoun sits in a quoted clause the child's name opens, with nobody else before it in the quote (see the caller). */
function quotedClauseOfSubject(text: string, referents: readonly Referent[], p: Pronoun): boolean {
  if (p.use !== "possessive" && p.use !== "reflexive") return false;
  // (After an active verb, only what a child has: "took his phone" can be anyone's, "keep his school reports" is the child's.)
  if (p.use === "possessive" && ACTIVE_VERB_BEFORE.test(text.slice(Math.max(0, p.start - 30), p.start)) && !CHILD_POSSESSIVE.test(text.slice(p.end, p.end + 60))) return false;
  const back = text.slice(Math.max(0, p.start - QUOTE_LOOKBACK), p.start);
  let open = -1;
  QUOTE_OPEN.lastIndex = 0;
  for (let q = QUOTE_OPEN.exec(back); q; q = QUOTE_OPEN.exec(back)) open = q.index;
  if (open < 0 || /[”.!?]/.test(back.slice(open + 1))) return false;
  const quoteStart = p.start - back.length + open + 1;
  const inside = referents.filter((r) => r.start >= quoteStart && r.end <= p.start);
  const name = inside[0];
  if (!name || !name.subject || name.kind !== "name" || !/^\s*$/.test(text.slice(quoteStart, name.start))) return false;
  if (inside.some((r) => !r.subject && fits(r, p.gender))) return false;
  return clauseStart(text, quoteStart, p.start, p.use) <= name.start;
}

// A clause the speaker's words bring in as a time, a reason or a condition ("since he left", "when she visits"): as often
// about someone the speaker does not name as about the child.
const SUBORDINATE_OPENING = /\b(?:since|when|whenever|until|till|after|before|because|if|unless|while|whilst|once|as|who|whom|whose)\s*$/i;
// The speaker, just before the quote: a reporting verb (and at most a few words) between them and the opening mark.
// (After a name in apposition too: "His teacher, Mrs Lowe, wrote:".)
const SPEAKER_BEFORE_QUOTE =
  /^,?\s*(?:(?:also|then|later|had|has|have|simply|just)\s+)*(?:said|says|told|tells|explained|explains|added|adds|replied|replies|stated|states|wrote|writes|commented|reported|reports|described|asked|asks|shouted|put\s+it)\b[^.!?\n"“]{0,30}$/i;
const SPEAKER_APPOSITION = /^\s*,\s*(?:(?:the|her|his|their|our|your|my|Mr|Mrs|Ms|Miss|Dr|Mx)\.?\s+)?(?:[\p{L}-]+\s+){0,2}$/u;
// How far back from the quote the record's own words are read for someone the pronoun could mean.
const QUOTE_CONTEXT_SENTENCES = NEAR_SENTENCES;

/**
 * A speaker says "I" of themself, so a he/she in their quoted words is someone they speak of. When they name the child in
 * the quote as what a clause is about ("Jayden has settled really well and she is making friends", "Isla is eating well now,
 * he even asks for seconds") and nobody else the pronoun could mean is in the quote, nor anyone of its gender in the
 * record's own words just before it (the speaker apart), the pronoun speaks of the child. Not a clause the speaker
 * brings in as a time, reason or condition ("since he left"), an object in the child's own clause, or a possessive straight
 * after an active verb (as outside quotes).
 */
function spokenOfInQuote(ctx: RuleContext, referents: readonly Referent[], resolved: readonly Referent[], p: Pronoun, sIdx: number): boolean {
  const text = ctx.text;
  const quote = ctx.quotes[firstAtOrAfter(ctx.quotes, p.start + 1) - 1];
  if (!quote || quote.end < p.end) return false;
  if (p.use === "possessive" && ACTIVE_VERB_BEFORE.test(text.slice(Math.max(quote.start, p.start - 30), p.start)) && !CHILD_POSSESSIVE.test(text.slice(p.end, p.end + 60))) return false;
  const inQuote = (r: Referent) => r.start > quote.start && r.end < quote.end;
  const first = firstAtOrAfter(referents, quote.start);
  let named: Referent | undefined;
  for (let k = first; k < referents.length && referents[k].start < quote.end; k++) {
    const r = referents[k];
    if (!inQuote(r)) continue;
    if (!r.subject) {
      if (fits(r, p.gender)) return false;
      continue;
    }
    if (!named && r.kind === "name" && r.end <= p.start && leadsClause(text, r.start) && !ownerOf(text, r) && !oblique(text, r.start) && !/^\s*,/.test(text.slice(r.end, r.end + 2))) named = r;
  }
  if (!named) return answersAboutChild(ctx, referents, resolved, p, quote, sIdx);
  // Someone of its gender the speaker has already called he or she in the quote, not the child.
  if (resolved.some((r) => inQuote(r) && r.start < p.start && r.gender === p.gender && !r.subject)) return false;
  const clause = clauseStart(text, Math.max(quote.start + 1, named.start), p.start, p.use);
  if (SUBORDINATE_OPENING.test(text.slice(Math.max(0, clause - 10), clause)) || SUBORDINATE_OPENING.test(text.slice(Math.max(0, p.start - 10), p.start))) return false;
  if (p.use === "object" && named.start >= clause) return false;
  // The record's own words before the quote: the speaker (and whom a he/she speaker stands for) apart, nobody of the pronoun's gender.
  let qs = Math.min(sIdx, ctx.sentences.length - 1);
  while (qs > 0 && ctx.sentences[qs].start > quote.start) qs--;
  const from = ctx.sentences[Math.max(0, qs - QUOTE_CONTEXT_SENTENCES)]?.start ?? 0;
  const before = nearestFirst(referents as Referent[], resolved as Referent[], quote.start, from);
  let skip = 0;
  const speaker = before[0];
  if (speaker && SPEAKER_BEFORE_QUOTE.test(text.slice(speaker.end, quote.start))) {
    if (speaker.subject) return false;
    skip = 1;
    // A speaker written as "she" or "the teacher" stands for the person of that gender named just before.
    if (speaker.kind !== "name" && before[1] && !before[1].subject && (before[1].gender === speaker.gender || speaker.gender === undefined || speaker.gender === "u")) skip = 2;
  }
  // (The speaker's own role or title set off beside them is the speaker too: "His class teacher, Mrs Lowe, wrote:".)
  while (skip > 0 && skip < before.length && !before[skip].subject && (before[skip].end > before[skip - 1].start || SPEAKER_APPOSITION.test(text.slice(before[skip].end, before[skip - 1].start)))) skip++;
  if (before.slice(skip).some((r) => !r.subject && r.gender === p.gender)) return false;
  // Nor after it in its sentence ("…," Nan said of Grandad).
  const sentenceEnd = ctx.sentenceAt(quote.end).end;
  for (let k = firstAtOrAfter(referents, quote.end); k < referents.length && referents[k].start < Math.min(sentenceEnd, quote.end + QUOTE_LOOKBACK); k++) {
    if (!referents[k].subject && referents[k].gender === p.gender) return false;
  }
  return true;
}

// A question put about the child: "I asked Nan whether Kasim had settled", "When I asked the teacher about Tegan's progress".
const ASKED_PERSON = /\b(?:asked|ask|asking)\s+(?:(?:the|his|her|their|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
// The child's name straight after the question word: the child leads the question's clause ("how Tegan had been").
const CHILD_LEADS_QUESTION = /\b(?:how|whether|if|why|what)\s+$/i;
const ASKED_ABOUT = /\b(?:asked|ask|asking)\b[^.!?"“\n]{0,60}\b(?:how|whether|if|about|what|why)\s+(?:[\p{L}'’-]+\s+){0,3}$/iu;

/**
 * The quote answers a question the record put about the child ("I asked Nan whether Kasim had settled. She said, "She has…"",
 * "When I asked the class teacher about Tegan's progress, he said, "His reading…""): a he/she opening the answer, with nobody
 * in the quote before it and nobody of its gender in the question or since (the speaker and whom a he/she speaker stands
 * for apart), speaks of the child.
 */
// The answer's opening mark, and at most a reply of one to three words closed by a stop ("Yes.", "Much better!"), before the pronoun.
const SHORT_REPLY = /^["“'‘\s]*(?:(?:\p{L}+[\s,]+){0,2}\p{L}+[.!]\s+)?$/u;
const CHILD_PRONOUN: Record<string, RegExp> = { f: /\b(?:she|her|hers|herself)\b/i, m: /\b(?:he|him|his|himself)\b/i };
function answersAboutChild(ctx: RuleContext, referents: readonly Referent[], resolved: readonly Referent[], p: Pronoun, quote: Span, sIdx: number): boolean {
  const text = ctx.text;
  // (Not when the answer also uses the other sex's pronoun: "She said, "She is worried about his attendance"" speaks of two people.)
  if ((p.use !== "subject" && p.use !== "possessive") || CHILD_PRONOUN[p.gender === "f" ? "m" : "f"].test(text.slice(quote.start, quote.end))) return false;
  // The pronoun opens the answer, or only the answer's own he/she, already taken for the child, is before it ("She has, she loves…").
  const said = resolved.filter((r) => r.start > quote.start && r.start < p.start);
  // (A short reply may come first, its sentence closed: "Better. She goes down at eight now.")
  if (firstAtOrAfter(referents, quote.start + 1) < firstAtOrAfter(referents, p.start) || (!said.length && !SHORT_REPLY.test(text.slice(quote.start, p.start))) || !said.every((r) => r.subject && r.gender === p.gender)) return false;
  let qs = Math.min(sIdx, ctx.sentences.length - 1);
  while (qs > 0 && ctx.sentences[qs].start > quote.start) qs--;
  const from = ctx.sentences[Math.max(0, qs - 1)]?.start ?? 0;
  const before = nearestFirst(referents as Referent[], resolved as Referent[], quote.start, from);
  const speaker = before[0];
  if (!speaker || speaker.subject || !SPEAKER_BEFORE_QUOTE.test(text.slice(speaker.end, quote.start))) return false;
  // Whom a he/she speaker stands for: the one the question was put to ("asked Nan", "asked the class teacher").
  const standsFor = speaker.kind === "pronoun" ? before.findIndex((r, k) => k > 0 && !r.subject && ASKED_PERSON.test(text.slice(Math.max(0, r.start - 30), r.start))) : -1;
  // (And a name set off after them: "Noah's nan, Mrs Pike,".)
  const rest = before.filter((r, k) => k > 0 && k !== standsFor && !(k === standsFor - 1 && /^,\s*(?:\p{Lu}\p{L}*\.?\s+)?$/u.test(text.slice(before[standsFor].end, r.start))));
  const child = rest.find((r) => r.subject && r.kind === "name" && !r.inQuote && ASKED_ABOUT.test(text.slice(Math.max(from, r.start - 80), r.start)));
  if (!child || rest.some((r) => !r.subject && r.gender === p.gender)) return false;
  // A question only about the child ("I asked Mum about Maisie."), answered by a speaker of the other sex with an unnamed
  // he or she ("She said: "He has moved back in…""): from the speaker's side, that he or she is as often their partner or the
  // child's other parent as the child, so the answer does not say it is the child. Where the question makes the child what its
  // clause is about ("how Tegan had been", "whether Kian had settled"), the answer's he or she takes that clause up.
  const oppositeSpeaker = (speaker.gender === "f" || speaker.gender === "m") && speaker.gender !== p.gender;
  return !(oppositeSpeaker && !CHILD_LEADS_QUESTION.test(text.slice(Math.max(from, child.start - 12), child.start)));
}

/** The person is whom the child tells what the pronoun's clause says: "Joy told Abi that his…" (the child named before them). */
function toldBySubject(text: string, c: Referent, p: Pronoun, candidates: readonly Referent[]): boolean {
  if (!TOLD_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start)) || !/^\s+that\s+$/i.test(text.slice(c.end, p.start))) return false;
  const s = candidates.find((o) => o.start < c.start);
  return !!s && s.subject && s.kind === "name" && !s.inQuote && /^\s+(?:has\s+|had\s+)?$/.test(text.slice(s.end, c.start - (TOLD_BEFORE.exec(text.slice(Math.max(0, c.start - 12), c.start))?.[0].length ?? 0)));
}
const TOLD_BEFORE = /\b(?:told|tells|tell|reminded|assured|promised|informed)\s+$/i;

// A particular adult brought in with "a" is whom a he/she opening the next clause can mean ("has a new social worker. She visited…"),
// and, written with a sex ("an older male", "a man"), whom a pronoun of that sex can mean anywhere ("Mum does not know his name").
const introducedFor = (c: Referent, p: Pronoun, clauseOpening: boolean) => !!c.specific && ((p.use === "subject" && clauseOpening) || c.gender === p.gender);

const fits = (c: Referent, g: Gender) => c.gender === g || c.gender === undefined || c.gender === "u";

// The person opens a clause: nothing but a date, a label or up to three capitalised words before it.
const LEADING = /(?:^|[.:;!?\n(\u2013\u2014-]|,\s*(?:and|but|so|then)?|\b(?:and|but|so|then|when|because|that))\s*(?:["'“‘]\s*)?(?:(?:\p{Lu}[\p{L}'’-]*|\d[\d/.:-]*)\s+){0,3}$/u;
// Many pronouns look at the same few people: each answer is kept, by offset, for one document.
type LeadCache = Map<number, boolean>;
function leadsClause(text: string, start: number, cache?: LeadCache): boolean {
  let hit = cache?.get(start);
  if (hit === undefined) {
    hit = LEADING.test(text.slice(Math.max(0, start - 40), start));
    cache?.set(start, hit);
  }
  return hit;
}

// "Mum said Rowan has been sleeping better and…": the name opens the clause a reporting verb brings in.
const REPORTED_LEAD = /\b(?:said|says|reported|reports|explained|added|thinks|thought|feels|felt|told\s+(?:me|us|staff))\s+(?:that\s+)?$/i;
const leadsReported = (text: string, start: number) => REPORTED_LEAD.test(text.slice(Math.max(0, start - 30), start));

// "Lola said a boy in her class keeps calling her names": an indefinite person who is what a reported
// clause is about is someone a later pronoun can mean, like one who leads a clause of the record's own.
const REPORTED_INDEFINITE = /\b(?:said|says|told\s+(?:me|us|staff|the\s+\p{L}+)|tells\s+(?:me|us)|reported|reports|explained|disclosed|alleged|alleges|claimed|claims)\s+(?:that\s+)?(?:an?|another|some|one)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const reportedActor = (text: string, start: number) => REPORTED_INDEFINITE.test(text.slice(Math.max(0, start - 60), start));
// "Zara told me about the man at the corner shop. She said … he gives her sweets": whom the child told of is what their
// account goes on about, though written after a preposition.
const TOLD_ABOUT = /\b(?:told\s+(?:me|us|staff|her|him)|tells\s+(?:me|us)|talked|talks|spoke|speaks|wrote|drew)\s+(?:(?:to|with)\s+(?:me|us)\s+)?about\s+(?:(?:the|an?|her|his|their|my)\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const toldAbout = (text: string, start: number) => TOLD_ABOUT.test(text.slice(Math.max(0, start - 60), start));

// A chronology row starts with its date: rows before it are other events, not this sentence's context.
// Otherwise the look-back stays in the paragraph, except for an object pronoun ("wound him up"),
// which is seldom the topic carried on and more often someone named just before.
// (A row dated by month alone, "06/2025 –", starts one too.)
const ROW_START = /^\s*(?:\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}[/.-]\d{4})\b/;
function lookBackLimit(text: string, sentenceStart: number, para: number): number {
  let lineStart = sentenceStart;
  const stop = Math.max(para, sentenceStart - 400);
  while (lineStart > stop && text.charCodeAt(lineStart - 1) !== 10) lineStart--;
  if (lineStart > para && text.charCodeAt(lineStart - 1) !== 10) return para; // a long line: no row to find
  return ROW_START.test(text.slice(lineStart, lineStart + 12)) ? lineStart : para;
}

/** Candidates before offset back to `from`, nearest first, from the static list and the pronouns resolved so far. */
function nearestFirst(statics: Referent[], resolved: Referent[], offset: number, from: number): Referent[] {
  const out: Referent[] = [];
  let i = firstAtOrAfter(statics, offset) - 1;
  let j = resolved.length - 1;
  while (out.length < MAX_CANDIDATES) {
    const a = i >= 0 && statics[i].start >= from ? statics[i] : undefined;
    const b = j >= 0 && resolved[j].start >= from ? resolved[j] : undefined;
    if (!a && !b) break;
    if (a && (!b || a.start > b.start)) {
      if (a.end <= offset) out.push(a);
      i--;
    } else {
      // (Only pronouns before the offset: a quote's own, resolved already, are not before its opening.)
      if (b!.end <= offset) out.push(b!);
      j--;
    }
  }
  return out;
}

/** Sentences between an offset and the pronoun's sentence (0 = the same sentence). */
function sentenceDistance(sentences: readonly Span[], sIdx: number, sentenceStart: number): (offset: number) => number {
  return (offset: number) => {
    if (offset >= sentenceStart) return 0;
    let d = 1;
    while (sIdx - d >= 0 && sentences[sIdx - d].start > offset) d++;
    return d;
  };
}

/** A pronoun that contradicts the subject child's pronouns where the subject is meant. */
export const pronounMismatch: Rule = {
  meta: {
    id: "pronoun-mismatch",
    category: "mix-up",
    description: "A he/she pronoun that does not match the subject child's pronouns where the subject is meant.",
  },
  check(ctx) {
    const subjectGender = pronounGender(ctx.profile.pronouns?.subject);
    if (!subjectGender) return;
    const wanted = ctx.profile.pronouns!;
    const pasted = new Set(ctx.people.pastedNames.flatMap((p) => p.pronouns.map((s) => s.start)));
    for (const p of findMismatches(ctx, subjectGender)) {
      if (pasted.has(p.start)) continue; // reported with its pasted name
      ctx.report({
        start: p.start,
        end: p.end,
        message: `${ctx.profile.subjectName || "The subject child"} uses ${ctx.profile.raw.subject.pronouns}; "${p.word}" here does not match.`,
        severity: "error",
        confidence: 0.7,
        suggestions: [matchCase(p.word, replacementFor(p, wanted))],
        note: "Wrong pronouns in a child's record are hurtful to read later and can show text copied from another child's record.",
        source: "Ofsted, 'Recording: what good looks like' (2019); Leeds one-minute guide on gender identity",
      });
    }
  },
};

function replacementFor(p: Pronoun, set: { subject: string; object: string; possessive: string; reflexive: string }): string {
  if (p.word.toLowerCase() === "hers") return set.possessive === "their" ? "theirs" : set.possessive === "his" ? "his" : "hers";
  switch (p.use) {
    case "subject":
      return set.subject;
    case "object":
      return set.object;
    case "reflexive":
      return set.reflexive;
    default:
      return set.possessive;
  }
}

const matchCase = (original: string, word: string) => (original[0] === original[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word);
