// Who speaks where the sentence grammar of voice.ts does not reach: the speaker turns of minutes and
// transcripts ("Georgia: I want to stay at Nan's"), running notes in shorthand ("m rang, said she is
// worried"), a child's own messages copied into the record, and a letter that answers the parent it is
// written to ("You told me that…"). Each returns the sentences that show the voice.
import type { RuleContext } from "../rule";
import type { Span } from "../text/span";
import { wordRegExp } from "../text/word-boundary";
import { escapeLiteral } from "../text/bounded";
import { lineEnd, titleLinesEnd } from "../text/lines";
import { lowerOf, someWriting } from "./evidence";
import { sameSurname } from "./voice";
import { OBSERVED_PHRASES, phraseSource } from "./lexicon";

export type Speaker = "subject" | "parent" | "other";

// Stop 44 (quality49): the label may carry its person's name in apposition ("Mother, Ms Nadia Roe: attended 4 of 6
// sessions"), as it may in brackets.
const TURN =
  /^[ \t]*(\[?[\p{Lu}][\p{L}'’-]*(?:[ \t][\p{Lu}][\p{L}'’-]*)?\]?)(?:,[ \t]+(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?[ \t]+)?[\p{Lu}][\p{L}'’-]*(?:[ \t][\p{Lu}][\p{L}'’-]*){0,2})?(?:[ \t]*\([^)\n]{1,30}\))?:[ \t]+(["“]?[\p{L}][^\n]*)$/gmu;
// A parent's (or the child's) line in notes or a summary of positions ("Mother (by phone): unhappy with the times, wants
// Saturdays"): one such line is the parent's view when it says what they want, feel or think; a bare
// name ("Mother: Carla Price") is a header field.
const PARENT_LABEL = /^(?:mum|mother|dad|father|parents?|both parents|mother and father|mum and dad)$/i;
const VIEW_WORDS =
  /\b(?:wants?|wanted|would (?:like|prefer|rather)|unhappy|happy|pleased|upset|angry|worried|concerned|relieved|agrees?|agreed|disagrees?|disagreed|accepts?|accepted|opposes?|opposed|supports?|supported|disputes?|denies|denied|feels?|felt|thinks?|thought|believes?|hopes?|says|said|asked|asks|prefers?|does not|doesn't|did not|declined|attended|refused|not happy|content with|in agreement|against|in favour)\b/i;
const PARENT_WORD = /^(?:mum|mummy|mam|mother|dad|daddy|father|m|f)$/i;
// "Sioned Prydderch (Mum)", "Mr Baláž – father", "Mother: Carla Price", "his mother, Mrs Price".
const PARENT_NAMED = [
  /([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)\s*(?:\(|,|–|—|-)\s*(?:[Tt]he\s+|[Hh]is\s+|[Hh]er\s+|[Tt]heir\s+)?(?:[Mm]um|[Mm]other|[Dd]ad|[Ff]ather|[Bb]irth (?:[Mm]other|[Ff]ather))\b(?!['’]s)/gu,
  /\b(?:mother|father|mum|dad)(?!['’]s)\s*:\s*(?:(?:mr|mrs|ms|miss|mx)\.?\s+)?([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)/giu,
  /\b(?:his|her|their|the child's)\s+(?:mother|father|mum|dad),\s+(?:(?:mr|mrs|ms|miss|mx)\.?\s+)?([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?)/giu,
  // "Her mother is Ms Nasima Ahmadi and her father is Mr Rahmatullah Popal."
  /\b(?:his|her|their|the child's)\s+(?:mother|father|mum|dad)\s+is\s+((?:(?:mr|mrs|ms|miss|mx)\.?\s+)?[\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+){0,2})/giu,
].map((re) => wordRegExp(re));
const TITLES = /^(?:mr|mrs|ms|miss|mx|dr)\.?\s+/i;

const PARENT_NAMES = {};

/**
 * Names (lower case, each word) of the subject's parents as the record introduces them. Read by the speaker turns
 * and the relayed views: found once per analysis (four patterns over the whole text).
 */
export function parentNames(ctx: RuleContext): ReadonlySet<string> {
  return ctx.perAnalysis(PARENT_NAMES, () => findParentNames(ctx));
}

function findParentNames(ctx: RuleContext): Set<string> {
  const names = new Set<string>();
  for (const re of PARENT_NAMED) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      const title = TITLES.exec(m[1])?.[0].trim().replace(/\.$/, "").toLowerCase();
      const name = m[1].replace(TITLES, "").toLowerCase();
      names.add(name);
      names.add(name.split(/\s+/)[0]);
      // Minutes use the initials once a person is introduced ("DF: I want to…").
      const words = name.split(/\s+/);
      if (words.length > 1 && words.length <= 3) names.add(words.map((w) => w[0]).join(""));
      // With a title, the family name too ("mr popal"): a titled name cannot be the child's.
      if (title) names.add(`${title} ${name.split(/\s+/).pop()}`);
    }
  }
  return names;
}

function speakerOf(ctx: RuleContext, label: string, parents: ReadonlySet<string>): Speaker {
  const l = label.replace(/[[\]]/g, "").replace(TITLES, "").trim().toLowerCase();
  if (ctx.profile.subjectForms.has(l) || ctx.profile.subjectForms.has(l.split(/\s+/)[0])) return "subject";
  if (PARENT_WORD.test(l) || parents.has(l)) return "parent";
  // A titled speaker sharing the child's family name ("Ms Farrow:") is most likely a parent.
  if (TITLES.test(label.replace(/[[\]]/g, "").trim()) && sameSurname(l.split(/\s+/).pop(), ctx.profile.subjectSurname?.toLowerCase())) return "parent";
  return "other";
}

const TURNS = {};

/** Speaker turns of minutes or a transcript, with who speaks; three turns at least make a transcript. */
export function speakerTurns(ctx: RuleContext): ReadonlyArray<{ speaker: Speaker; span: Span }> {
  // Read by both the child's-voice and the parents'-views checks: found once per analysis.
  return ctx.perAnalysis(TURNS, () => findSpeakerTurns(ctx));
}

function findSpeakerTurns(ctx: RuleContext): Array<{ speaker: Speaker; span: Span }> {
  const raw: Array<{ label: string; span: Span }> = [];
  const labelled: Array<{ speaker: Speaker; span: Span }> = [];
  // The parents' names, read only when a labelled line needs them.
  let parents: ReadonlySet<string> | undefined;
  TURN.lastIndex = 0;
  for (let m = TURN.exec(ctx.text); m; m = TURN.exec(ctx.text)) {
    if (/^(?:purpose|plan|date|time|venue|present|child|address|type|subject|re|from|to|sent|note|notes|action|actions|outcome|decision|agenda)$/i.test(m[1])) continue;
    const start = m.index + m[0].indexOf(m[2]);
    const span = { start, end: start + m[2].length };
    // One labelled line of a parent's or the child's position counts on its own ("Kit (via advocate): wants…"),
    // and so does their own words quoted after their name ('Abena: "I want this plan to end."').
    if (VIEW_WORDS.test(m[2]) || /^["“]/.test(m[2])) {
      const label = m[1].replace(/[[\]]/g, "").toLowerCase();
      if (PARENT_LABEL.test(label)) labelled.push({ speaker: "parent", span });
      else if (ctx.profile.subjectForms.has(label)) labelled.push({ speaker: "subject", span });
      else if ((parents ??= parentNames(ctx)).has(label.replace(TITLES, "").trim()) || parents.has(label)) labelled.push({ speaker: "parent", span });
    }
    // A turn of a transcript opens with a capital ("Georgia: I want…").
    if (/^["“]?\p{Lu}/u.test(m[2])) raw.push({ label: m[1], span });
  }
  if (raw.length < 3) return labelled;
  // Parents' names are read only for a record that is a transcript (the patterns are costly on long text).
  parents ??= parentNames(ctx);
  const names = parents;
  const turns = raw.map((t) => ({ speaker: speakerOf(ctx, t.label, names), span: t.span }));
  const starts = new Set(turns.map((t) => t.span.start));
  return [...turns, ...labelled.filter((l) => !starts.has(l.span.start))];
}

// Running notes in shorthand: "m rang to say…", "mum v upset, said…", "dad declined".
const SHORTHAND_PARENT =
  /(?:^|[.;:\n]\s*|\d\s+)(?:m|f|mum|dad|mother|father|parents?)\s+(?:v\s+|very\s+)?(?:rang|said|says|told|asked|wants|wanted|feels|felt|agreed|disagreed|declined|refused|thinks|thought|worried|upset|angry|happy|attended|came|cancelled|texted|emailed|was\s+(?:worried|upset|angry|tearful))\b/gim;

/** Sentences of running notes where a parent, written in shorthand, speaks or takes part. */
export function shorthandParentViews(ctx: RuleContext): Span[] {
  const lower = lowerOf(ctx);
  const out: Span[] = [];
  SHORTHAND_PARENT.lastIndex = 0;
  for (let m = SHORTHAND_PARENT.exec(lower); m; m = SHORTHAND_PARENT.exec(lower)) {
    const at = m.index + m[0].search(/[a-z]/);
    // "M told his teacher…" in Child M's own record is the child, not the mother in shorthand.
    const word = /^[a-z]+/.exec(lower.slice(at))?.[0] ?? "";
    if (ctx.profile.subjectForms.has(word)) continue;
    if (!ctx.inQuote(at, at + 1)) out.push(ctx.sentenceAt(at));
  }
  return out;
}

// The child's own messages or words copied in: a quote just after the subject and a verb of saying or
// writing ("jax texted sw work mob. copied as sent: "im safe"").
const SAYS_BEFORE_QUOTE = /\b(?:said|says|told|texted|wrote|messaged|replied|asked|shouted|whispered|copied as sent|in (?:her|his|their) (?:own )?words)\b[^"“\n]{0,60}$/i;

// The worker's attempt to reach a parent that met no answer ("Rang Mum at 10am and 2pm, no answer", "Left a voicemail for
// Dad; he did not call back", "No reply from her mother"): the parent's engagement, which Ruling 3 counts ("did not answer
// three calls"), and a worker who could not reach a parent at all ("had been unable to contact mother", as a published review
// puts it). Only the child's own parent by role word, not their possession ("rang Mum's partner").
const PARENT_ROLE = String.raw`(?:(?:his|her|their|the child['’]s|both)\s+)?(?:mum|mummy|mother|dad|daddy|father|parents)(?!['’]s)\b`;
const NO_ANSWER = String.raw`(?:no answer|no reply|no response|not answered|unanswered|went (?:straight )?to (?:voicemail|answerphone)|did not (?:answer|reply|respond|pick up|call back|ring back)|didn['’]t (?:answer|reply|respond|pick up|call back|ring back)|(?:phone|mobile) (?:was |is )?(?:off|switched off|dead|not connected))`;
const UNANSWERED_PARENT = new RegExp(
  String.raw`(?:^|[.;:\n]\s*|\b(?:i|we|sw|worker)\s+)(?:rang|called|phoned|telephoned|texted|messaged|emailed|tried to (?:call|ring|phone|contact|reach|speak to)|attempted to (?:call|ring|phone|contact|reach|visit)|left (?:a )?(?:voicemail|message) for)\s+(?:[a-z-]+\s+){0,2}?${PARENT_ROLE}[^.\n]{0,80}?\b${NO_ANSWER}|\bno (?:answer|reply|response) from ${PARENT_ROLE}|\b(?:(?:unable|not able) to|could not|couldn['’]t) (?:contact|reach|get hold of|make contact with|speak (?:to|with))\s+(?:[a-z-]+['’]s\s+)?${PARENT_ROLE}`,
  "gm",
);

/** Sentences where the worker tried to reach a parent and had no answer. */
export function unansweredParent(ctx: RuleContext): Span[] {
  const lower = lowerOf(ctx);
  const out: Span[] = [];
  UNANSWERED_PARENT.lastIndex = 0;
  for (let m = UNANSWERED_PARENT.exec(lower); m && out.length < 20; m = UNANSWERED_PARENT.exec(lower)) {
    const at = m.index + Math.max(0, m[0].search(/[a-z]/));
    if (!ctx.inQuote(at, at + 1)) out.push(ctx.sentenceAt(at));
  }
  return out;
}

// The child as the subject of a verb phrase joined by "and" to the verb of saying ("Sana came home from contact and
// told her, "…""): the clause opens with the child's name (at the sentence's start or after a clause word), and the
// words between are lower case with no other person in them, so no one else can be the subject of the saying.
const CLAUSE_OPENING = String.raw`(?:^|[.;:!?]\s+|\b(?:said|says|told\s+(?:me|us|her|him|them)|that|when|then|and|but)\s+)`;
const ANOTHER_SUBJECT =
  /\b(?:i|we|you|he|she|they|who|mum|mummy|mam|mother|dad|daddy|father|parents?|carers?|nan|nana|grandma|grandad|brother|sister|teacher|staff|worker|someone|everyone|nobody|somebody)\b/;
const SAYS_AFTER_AND = /\sand\s+(?:then\s+)?(?:said|says|told|asked|replied|shouted|whispered|wrote|texted)\b[^"“\n]{0,40}$/iu;
function coordinatedSubject(formSource: string): RegExp {
  return new RegExp(
    CLAUSE_OPENING +
      formSource +
      String.raw`(?!['’])((?:\s+[a-z][a-z'’-]*){1,8})\s+and\s+(?:then\s+)?(?:said|says|told|asked|replied|shouted|whispered|wrote|texted)\b[^"“\n]{0,40}$`,
    "iu",
  );
}

/** True when the verb of saying before the quote at `at` shares its subject with a verb phrase the child opens in its sentence. */
function sharedSubject(ctx: RuleContext, at: number, re: RegExp): boolean {
  const sentence = ctx.sentenceAt(Math.max(0, at - 1));
  const lead = ctx.text.slice(Math.max(sentence.start, at - 160), at);
  // The pattern is compiled per child, so V8 first runs it interpreted: a fixed pattern for its closing words (", and
  // said …" at the lead's end, which every match needs) passes over most leads before it is tried.
  if (!SAYS_AFTER_AND.test(lead)) return false;
  const m = re.exec(lead);
  // The profile's names are held lower-cased, so the pattern ignores case: a capital between is another name.
  return m !== null && !/\p{Lu}/u.test(m[1]) && !ANOTHER_SUBJECT.test(m[1]);
}

/** True when the sentence holding `at` opens with one of the child's names as its subject (not "Oakley's form"), before `at`. */
function childOpensSentence(ctx: RuleContext, at: number, opens: RegExp): boolean {
  const sentence = ctx.sentenceAt(at);
  if (sentence.start >= at) return false;
  return opens.test(ctx.text.slice(sentence.start, Math.min(at, sentence.start + 80)));
}

export function subjectQuotes(ctx: RuleContext): Span[] {
  const out: Span[] = [];
  const forms = [...ctx.profile.subjectForms].filter((f) => f.length >= 2);
  if (forms.length === 0) return out;
  const formSource = `\\b(?:${forms.map(escapeLiteral).join("|")})\\b`;
  // Compiled once for all the quotes, not once per quote, and only when a quote needs it (a new source per
  // child is compiled anew: most records have no quote that asks).
  let named: RegExp | undefined;
  let opens: RegExp | undefined;
  let coordinated: RegExp | undefined;
  for (const q of ctx.quotes) {
    const before = ctx.text.slice(Math.max(0, q.start - 120), q.start);
    const say = SAYS_BEFORE_QUOTE.exec(before);
    if (!say) {
      // Words introduced by a colon in a sentence whose subject is the child ("Oakley filled in the form
      // themself: "…""): what follows the colon is theirs.
      if (!/:\s*["“]?$/.test(before)) continue;
      opens ??= new RegExp(String.raw`^[\s\-–•*]*(?:${formSource})(?![\p{L}'’-])(?!\s*:)`, "iu");
      if (childOpensSentence(ctx, q.start, opens)) out.push(q);
      continue;
    }
    // The subject is the one saying it: named shortly before the verb, with no other speaker between.
    // The subject is the grammatical subject of the verb: named within the three words before it.
    const lead = before.slice(Math.max(0, say.index - 40), say.index);
    const tail = /(\S+)(?:\s+\S+){0,3}\s*$/.exec(lead.trimEnd() + " ")?.[0] ?? "";
    named ??= new RegExp(formSource + String.raw`(?!['’]s)(?:\s+\S+){0,3}\s*$`, "i");
    if (named.test(lead) && !/['’]s\b/.test(tail)) out.push(q);
    else if (sharedSubject(ctx, q.start, (coordinated ??= coordinatedSubject(formSource)))) out.push(q);
  }
  return out;
}

// A parent's own words quoted straight after them, with no verb ("In her own words, Mum 'just wants a break'",
// "Dad: "I'm not giving up"", "Both parents – 'we were never told'"): the quote is theirs.
// The parent opens its clause (after a sentence or clause mark), so it is the one speaking, not an object
// ("sharing her parents "is mostly fine"" is the child's words about them).
const PARENT_BEFORE_QUOTE =
  /(?:^|[.;:,!?()\n–—]\s*)(?:(?:his|her|their|the|both)\s+)?(?:mum|mummy|mam|mother|dad|daddy|father|parents|mum and dad)(?:\s+(?:just|only|simply|still|also|really|again))?\s*[,:–—-]?\s*$/iu;

export function parentQuotes(ctx: RuleContext): Span[] {
  const out: Span[] = [];
  for (const q of ctx.quotes) {
    const before = ctx.text.slice(Math.max(0, q.start - 40), q.start);
    if (!PARENT_BEFORE_QUOTE.test(before)) continue;
    out.push(ctx.sentenceAt(q.start));
    if (out.length >= 20) break;
  }
  return out;
}

// A letter answering the parent it is written to: "Dear Ms Ackroyd," … "You told me that…".
const ADDRESSED_ADULT = /^[ \t]*dear\s+(?:mr|mrs|ms|miss|mx)\.?\s+\p{Lu}/imu;
const YOU_SAID = /\byou\s+(?:told|said|asked|explained|agreed|want|wanted|feel|felt|think|thought|were\s+worried|are\s+worried|would\s+like|came|attended|declined)\b/gi;

// A summary written to a parent with no greeting, its title naming them ("Assessment summary for Ms Kerr", "Plan for
// Mum and Dad"): a titled adult of the child's family name, or the parents by role.
const FOR_PARENT = /\b(?:for|to)\s+(?:(?:mr|mrs|ms|miss|mx)\.?\s+(\p{Lu}[\p{L}'’-]+)|(?:mum|dad|mother|father|parents)\b)/iu;

function titledForParent(ctx: RuleContext): number | undefined {
  const m = FOR_PARENT.exec(ctx.text.slice(0, titleLinesEnd(ctx.text, HEAD_LINES, TITLE_CHARS)));
  if (!m || (m[1] !== undefined && !sameSurname(m[1].toLowerCase(), ctx.profile.subjectSurname?.toLowerCase()))) return undefined;
  // The body starts after the title's line.
  return lineEnd(ctx.text, m.index);
}

export function letterToParentViews(ctx: RuleContext): Span[] {
  const head = ctx.text.slice(0, 1500);
  const letter = (ctx.kind === "email" || ctx.kind === "letter-to-child" || ctx.kind === "unknown") && (ADDRESSED_ADULT.test(head) || addressedToFamily(ctx, head));
  const from = letter ? 0 : ANY_GREETING.test(head) ? undefined : titledForParent(ctx);
  if (from === undefined) return [];
  const out: Span[] = [];
  YOU_SAID.lastIndex = from;
  for (let m = YOU_SAID.exec(ctx.text); m; m = YOU_SAID.exec(ctx.text)) if (!ctx.inQuote(m.index, m.index + 1) || letter) out.push(ctx.sentenceAt(m.index));
  return out;
}

// "Dear Danielle," to the child's family by first name: the address block names her in full with the child's
// family name ("Ms Danielle Ward" in a letter about Chester Ward).
const GREETING = /^[ \t]*[Dd]ear\s+(?!(?:Mr|Mrs|Ms|Miss|Mx|Dr)\b\.?)([\p{Lu}][\p{L}'’-]*)[ \t]*(?:[,!:]|$)/mu;

function addressedToFamily(ctx: RuleContext, head: string): boolean {
  const g = GREETING.exec(head);
  const surname = ctx.profile.subjectSurname;
  if (!g || !surname || ctx.profile.subjectForms.has(g[1].toLowerCase())) return false;
  return new RegExp(`(?<![\\p{L}])${escapeLiteral(g[1])}\\s+${escapeLiteral(surname)}(?![\\p{L}])`, "iu").test(head);
}

// A letter or record written to the child ("Dear Sam," … "You told me that you miss your dog"): "you" is
// the child, so what "you" said, wanted or felt is the child's own voice, in the writer's retelling.
// The greeting may run on into the letter's first sentence ("Dear Kayleigh, this summary was written to go with your file.").
const ADDRESSED_BY_NAME =
  /^[ \t]*(?:(?:dear|hello|hi)\s+(?!(?:mr|mrs|ms|miss|mx|dr)\b\.?)([\p{Lu}][\p{L}'’-]*)[ \t]*(?:[,!:]|$)|to\s+(?!(?:mr|mrs|ms|miss|mx|dr)\b\.?)([\p{Lu}][\p{L}'’-]*)[ \t]*[,!:]?[ \t]*$)/imu;
// What "you" said or felt: past speech, stated wishes and feelings; not "you can tell me", "whenever you want".
const YOU_VOICED =
  /\byou\s+(?:also\s+|really\s+|still\s+|clearly\s+)?(?:told|said|say|asked|explained|described|wrote|drew|showed\s+me|shared|mentioned|talked\s+about|spoke\s+about|wanted|want\s+(?:to|me|us|your)|do\s+not\s+want|don['’]t\s+want|did\s+not\s+want|didn['’]t\s+want|would\s+like|would\s+rather|would\s+prefer|were\s+(?:worried|scared|frightened|upset|sad|happy|angry|excited)|are\s+(?:worried|scared|frightened|upset|sad|happy|angry|excited)|felt|feel|miss|missed|love|loved|like\s+(?:living|being|going|seeing|it|your|the)|liked|hate|hated|enjoy|enjoyed|hope|hoped|wish|wished|chose|agreed|disagreed|nodded|smiled|cried)\b/gi;
// What "you" were seen to do, from the same list as a child observed in the third person ("you reached for",
// "you laughed", "you pushed the book away"): in a letter to a young child, the writer's memory of them.
const YOU_OBSERVED = new RegExp(String.raw`\byou\s+(?:also\s+|always\s+|often\s+|just\s+|were\s+)?${phraseSource(OBSERVED_PHRASES)}(?![\p{L}])`, "giu");
// The child's own first words and favourite things, given with the possessive ("your first word was", "your favourite
// thing was the swings"): what the child said or chose.
const YOUR_OWN = /\byour\s+(?:very\s+)?(?:first\s+words?|favou?rite)\b/gi;
// A word before "you" that makes it a condition, an offer or a possibility, not something the child did.
const NOT_VOICED_BEFORE = /\b(?:if|whenever|when|whatever|wherever|anything|anyone|everything|else|can|could|may|might|will|would|should|to|in\s+case|unless|hope|and\s+if)\s*$/i;

// A record written to the child with no greeting at all ("Visit to Tomas, 14 October" … "You showed me your den"), as
// more services now record: the child is named in the title lines and hardly again, and "you" runs through the body.
// A record written to a parent names the child in the body ("You said you would like help with Ava's sleep"), and an
// email or a letter greets whoever it is for.
const ANY_GREETING = /^[ \t]*(?:dear|hello|hi)\b/im;
const TO_CHILD_KINDS = new Set(["visit-record", "case-note", "letter-to-child"]);
const YOU = /\byou\b/gi;
// A record's title lines: up to four short lines before its first line of prose.
const HEAD_LINES = 4;
const TITLE_CHARS = 100;

function writtenToChild(ctx: RuleContext): { index: number } | undefined {
  if (!TO_CHILD_KINDS.has(ctx.kind) || ANY_GREETING.test(ctx.text.slice(0, 2000))) return undefined;
  const named = ctx.people.all.filter((m) => m.role === "subject");
  // The child named in the title lines, and hardly again in the body after that line.
  if (named.length === 0 || named[0].start >= titleLinesEnd(ctx.text, HEAD_LINES, TITLE_CHARS)) return undefined;
  const end = lineEnd(ctx.text, named[0].start);
  if (named.filter((m) => m.start >= end).length > 1) return undefined;
  const sentences = new Set<number>();
  YOU.lastIndex = 0;
  for (let m = YOU.exec(ctx.text); m && sentences.size < 3; m = YOU.exec(ctx.text)) {
    if (m.index >= end && !ctx.inQuote(m.index, m.index + 1)) sentences.add(ctx.sentenceAt(m.index).start);
  }
  return sentences.size >= 3 ? { index: end } : undefined;
}

export function letterToChildVoice(ctx: RuleContext): Span[] {
  const forms = ctx.profile.subjectForms;
  if (forms.size === 0) return [];
  const greeted = ADDRESSED_BY_NAME.exec(ctx.text.slice(0, 2000));
  const addressed = greeted && forms.has((greeted[1] ?? greeted[2]).toLowerCase()) ? greeted : greeted ? undefined : writtenToChild(ctx);
  if (!addressed) return [];
  const out: Span[] = [];
  for (const re of [YOU_VOICED, YOU_OBSERVED, YOUR_OWN]) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
      if (m.index < addressed.index) continue;
      if (NOT_VOICED_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 20), m.index))) continue;
      if (ctx.inQuote(m.index, m.index + 1)) continue;
      out.push(ctx.sentenceAt(m.index));
      if (out.length >= 20) return out;
    }
  }
  return out;
}

// The child's account relayed with a noun or a phrase rather than a verb: "According to Priya, …",
// "Priya's view is that…", "In Priya's own words, …", "Tomasz's wishes are…" (issue 12, F10).
const RELAY_NOUNS =
  "views?|voice|wish(?:es)?|words|account|feelings|wishes and feelings|hopes?|worr(?:y|ies)|answer|reply|choice|preference|request|message|explanation|description|version|response|reaction|comments?|drawing|scaling";

const ABSENT_BEFORE = /\b(?:(?:absence|lack|loss|silencing|no\s+(?:record|note|mention|account|sign))\s+of|without|no|not)\s+(?:the\s+)?$/i;

// What follows the child's name in each shape: "Priya's first words", "Priya's view is…", "in Priya's own words".
const FIRST_OR_FAVOURITE = String.raw`['’]s\s+(?:very\s+)?(?:first\s+words?|favou?rite\s+(?:[a-z]+\s+){0,3}(?:is|are|was|were))\b`;
const RELAY_NOUN_STATED = String.raw`['’]s?\s+(?:own\s+)?(?:${RELAY_NOUNS})(?:\s*,[^,.;:\n]{1,40},)?(?:\s+(?:is|are|was|were|remains?|remained|showed|shows|said|says)|\s*:)`;
const OWN_WORDS = String.raw`['’]s?\s+(?:own\s+)?words\b`;
// Cheap first pass, compiled once (not per child): each shape without the name. The pattern with the names is
// built only for a record where one of them is found (few are).
const RELAYED_WITHOUT_NAME = new RegExp(String.raw`\baccording\s+to\s|${FIRST_OR_FAVOURITE}|${RELAY_NOUN_STATED}|${OWN_WORDS}`, "i");

// What every shape has straight after the name (the according-to shape a comma), tried at the end of each of the
// record's writings of a name: where none follows one, the pattern with the names can match nowhere and is not compiled.
const AFTER_NAME = new RegExp(String.raw`\s*,|${FIRST_OR_FAVOURITE}|${RELAY_NOUN_STATED}|${OWN_WORDS}`, "iy");
const PLAIN_ASCII = /^[ -~]*$/;

/**
 * False only when no writing of a form is followed by a shape. Under the i flag without u an ASCII letter matches its
 * two ASCII cases alone, so lowerOf (offsets kept) holds every place an ASCII form could match; other forms answer true.
 */
function shapeAfterName(ctx: RuleContext, forms: readonly string[]): boolean {
  if (!forms.every((f) => PLAIN_ASCII.test(f))) return true;
  return someWriting(lowerOf(ctx), forms, (at, f) => {
    AFTER_NAME.lastIndex = at + f.length;
    return AFTER_NAME.test(ctx.text);
  });
}

export function relayedChildVoice(ctx: RuleContext): Span[] {
  const forms = [...ctx.profile.subjectForms].filter((f) => f.length >= 2);
  if (forms.length === 0 || !RELAYED_WITHOUT_NAME.test(ctx.text) || !shapeAfterName(ctx, forms)) return [];
  const name = `(?:${forms.map(escapeLiteral).join("|")})`;
  const re = new RegExp(
    String.raw`\baccording\s+to\s+${name}\s*,|\b${name}${FIRST_OR_FAVOURITE}|\b${name}${RELAY_NOUN_STATED}(?!\s*(?:not|never|unknown|unclear|still\s+unknown|yet\s+to|to\s+be)\b|\s*(?:(?:fully|already|separately)\s+)?(?:set\s+out|recorded|given|summarised|summarized|described|included|attached|contained|covered|reported|available|noted|found)\s+(?:in|within|elsewhere|separately|on|at)\b)|\bin\s+${name}${OWN_WORDS}`,
    "gi",
  );
  const out: Span[] = [];
  for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
    if (ctx.inQuote(m.index, m.index + 1)) continue;
    // The child's voice named as missing: "The absence of Jordan's voice is the central finding", "without Ava's
    // views", "no record of Sam's wishes": a noun of absence or a negation governs it, so nothing of it is given.
    if (ABSENT_BEFORE.test(ctx.text.slice(Math.max(0, m.index - 40), m.index))) continue;
    out.push(ctx.sentenceAt(m.index));
    if (out.length >= 20) break;
  }
  return out;
}

// A parent's position relayed with a noun: "Mr Popal's wish for the children to return", "Mum's view is that…",
// "the father's account was…" (FORMAT.md Ruling 3: a parent's own views, wishes, worries or account).
const PARENT_RELAY_NOUNS =
  "views?|wish(?:es)?|account|position|hopes?|worr(?:y|ies)|concerns?|request|preference|proposal|objection|opposition|response|reply|comments?|reaction|thoughts|perspective|opinion|feelings|words";
const PARENT_POSSESSOR = "(?:mum|mummy|mam|mother|dad|daddy|father|parents|birth parents|stepdad|stepmum|stepfather|stepmother)";

// Nouns that name a party's position only when they state it: "the mother's case is that…", "It is the
// father's evidence that…", "Mum's plan is to…" (not "the mother's case was heard", "the father's evidence").
const PARENT_STATED_NOUNS = "case|evidence|submissions?|stance|argument|contention|complaint|plan|aim|intention|belief|understanding|recollection|explanation";
// Cheap first pass: a possessive followed by one of the nouns; the possessor is checked only where one is found.
// A pointer to where the views are given, not the views: "The parents' views are set out in the parenting
// assessment", "Mum's account is recorded separately".
const POINTER = String.raw`\s+(?:is|are|was|were|have\s+been|has\s+been|will\s+be|can\s+be)\s+(?:(?:fully|already|separately)\s+)?(?:set\s+out|recorded|given|summarised|summarized|described|included|attached|contained|covered|reported|available|noted|found)\s+(?:in|within|elsewhere|separately|on|at)\b`;
// How a parent took part, as a noun (Ruling 3: engagement in any form): "Mum's attendance at contact has been
// poor", "the father's engagement with the plan". Saying it was poor or missing is engagement too.
// Not "involvement", which is as often a part in an incident ("Dad's involvement in the assault").
const ENGAGEMENT_NOUNS = "attendance|engagement|commitment|co-?operation|participation";
const RELAY_NOUN_AFTER_POSSESSIVE = new RegExp(
  String.raw`['’]s?\s+(?:own\s+|clear\s+|stated\s+|strong\s+|consistent\s+|primary\s+|main\s+)?(?:(?:${ENGAGEMENT_NOUNS})\s+(?:at|in|with|to|has|have|had|was|were|is|are|remains?|remained|since|throughout|over|during|so)\b|(?:${PARENT_RELAY_NOUNS})\b(?!\s+(?:is|are|was|were|have|has|had)\s+(?:not|never|unknown|unclear|yet)\b|${POINTER})|(?:${PARENT_STATED_NOUNS})(?=\s*:|\s+that\b|\s+(?:is|was|remains|has\s+(?:always\s+)?been|had\s+been)\s+(?:that|to|for|clear|consistent)\b))`,
  "g",
);
const ROLE_POSSESSOR = new RegExp(String.raw`\b${PARENT_POSSESSOR}$`);
const NAME_POSSESSOR = /(?:\b(mr|mrs|ms|miss|mx)\.?\s+)?([\p{L}'’-]+)$/u;

// The same engagement with a verb of showing before the noun: "Your father showed little commitment to contact",
// "Mum has shown real interest in the course", "Dad demonstrated no willingness to work with us".
const SHOWED_ENGAGEMENT = new RegExp(
  String.raw`\b${PARENT_POSSESSOR}\s+(?:has\s+|had\s+|have\s+)?(?:(?:not|never|always|consistently|repeatedly)\s+)?(?:showed|shown|shows|show|demonstrated|demonstrates|displayed|displays)\s+(?:(?:very\s+)?(?:little|no|some|real|good|great|consistent|limited|much|any|a\s+lot\s+of|more|less|clear|genuine|strong|an?)\s+)?(?:${ENGAGEMENT_NOUNS}|interest|willingness|motivation)\s+(?:to|in|with|for)\b`,
  "g",
);

export function relayedParentViews(ctx: RuleContext): Span[] {
  const out: Span[] = [];
  SHOWED_ENGAGEMENT.lastIndex = 0;
  for (let m = SHOWED_ENGAGEMENT.exec(lowerOf(ctx)); m; m = SHOWED_ENGAGEMENT.exec(lowerOf(ctx))) {
    // Someone else's parent ("Lacey's father showed…") is not the child's.
    const owner = /([\p{L}'’-]+)['’]s?\s*$/u.exec(ctx.text.slice(Math.max(0, m.index - 30), m.index))?.[1]?.toLowerCase();
    if (ctx.inQuote(m.index, m.index + 1) || (owner !== undefined && !ctx.profile.subjectForms.has(owner))) continue;
    out.push(ctx.sentenceAt(m.index));
  }
  const lower = lowerOf(ctx);
  let parents: ReadonlySet<string> | undefined;
  RELAY_NOUN_AFTER_POSSESSIVE.lastIndex = 0;
  for (let m = RELAY_NOUN_AFTER_POSSESSIVE.exec(lower); m; m = RELAY_NOUN_AFTER_POSSESSIVE.exec(lower)) {
    if (ctx.inQuote(m.index, m.index + 1)) continue;
    const before = lower.slice(Math.max(0, m.index - 40), m.index);
    let isParent = ROLE_POSSESSOR.test(before);
    if (!isParent) {
      const named = NAME_POSSESSOR.exec(before);
      if (named) {
        parents ??= parentNames(ctx);
        const word = named[2];
        // A titled family name ("Mr Popal") cannot be the child; a bare name must not be one of the child's.
        // A titled name sharing the child's family name is most likely a parent's ("Ms Farrow's position").
        isParent = named[1]
          ? parents.has(`${named[1]} ${word}`) || parents.has(word) || sameSurname(word, ctx.profile.subjectSurname?.toLowerCase())
          : parents.has(word) && !ctx.profile.subjectForms.has(word);
      }
    }
    if (!isParent) continue;
    out.push(ctx.sentenceAt(m.index));
    if (out.length >= 20) break;
  }
  return out;
}
