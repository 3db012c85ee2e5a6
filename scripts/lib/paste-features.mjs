// Features of the constructions gold pasted names and other children's names sit in (scripts/paste-features.mjs),
// as values from a fixed vocabulary: never a span's text or a name, so a not-read set can be counted.
import { insideQuote } from "./miss-classes.mjs";

export const overlaps = (a, b) => a.start < b.end && b.start < a.end;

/**
 * Whether a row's feature values hold a conjunction written "feature=value&feature=value|other value" (a term holds
 * when the row's value is one of its |-separated values). An unknown feature never holds.
 */
export const crossHolds = (cross, vector) =>
  cross.split("&").every((term) => {
    const eq = term.indexOf("=");
    if (eq < 0) throw new Error(`--cross term without "=": ${term}`);
    return term
      .slice(eq + 1)
      .split("|")
      .includes(vector[term.slice(0, eq).trim()]);
  });
const NAME = /^[A-Z][\p{L}'’-]+(?: [A-Z][\p{L}'’-]+)?$/u;
const NOT_A_NAME_WORD = /\b(?:School|Primary|Academy|College|Nursery|Road|Street|Lane|Avenue|Close|Court|High|Centre|Unit|House)\b/;
const PRONOUN = /\b(she|her|hers|herself|he|him|his|himself)\b/gi;
const sexOfPronoun = (p) => (/^(she|her|hers|herself)$/i.test(p) ? "f" : "m");
const KIN = /\b(?:brother|sister|sibling|siblings|half[- ]brother|half[- ]sister|step[- ]?brother|step[- ]?sister|twin|cousin|son|daughter|baby|nephew|niece)\b/i;
const PREPOSITION = /\b(?:to|with|for|from|about|of|by|at|on|in|towards|against|between|like|than|without|and\s+with)\s+$/i;
const REPORTING =
  /\b(?:said|says|told|tells|reported|reports|stated|states|explained|explains|shared|described|describes|confirmed|confirms|noted|notes|added|adds|asked|asks|feels|felt|thinks|thought|believes|believed)\s+(?:that\s+)?$/i;
const CONJUNCTION = /\b(?:and|but|or|so|that|when|whenever|while|whilst|because|as|although|though|if|once|until|since|after|before)\s+$/i;
const POSSESSIVE_DET = /\b(?:his|her|their|my|your|our)\s+(?:[\p{L}-]+\s+)?$/iu;
const DATE_LINE = /^\s*(?:\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+(?:\s+\d{4})?|\d{4}-\d{2}-\d{2}|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)/;
const LIST_LINE = /^\s*(?:[-•*·▪◦–]|\d{1,2}[.)]\s|\(?[a-z]\)\s|\(?[ivx]+\)\s)/;
const VIEWS = /\b(?:wish|wishes|feelings?|views?|voice|said|says|told|in (?:his|her|their) own words|what .* (?:said|told|wants)|child['’]s|young person['’]s|lived experience)\b/i;
const ANALYSIS =
  /\b(?:analysis|assessment|risk|risks|evaluation|conclusions?|summary|impact|strengths|concerns|worries|what we are worried|what['’]s working|professional (?:view|opinion))\b/i;
const PLAN = /\b(?:plan|plans|actions?|next steps?|recommendations?|outcomes?|agreed|agreements?|decisions?|tasks?|to do|contingency)\b/i;

/** Sentence spans: ends at . ! ? followed by space, or at a line break. */
function sentences(plain) {
  const out = [];
  let start = 0;
  const re = /[.!?]+["”’)]*(?=\s)|\n+/g;
  for (let m = re.exec(plain); m; m = re.exec(plain)) {
    const end = m.index + m[0].length;
    if (plain.slice(start, end).trim()) out.push({ start, end });
    start = end;
  }
  if (plain.slice(start).trim()) out.push({ start, end: plain.length });
  return out;
}
const lineAt = (plain, at) => {
  const s = plain.lastIndexOf("\n", at - 1) + 1;
  const e = plain.indexOf("\n", at);
  return { start: s, end: e < 0 ? plain.length : e };
};
/** A heading line: short, not ending like a sentence (or ending with a colon), or numbered "3. Health". */
function isHeading(line) {
  const t = line.trim();
  if (!t || t.length > 70) return false;
  if (/:$/.test(t)) return true;
  if (/^(?:\d+(?:\.\d+)*\.?|Section\s+\d+[:.]?)\s+[A-Z][^.!?]*$/.test(t)) return true;
  return /^[A-Z][^.!?]*$/.test(t) && t.split(/\s+/).length <= 8 && !/[,;]\s/.test(t);
}

function subjectForms(profile) {
  const s = profile?.subject ?? {};
  const forms = new Set();
  for (const f of [s.name, ...(s.aliases ?? [])].filter(Boolean)) for (const w of String(f).split(/\s+/)) if (/^[A-Z]/.test(w)) forms.add(w);
  return forms;
}
const subjectSex = (profile) => {
  const p = String(profile?.subject?.pronouns ?? "").toLowerCase();
  return /^she\b/.test(p) ? "f" : /^he\b/.test(p) ? "m" : "u";
};
/** The sex a kin word next to the name gives ("his sister Mia", "Mia, her brother"), when the lexicon has none. */
function kinSex(plain, given) {
  const re = new RegExp(
    `\\b(brother|son|nephew|sister|daughter|niece)\\W+(?:\\w+\\W+)?${given}\\b|\\b${given}\\W+(?:\\(\\d+\\)\\W*)?(?:(?:his|her|their|the)\\s+)?(?:\\w+\\s+)?(brother|son|nephew|sister|daughter|niece)\\b`,
    "i",
  );
  const m = re.exec(plain);
  if (!m) return undefined;
  return /^(brother|son|nephew)$/i.test(m[1] ?? m[2]) ? "m" : "f";
}
const bucket = (n) => (n === undefined ? "none" : n === 0 ? "0" : n === 1 ? "1" : n <= 3 ? "2-3" : "4+");

/** Every feature of one name span, as { feature: value } with values from a fixed vocabulary. */
function features(doc, plain, spans, sents, span, nameGender) {
  const f = {};
  const given = span.text.split(/\s+/)[0].replace(/['’]s$/, "");
  const si = sents.findIndex((s) => s.start <= span.start && span.start < s.end);
  const sent = sents[si] ?? { start: span.start, end: span.end };
  const lead = plain.slice(sent.start, span.start);
  const leadWords = lead
    .replace(/^[\s\d/.:()–—-]+/, "")
    .trim()
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w));
  f.position = !leadWords.length ? "opens sentence" : leadWords.length <= 3 ? "after <=3 words" : "later";
  // What follows the name.
  const after = plain.slice(span.end, span.end + 40);
  f.follows = /^['’]s?\b/.test(after)
    ? "'s"
    : /^\s*[,;:.!?()–—-]/.test(after)
      ? "punctuation"
      : /^\s+(?:and|or)\s/.test(after)
        ? "and/or"
        : /^\s+(?:is|was|has|had|will|would|can|could|should|may|might|does|did|do|are|were|have)\b/.test(after)
          ? "auxiliary"
          : /^\s+[a-z]+(?:s|ed)\b/.test(after)
            ? "verb (-s/-ed)"
            : /^\s+[a-z]/.test(after)
              ? "other lower-case"
              : "other";
  // What precedes it.
  f.precedes = !lead.trim()
    ? "nothing (sentence start)"
    : /[:–—-]\s*$/.test(lead)
      ? "label colon/dash"
      : /,\s*$/.test(lead) && /,[^,]*,\s*$|\band\s*$/.test(lead)
        ? "list comma"
        : /,\s*$/.test(lead)
          ? "comma"
          : REPORTING.test(lead)
            ? "reporting verb"
            : PREPOSITION.test(lead)
              ? "preposition"
              : CONJUNCTION.test(lead)
                ? "conjunction"
                : POSSESSIVE_DET.test(lead)
                  ? "possessive"
                  : "other";
  // Gendered pronouns: the rest of the sentence after the name, then the next sentence.
  const subj = subjectSex(doc.profile);
  const lexSex = nameGender(given);
  const named = lexSex && lexSex !== "u" ? lexSex : (kinSex(plain, given) ?? "u");
  const pronounFit = (text) => {
    PRONOUN.lastIndex = 0;
    const q = PRONOUN.exec(text);
    if (!q) return "none";
    const sx = sexOfPronoun(q[1]);
    if (subj === "u" || named === "u") return sx === subj ? "subject's (named sex unknown)" : "not subject's (named sex unknown)";
    if (subj === named) return sx === subj ? "both (same sex)" : "neither";
    return sx === subj ? "subject's only" : "named child's only";
  };
  f["pronoun same sentence"] = pronounFit(plain.slice(span.end, sent.end));
  const next = sents[si + 1];
  f["pronoun next sentence"] = next ? pronounFit(plain.slice(next.start, next.end)) : "none";
  f["sexes"] = subj === "u" || named === "u" ? "unknown" : subj === named ? "same" : "different";
  // Subject mentions (gold sc).
  const sc = spans.filter((s) => s.tag === "sc");
  f["subject in same sentence"] = sc.some((s) => s.start >= sent.start && s.start < sent.end) ? "yes" : "no";
  const sentOf = (at) => sents.findIndex((s) => s.start <= at && at < s.end);
  const scIdx = sc.map((s) => sentOf(s.start));
  const beforeIdx = scIdx.filter((k) => k < si);
  const afterIdx = scIdx.filter((k) => k > si);
  f["sentences back to subject"] = bucket(beforeIdx.length ? si - Math.max(...beforeIdx) : undefined);
  f["sentences on to subject"] = bucket(afterIdx.length ? Math.min(...afterIdx) - si : undefined);
  // The line and the heading above it.
  const line = lineAt(plain, span.start);
  const lineText = plain.slice(line.start, line.end);
  f["line"] = DATE_LINE.test(lineText)
    ? "chronology/dated row"
    : /\t|\|/.test(lineText)
      ? "table row"
      : LIST_LINE.test(lineText)
        ? "list item"
        : isHeading(lineText)
          ? "heading itself"
          : "prose";
  let heading;
  for (let at = line.start - 1; at > 0;) {
    const l = lineAt(plain, at - 1);
    const t = plain.slice(l.start, l.end);
    if (t.trim() && isHeading(t)) {
      heading = t;
      break;
    }
    // Stop at a blank line followed by prose (a paragraph break without a heading): look at most 6 lines up.
    at = l.start - 1;
    if (plain.slice(0, line.start).split("\n").length - plain.slice(0, l.start).split("\n").length > 6) break;
  }
  const inlineLabel = /^\s*(?:\d+(?:\.\d+)*\.?\s+)?([A-Z][^.:!?]{1,50}):\s/.exec(lineText);
  const head = heading ?? (inlineLabel && inlineLabel.index + inlineLabel[0].length <= span.start - line.start ? inlineLabel[1] : undefined);
  const forms = subjectForms(doc.profile);
  f["heading"] = !head
    ? "none"
    : [...forms].some((w) => new RegExp(`\\b${w}\\b`).test(head))
      ? "names the subject"
      : VIEWS.test(head)
        ? "views/wishes"
        : PLAN.test(head)
          ? "plan/actions"
          : ANALYSIS.test(head)
            ? "analysis"
            : "other topic";
  f["kind"] = doc.kind ?? "none";
  // The named child's other mentions and how they were introduced.
  const re = new RegExp(`\\b${given.replace(/[^\p{L}'’-]/gu, "")}\\b`, "gu");
  let others = 0;
  let kin = false;
  let age = false;
  for (const m of plain.matchAll(re)) {
    if (m.index !== span.start) others++;
    const around = plain.slice(Math.max(0, m.index - 30), m.index + given.length + 30);
    if (KIN.test(around)) kin = true;
    if (
      /^[\s\S]{0,3}(?:\(\s*(?:aged?\s*)?\d{1,2}\b|,\s*(?:aged?\s+)?\d{1,2}\s*(?:,|years?)|\s+aged?\s+\d|,?\s+\d{1,2}-year-old)/i.test(
        plain.slice(m.index + m[0].length, m.index + m[0].length + 20),
      )
    )
      age = true;
  }
  f["other mentions of the name"] = bucket(others);
  f["introduced with kin/age"] = kin && age ? "kin and age" : kin ? "kin word" : age ? "age" : "neither";
  f["quoted"] = insideQuote(plain, Math.max(0, sent.start - 200), span.start) ? "yes" : "no";
  // The paragraph (text between blank lines or line breaks) around the name.
  const paraStart = plain.lastIndexOf("\n", span.start - 1) + 1;
  const paraEndAt = plain.indexOf("\n", span.end);
  const paraEnd = paraEndAt < 0 ? plain.length : paraEndAt;
  const inPara = (s) => s.start >= paraStart && s.start < paraEnd && s.start !== span.start;
  f["subject in paragraph"] = sc.some(inPara) ? "yes" : "no";
  f["named child again in paragraph"] = [...plain.slice(paraStart, paraEnd).matchAll(re)].length > 1 ? "yes" : "no";
  f["other child named in sentence"] = spans.some(
    (s) => (s.tag === "oc" || s.tag === "mix") && NAME.test(s.text) && s.start !== span.start && s.start >= sent.start && s.start < sent.end,
  )
    ? "yes"
    : "no";
  f["kin word next to name"] = KIN.test(plain.slice(Math.max(sent.start, span.start - 25), Math.min(sent.end, span.end + 25))) ? "yes" : "no";
  f["fact in sentence"] = factsIn(plain.slice(span.end, sent.end));
  f["subject's predicate echoed"] = predicateEcho(plain, spans, sents, si, span, given);
  // (stop 39) The name as the bare subject of its sentence: opening it (or after <= 3 words), a verb or auxiliary after
  // it, with no kin word, no age, and no other child in the sentence: nothing in the sentence says who the child is.
  f["bare subject of sentence"] =
    f.position !== "later" &&
    /auxiliary|verb|'s|other lower-case/.test(f.follows) &&
    f["kin word next to name"] === "no" &&
    f["other child named in sentence"] === "no" &&
    !/age/.test(f["fact in sentence"])
      ? "yes"
      : "no";
  // (stop 39) The run of gendered pronouns after the name, to the end of the next two sentences of its paragraph or
  // the next name (any gold person span): how many are the subject's before one of the other sex.
  {
    const paraEndAt = plain.indexOf("\n", span.end);
    const stop = Math.min(paraEndAt < 0 ? plain.length : paraEndAt, (sents[si + 2] ?? sents[si + 1] ?? sent).end);
    const nextName = spans.filter((s) => (s.tag === "oc" || s.tag === "mix" || s.tag === "sc" || s.tag === "ad") && s.start >= span.end && s.start < stop);
    const end = nextName.length ? Math.min(...nextName.map((s) => s.start)) : stop;
    let run = 0;
    let broke = false;
    for (const m of plain.slice(span.end, end).matchAll(PRONOUN)) {
      if (subj !== "u" && sexOfPronoun(m[1]) === subj) run++;
      else {
        broke = true;
        break;
      }
    }
    f["subject's pronoun run after name"] =
      subj === "u" || named === "u" ? "sex unknown" : subj === named ? "same sex" : run === 0 ? (broke ? "other sex first" : "none") : run === 1 ? "1" : "2+";
  }
  Object.assign(f, paragraphFeatures(doc, plain, spans, sents, span, { paraStart, paraEnd, sent, given, subj, named, re }));
  return f;
}

// Facts a sentence may give the named child, from the name to the sentence's end (stop 37, second round): a school by
// its name, a school year, an age, whom they live with, an injury. Values are the kinds found, joined by "+".
const FACTS = [
  ["school", /\b\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}\s+(?:Primary|Infants?|Juniors?|Academy|High|College|Grammar|School)\b/u],
  ["year group", /\b(?:Year|Yr)\s+\d{1,2}\b|\bReception\b/],
  [
    "age",
    /\b(?:aged?\s+\d{1,2}|\d{1,2}[- ]years?[- ]old|is (?:now )?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen)\b(?! (?:of|minutes|hours|days|weeks|times|%)))/i,
  ],
  ["household", /\b(?:lives?|lived|living|stays?|stayed|staying|moved|placed|returned)\s+(?:here|there|home|back|with|at|in)\b|\bplacement\b|\bhousehold\b/i],
  ["injury", /\b(?:bruis\w*|burns?|fractur\w*|injur\w*|marks?|scratch\w*|swelling|cut|graze\w*|bite)\b/i],
];
// (stop 44) Does the sentence, after the name, repeat what the record says elsewhere of the subject and never of the
// named child? Word pairs (both not function words) of the name's sentence found in another sentence that names the
// subject (gold sc) and not this child, and in no sentence naming this child: "0", "1", "2+".
const FUNCTION_WORD = /^(?:the|a|an|and|of|to|in|on|at|for|is|was|has|had|her|his|she|he|it|with|by|be|as|or|but|not|no|they|their|them|him)$/;
const wordPairs = (t) => {
  const w = t.toLowerCase().match(/[a-z][a-z'-]+|\d+(?:st|nd|rd|th)?/g) ?? [];
  const out = new Set();
  for (let i = 0; i + 1 < w.length; i++)
    if (!(FUNCTION_WORD.test(w[i]) && FUNCTION_WORD.test(w[i + 1])) && !(w[i].length < 3 && w[i + 1].length < 3)) out.add(`${w[i]} ${w[i + 1]}`);
  return out;
};
function predicateEcho(plain, spans, sents, si, span, given) {
  const mine = wordPairs(plain.slice(span.end, sents[si]?.end ?? span.end));
  const re = new RegExp(`\\b${given.replace(/[^\p{L}'’-]/gu, "")}\\b`, "u");
  const subject = new Set();
  const child = new Set();
  sents.forEach((x, k) => {
    if (k === si) return;
    const t = plain.slice(x.start, x.end);
    const named = re.test(t);
    if (named) for (const w of wordPairs(t)) child.add(w);
    else if (spans.some((y) => y.tag === "sc" && y.start >= x.start && y.start < x.end)) for (const w of wordPairs(t)) subject.add(w);
  });
  const n = [...mine].filter((w) => subject.has(w) && !child.has(w)).length;
  return n === 0 ? "0" : n === 1 ? "1" : "2+";
}

function factsIn(text) {
  const kinds = FACTS.filter(([, re]) => re.test(text)).map(([k]) => k);
  return kinds.length ? kinds.join("+") : "none";
}

const CHILD_NOUN = /\b(?:the|this) (?:child|young person|baby|toddler|infant|little one|boy|girl|young man|young woman|teenager|pupil|student)\b/i;
const PARA_KIN = /\b(?:brothers?|sisters?|siblings?|half[- ](?:brother|sister)|step[- ]?(?:brother|sister)|twins?|cousins?|sons?|daughters?|nephew|niece)\b/i;

/**
 * Features of the paragraph (the line) a name sits in: is the paragraph about the subject, with the subject's name
 * replaced? Its pronouns outside the name's sentence (the subject's sex, the named child's, both), a child noun
 * ("the child"), the subject named before or after the name in it, other children and adults named in it, its length,
 * where the name's sentence sits, whether the named child is named elsewhere in the record and before this mention,
 * the paragraphs elsewhere that name the child without the subject, whose people the paragraph's adults are (named
 * elsewhere with the subject, with the child, both) and whether the neighbouring paragraphs name the
 * subject. Values from a fixed vocabulary.
 */
function paragraphFeatures(doc, plain, spans, sents, span, { paraStart, paraEnd, sent, given, subj, named, re }) {
  const f = {};
  const paraSents = sents.filter((s) => s.start >= paraStart && s.start < paraEnd);
  const k = paraSents.findIndex((s) => s.start === sent.start);
  f["paragraph sentences"] = paraSents.length <= 1 ? "1" : paraSents.length <= 3 ? "2-3" : "4+";
  f["name's sentence in paragraph"] = paraSents.length <= 1 ? "only" : k === 0 ? "first" : k === paraSents.length - 1 ? "last" : "middle";
  // Gendered pronouns of the paragraph outside the name's own sentence.
  const rest = plain.slice(paraStart, sent.start) + " " + plain.slice(sent.end, paraEnd);
  let subjectSex = 0;
  let otherSex = 0;
  for (const m of rest.matchAll(PRONOUN)) {
    if (subj === "u") continue;
    if (sexOfPronoun(m[1]) === subj) subjectSex++;
    else otherSex++;
  }
  const sexes = subj === "u" || named === "u" ? "named sex unknown" : subj === named ? "same sex" : "different sexes";
  f["paragraph pronouns (outside sentence)"] =
    subj === "u"
      ? "subject sex unknown"
      : !subjectSex && !otherSex
        ? "none"
        : `${subjectSex && otherSex ? "both sexes" : subjectSex ? "subject's sex only" : "other sex only"}, ${sexes}`;
  f["child noun in paragraph"] = CHILD_NOUN.test(plain.slice(paraStart, paraEnd)) ? "yes" : "no";
  f["kin word in paragraph"] = PARA_KIN.test(plain.slice(paraStart, paraEnd)) ? "yes" : "no";
  const inPara = (s) => s.start >= paraStart && s.start < paraEnd && s.start !== span.start;
  const sc = spans.filter((s) => s.tag === "sc" && inPara(s));
  const before = sc.some((s) => s.start < span.start);
  const after = sc.some((s) => s.start > span.start);
  f["subject in paragraph (where)"] = before && after ? "before and after" : before ? "before only" : after ? "after only" : "neither";
  const givenOf = (s) => s.text.split(/\s+/)[0].replace(/['’]s$/, "");
  const otherKids = new Set(spans.filter((s) => (s.tag === "oc" || s.tag === "mix") && NAME.test(s.text) && inPara(s) && givenOf(s) !== given).map(givenOf));
  f["other children named in paragraph"] = otherKids.size === 0 ? "0" : otherKids.size === 1 ? "1" : "2+";
  f["adults named in paragraph"] = spans.some((s) => s.tag === "ad" && inPara(s)) ? "yes" : "no";
  // The named child elsewhere in the record, and before this mention.
  let outside = 0;
  let earlier = 0;
  for (const m of plain.matchAll(re)) {
    if (m.index < paraStart || m.index >= paraEnd) outside++;
    if (m.index < span.start) earlier++;
  }
  f["named child outside paragraph"] = bucket(outside);
  f["first mention of the name"] = earlier ? "no" : "yes";
  // Other paragraphs of the record where the named child is named without the subject (a paragraph of their own).
  const ownParas = new Set();
  for (const m of plain.matchAll(re)) {
    if (m.index >= paraStart && m.index < paraEnd) continue;
    const ps = plain.lastIndexOf("\n", m.index - 1) + 1;
    const peAt = plain.indexOf("\n", m.index);
    const pe = peAt < 0 ? plain.length : peAt;
    if (!spans.some((x) => x.tag === "sc" && x.start >= ps && x.start < pe)) ownParas.add(ps);
  }
  // The adults named in the paragraph: whose people are they? Elsewhere in the record, each is named in paragraphs
  // that name the subject and not this child ("subject's"), this child and not the subject ("named child's"), or both.
  const paraOf = (at) => {
    const ps = plain.lastIndexOf("\n", at - 1) + 1;
    const peAt = plain.indexOf("\n", at);
    return { ps, pe: peAt < 0 ? plain.length : peAt };
  };
  let withSubject = 0;
  let withChild = 0;
  const adultWords = new Set(
    spans
      .filter((x) => x.tag === "ad" && inPara(x))
      .flatMap((x) => x.text.split(/\s+/))
      .filter((w) => /^[A-Z][a-z]{2,}$/.test(w) && !/^(?:Mrs?|Ms|Miss|Dr|Mum|Dad|Nan|Gran)$/.test(w)),
  );
  for (const x of spans) {
    if (x.tag !== "ad" || inPara(x) || !x.text.split(/\s+/).some((w) => adultWords.has(w))) continue;
    const { ps, pe } = paraOf(x.start);
    const hasSc = spans.some((y) => y.tag === "sc" && y.start >= ps && y.start < pe);
    const hasChild = [...plain.slice(ps, pe).matchAll(re)].length > 0;
    if (hasSc && !hasChild) withSubject++;
    if (hasChild && !hasSc) withChild++;
  }
  f["paragraph's adults elsewhere"] = !adultWords.size
    ? "no named adult"
    : withSubject && withChild
      ? "with both"
      : withSubject
        ? "with the subject only"
        : withChild
          ? "with the named child only"
          : "not elsewhere";
  f["named child's own paragraphs elsewhere"] = ownParas.size === 0 ? "0" : ownParas.size === 1 ? "1" : "2+";
  // The neighbouring non-empty paragraphs: do they name the subject?
  const lines = [];
  for (let at = paraStart - 1; at > 0;) {
    const l = lineAt(plain, at - 1);
    if (plain.slice(l.start, l.end).trim()) {
      lines.push(l);
      break;
    }
    at = l.start - 1;
  }
  for (let at = paraEnd + 1; at < plain.length;) {
    const l = lineAt(plain, at);
    if (plain.slice(l.start, l.end).trim()) {
      lines.push(l);
      break;
    }
    at = l.end + 1;
  }
  const scAll = spans.filter((s) => s.tag === "sc");
  f["subject in neighbouring paragraphs"] = lines.some((l) => scAll.some((s) => s.start >= l.start && s.start < l.end)) ? "yes" : "no";
  return f;
}

/**
 * One row per gold name span of a pasted name (`mix`) or another child (`oc`) in one document: its class (mixC/mixM
 * caught or missed by the engine's mix-up findings, ocL listed in the profile, ocL>mix of them taken for a paste, ocU
 * unlisted), what the engine said there, and its feature values (a fixed vocabulary: never text or names).
 * `report` is the engine's report on `plain`; `nameGender(given)` the name lexicon's sex for a given name.
 */
export function pasteRows(doc, plain, spans, report, nameGender) {
  const rows = [];
  const sents = sentences(plain);
  const listed = new Set((doc.profile?.otherChildren ?? []).flatMap((n) => String(n).split(/\s+/)));
  const subjectWords = subjectForms(doc.profile);
  for (const s of spans) {
    if (s.tag !== "mix" && s.tag !== "oc") continue;
    if (!NAME.test(s.text) || NOT_A_NAME_WORD.test(s.text)) continue;
    const given = s.text.split(/\s+/)[0].replace(/['’]s$/, "");
    if (subjectWords.has(given)) continue;
    const found = report.findings.filter((x) => overlaps(x, s));
    const said = found.some((x) => x.category === "mix-up")
      ? "mix-up"
      : found.some((x) => x.category === "other-child")
        ? "other-child"
        : (report.review ?? []).some((r) => overlaps(r, s))
          ? "review"
          : "nothing";
    let cls;
    if (s.tag === "mix") cls = said === "mix-up" ? "mixC" : "mixM";
    else if (listed.has(given)) cls = said === "mix-up" ? "ocL>mix" : "ocL";
    else if (nameGender(given) !== undefined || /^[A-Z][a-z]+$/.test(s.text)) cls = "ocU";
    else continue;
    const vector = { "named child listed in profile": listed.has(given) ? "yes" : "no", ...features(doc, plain, spans, sents, s, nameGender) };
    // Whether the engine found a pasted name elsewhere in the record: of this same name, or of another.
    const pastes = report.findings.filter((x) => x.ruleId === "pasted-name" && !overlaps(x, s));
    vector["engine found another paste in record"] = pastes.some(
      (x) =>
        plain
          .slice(x.start, x.end)
          .split(/\s+/)[0]
          .replace(/['’]s$/, "") === given,
    )
      ? "of this name"
      : pastes.length
        ? "of another name"
        : "none";
    rows.push({ cls, said, f: vector });
  }
  return rows;
}
