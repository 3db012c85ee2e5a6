#!/usr/bin/env node
// Converter: the lexicon research (shared/lexicon/lexicon.json) → the project's own data files
// rules/jargon.json, rules/judgemental.json and rules/acronyms.json. The data files are the source of
// truth; the engine never reads shared/.
//
//   node scripts/import-lexicon.mjs [path/to/lexicon.json] [--rules DIR]
//
// Every entry keeps the research fields (term, variants, alternatives, why, context, source). The
// curation below adds what the engine needs: `match` (the phrases actually looked for, which may
// use {a|b} groups), `flagIn` (which kinds of record the term is jargon in), an optional `guard`
// (a named sense check in code), `confidence`, and `curation` (why `match` differs from `variants`).
// Re-running is safe: the generated entries are merged into the existing data files (lexicon-merge.mjs),
// so what was curated by hand there — above all the split of `alternatives` into `replacements` (per
// matched form: `replacementsByForm`) and `advice`, entries moved between files and entries added by
// hand — is kept, and only the research's own fields are refreshed. Entries whose research alternatives
// changed are listed for review (test/engine/rules/jargon/import-lexicon.test.ts).
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { mergeAcronymFile, mergeFiles } from "./lexicon-merge.mjs";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const argv = process.argv.slice(2);
const rulesAt = argv.indexOf("--rules");
const rulesDir = rulesAt >= 0 ? resolve(argv[rulesAt + 1]) : resolve(root, "rules");
const positional = argv.filter((a, i) => !a.startsWith("--") && (rulesAt < 0 || i !== rulesAt + 1));
const lexiconPath = positional[0] ?? resolve(root, "..", "shared", "lexicon", "lexicon.json");
const lexicon = JSON.parse(readFileSync(lexiconPath, "utf8"));

const ALL = "all";
const NOT_COURT = { except: ["court-report"] };
const TO_CHILD = { only: ["letter-to-child"] };
const COMMON_SOURCE =
  "common practice (not in the lexicon research); recording guidance asks for facts rather than labels: https://socialcareinspection.blog.gov.uk/2019/07/24/what-makes-an-effective-case-record/";

// term → curation. `match` replaces term + variants; `drop` removes variants, `add` adds phrases (say why in `curation`).
const CURATION = {
  // ---- jargon: care-system terms ----
  abscond: { flagIn: ALL },
  advocate: { flagIn: TO_CHILD, curation: "Young people accept the word; it needs explaining only in writing to a child." },
  "asylum seeker": { flagIn: NOT_COURT, drop: ["UASC"], curation: "UASC is a child-labelling acronym (see acronyms.json); status may be stated in legal documents." },
  "birth parents": { flagIn: TO_CHILD, curation: "Needed in adoption, fostering and court papers to tell parents from carers." },
  "care leaver": { flagIn: TO_CHILD, curation: "Also a legal status carrying entitlements." },
  "care plan": { flagIn: TO_CHILD, curation: "Statutory document name (s31A Children Act 1989)." },
  "consistent guide": { flagIn: TO_CHILD },
  contact: {
    flagIn: NOT_COURT,
    guard: "contact-care-sense",
    confidence: 0.75,
    drop: ["contact with mum", "contact with dad"],
    curation:
      "The finding marks the word 'contact' itself ('contact with Mum' is found by the guard). Only the care sense (a child seeing family); a term of art in court reports. The guard skips 'contact details', 'in contact with', 'to contact', 'made contact'.",
  },
  "contact centre": { flagIn: NOT_COURT },
  "corporate parent": { flagIn: TO_CHILD },
  "designated teacher": { flagIn: TO_CHILD, drop: ["DT"], curation: "Role title in school papers; DT is handled by the acronym rule." },
  "foster carers": { flagIn: TO_CHILD, curation: "The role title is right in professional records." },
  "foster child": { flagIn: NOT_COURT },
  "leaving care": { flagIn: TO_CHILD, curation: "Team names and statutory entitlements keep the phrase." },
  permanence: { flagIn: TO_CHILD, curation: "Planning and court term; explain it to a child or parent." },
  peers: {
    flagIn: NOT_COURT,
    drop: ["peer"],
    guard: "peers-as-friends",
    confidence: 0.6,
    curation: "Singular 'peer' is mostly 'peer review', 'peer support', 'peer-on-peer abuse'.",
  },
  placement: {
    flagIn: NOT_COURT,
    guard: "placement-home-sense",
    confidence: 0.7,
    curation: "Not 'placement order', 'placement with parents', 'placement plan', school/work placements; needed in court reports when describing options.",
  },
  respite: { flagIn: ALL, guard: "respite-care-sense" },
  siblings: {
    flagIn: { only: ["visit-record", "letter-to-child"] },
    drop: ["sibs"],
    curation: "Kept in assessments, court work and professional email; flagged in visit notes and writing to the child.",
  },
  "LAC review": {
    flagIn: TO_CHILD,
    drop: ["CLA review", "LAC reviews"],
    curation: "The acronyms are flagged by the acronym rules; the written-out statutory name is kept in professional records.",
  },
  "LAC visit": {
    flagIn: ALL,
    drop: ["statutory visit", "LAC visit", "CLA visit", "statutory LAC visit"],
    match: ["stat visit", "stat visits"],
    curation: "'Statutory visit' is the record's own name; LAC/CLA are flagged by the acronym rules; the clipped 'stat visit' is flagged.",
  },
  "pathway plan": { flagIn: TO_CHILD, curation: "Statutory document name (16+)." },
  "personal adviser": { flagIn: TO_CHILD, drop: ["PA"], curation: "Statutory role title; PA is handled by the acronym rule." },
  unit: { flagIn: NOT_COURT, drop: ["unit"], curation: "Bare 'unit' is mostly hospital, police or flat units." },
  case: {
    flagIn: TO_CHILD,
    drop: ["case closed"],
    match: ["my case", "your case", "caseload", "open case", "a case"],
    curation: "'Case' is everywhere in professional records (case note, case number, in case).",
  },
  "service user": { flagIn: NOT_COURT, drop: ["client", "clients"], curation: "'Client' is a solicitor's word for their client." },
  participation: { flagIn: TO_CHILD },
  "children in care": { flagIn: TO_CHILD, curation: "Ofsted keeps 'children in care' because children prefer it to 'looked after'." },
  "looked after child": { flagIn: NOT_COURT, drop: ["looked after"], curation: "Bare 'looked after' is ordinary English ('looked after each other') and the legal status." },
  "the mother": { flagIn: TO_CHILD, curation: "Court reports and statements conventionally say 'the mother'/'the father'." },
  "the young person": {
    flagIn: TO_CHILD,
    drop: ["YP"],
    curation: "YP is handled by the acronym rule; the third-person labels are flagged in writing to the child.",
  },
  // ---- jargon: professional, legal, blaming-parent ----
  "full potential": { flagIn: TO_CHILD },
  "high aspirations": { flagIn: TO_CHILD },
  "non-verbal": { flagIn: ALL },
  "autism spectrum disorder": { flagIn: TO_CHILD, drop: ["ASD"], curation: "A diagnosis quoted from a medical report can stay; ASD is handled by the acronym rule." },
  "co-morbid": { flagIn: NOT_COURT },
  sexting: { flagIn: ALL },
  "good enough parenting": { flagIn: NOT_COURT },
  attachment: { flagIn: NOT_COURT, drop: ["attachment"], curation: "Bare 'attachment' ('a strong attachment to her mother') is ordinary English." },
  "pre-contemplative": { flagIn: { except: ["supervision", "court-report"] } },
  "shaken baby syndrome": { flagIn: ALL, drop: ["SBS"] },
  "disabled children": {
    flagIn: ALL,
    drop: ["disabled children", "disabled child", "suffers from", "sufferer"],
    match: ["handicapped", "wheelchair bound", "wheelchair-bound", "afflicted with"],
    curation: "Preferences differ for 'disabled child' and 'suffers from'; the guidance says always flag 'handicapped' and 'wheelchair bound'.",
  },
  "significant harm": { flagIn: TO_CHILD, curation: "Legal term of art: explained only in writing to a child or parent." },
  "placement order": { flagIn: TO_CHILD },
  "care order": { flagIn: TO_CHILD, drop: ["ICO"], curation: "ICO/ISO are handled by the acronym rule." },
  "special guardianship order": { flagIn: TO_CHILD, drop: ["SGO"] },
  "child arrangements order": { flagIn: TO_CHILD, drop: ["CAO"] },
  "parental responsibility": { flagIn: TO_CHILD, drop: ["PR"] },
  accommodated: {
    flagIn: TO_CHILD,
    drop: ["s20", "s.20", "S20"],
    curation: "The shorthand s20/S20 is flagged everywhere by the acronym rule; 'section 20' is kept in legal documents.",
  },
  "Public Law Outline": { flagIn: TO_CHILD, drop: ["PLO", "PLO meeting"] },
  "disguised compliance": { flagIn: ALL },
  "toxic trio": { flagIn: ALL },
  "did not attend": {
    flagIn: ALL,
    drop: ["DNA", "failed to attend"],
    guard: "child-not-brought",
    confidence: 0.6,
    curation:
      "DNA is handled by the acronym rule; 'failed to attend' is judgemental wording (judgemental.json). 'Did not attend' is flagged only when the subject child is said not to have attended.",
  },
  "hidden men": { flagIn: ALL },
  // ---- jargon: plain English ----
  facilitate: { flagIn: ALL, confidence: 0.5 },
  liaise: { flagIn: ALL, confidence: 0.5 },
  utilise: { flagIn: ALL, confidence: 0.5 },
  signpost: { flagIn: ALL, confidence: 0.5 },
  ascertain: { flagIn: ALL, confidence: 0.5 },
  "in lieu of": { flagIn: ALL, confidence: 0.5 },
  "going forward": { flagIn: ALL, confidence: 0.5 },
  "at this moment in time": { flagIn: ALL, confidence: 0.5 },
  rectify: { flagIn: ALL, confidence: 0.5 },
  empower: { flagIn: ALL, confidence: 0.5 },
  robust: { flagIn: ALL, confidence: 0.5 },
  deliver: { flagIn: ALL, drop: ["deliver", "delivered", "delivering"], confidence: 0.5, curation: "Only abstract uses; physical deliveries are fine." },
  key: { flagIn: ALL, drop: ["key", "key worker"], confidence: 0.5, curation: "Not 'key worker', 'key stage' or a physical key." },
  impact: { flagIn: TO_CHILD, curation: "'Impact on the child' is standard in assessments." },
  progress: { flagIn: TO_CHILD, drop: ["progress"], curation: "The noun ('good progress at school') is fine." },
  // The rest of the plain-English list are everyday words in professional writing: flagged only in writing to a child.
};
const PLAIN_TO_CHILD = [
  "collaborate",
  "dialogue",
  "in order to",
  "assist",
  "prior to",
  "additional",
  "commence",
  "regarding",
  "implement",
  "initially",
  "comply with",
  "in the event that",
  "require",
  "verify",
  "ensure",
  "notify",
  "modify",
  "determine",
];
for (const t of PLAIN_TO_CHILD) CURATION[t] = { flagIn: TO_CHILD, curation: "Everyday word in professional writing; plainer words matter most in writing to a child." };

const JUDGEMENTAL_CURATION = {
  resilient: { enabled: false, curation: "Only judgemental when used to justify less support: a person has to judge." },
  "putting themselves at risk": {
    match: ["{putting|put|puts|placing|placed|places|place} {herself|himself|themselves|themself} {at risk|in danger|in harm's way}"],
    confidence: 0.9,
    curation: "Every tense and pronoun of 'putting/placing [self] at risk'.",
  },
  "lifestyle choice": {
    drop: ["her lifestyle", "his lifestyle", "leading a lifestyle", "chaotic lifestyle"],
    curation: "'Her/his lifestyle' alone is ordinary English; 'chaotic' is flagged by its own entry.",
  },
  "choosing to": {
    drop: ["choosing to", "she is choosing", "he is choosing", "chooses to", "her choice", "his choice"],
    match: ["{chose|chooses|choosing|chosen|choose} to {go|run|stay} {missing|away}", "she can consent", "he can consent"],
    curation: "Only choice attributed to going missing; neutral everyday choices are fine.",
  },
  "sexually active": { confidence: 0.6 },
  "sexual activity with": { guard: "exploitation-context", confidence: 0.6 },
  boyfriend: {
    match: ["older boyfriend", "older girlfriend", "older partner", "boyfriend", "girlfriend", "her man"],
    drop: ["his girlfriend"],
    guard: "adult-partner",
    confidence: 0.6,
    curation: "Bare 'boyfriend' is flagged only when the sentence shows the other person is an adult or much older, and never for a parent's partner.",
  },
  "in a relationship with": {
    drop: ["in a relationship with", "relationship with", "spending time with", "associating with", "associates with", "hanging around with", "hangs around with"],
    match: [
      "{associating|associates|associated|hanging around|hangs around|hanging out|spending time|spends time} with {older men|older males|adult men|adult males|older boys|elders}",
    ],
    curation: "Ordinary friendships and family relationships are fine; flagged only with older men, adult males or elders.",
  },
  consented: {
    drop: ["agreed to", "willingly", "was willing"],
    guard: "exploitation-context",
    confidence: 0.6,
    curation: "'Agreed to' is everyday; consent wording is flagged only in a sexual or exploitation context.",
  },
  "in exchange for": { guard: "exploitation-context" },
  "involved in CSE": { drop: ["became involved in", "involved in crime"], curation: "'Became involved in' and 'involved in crime' are too general." },
  recruited: {
    drop: ["recruiting", "recruited"],
    match: ["recruited into", "recruited by a gang", "was recruited", "recruited by"],
    guard: "exploitation-context",
    curation: "Not staff or foster carer recruitment.",
  },
  "working for": {
    drop: ["working for", "works for", "was working for"],
    match: ["working for a gang", "working for a dealer", "working the line", "{working|works|worked} for {the|a} {gang|dealers|dealer|line}"],
    curation: "Bare 'working for' is everyday ('how the arrangements are working for him').",
  },
  "drug runner": { drop: ["drug dealer", "dealing drugs"], curation: "'Drug dealer' often names the adult exploiter." },
  "money mule": { drop: ["mule"] },
  plugging: {
    drop: ["plugged", "internal concealment"],
    guard: "exploitation-context",
    curation: "'Plugged in' (a charger) is everyday; 'internal concealment' is the neutral term.",
  },
  "keeps going missing": { drop: ["went missing again"], curation: "Recording a further missing episode is a fact, not a framing." },
  "goes back to": { drop: ["goes back to"], curation: "Bare 'goes back to' is everyday." },
  naive: { guard: "exploitation-context" },
  "child pornography": { drop: ["indecent images of children"], curation: "The legal charge wording in England and Wales." },
  "historical abuse": { confidence: 0.5 },
  "child perpetrator": {
    drop: ["abuser", "offender", "sex offender", "perp"],
    curation: "Bare 'abuser'/'offender' normally names an adult; flagged only in the child-specific forms.",
  },
  victim: { enabled: false, curation: "Often the right legal word, and exploitation guides use it to counter blame." },
  "online friend": { confidence: 0.6 },
  "hard to reach": { confidence: 0.7 },
  "refused to engage": {
    match: [
      "{refused|refuses|refusing|refuse|failed|fails|failing|fail} to {engage|cooperate|co-operate}",
      "{did not|does not|didn't|doesn't|would not|wouldn't|will not|won't} engage",
      "non-engagement",
      "non engagement",
      "uncooperative",
      "un-cooperative",
    ],
    drop: ["won't engage", "will not engage"],
    curation: "Every tense of refusing/failing to engage or cooperate.",
  },
  manipulative: { drop: ["manipulating", "manipulation", "controlling"], curation: "Manipulation and control by an adult abuser should be named, not hidden." },
  liar: { drop: ["lying"], curation: "'Lying' is mostly 'lying on the bed'." },
  aggressive: {
    drop: ["violent", "aggression"],
    guard: "unevidenced-label",
    confidence: 0.6,
    curation: "Violence by an adult should be named; a label followed by what happened is evidenced.",
  },
  "kicked off": { guard: "not-an-event-start" },
  difficult: {
    drop: ["difficult", "dangerous", "damaged"],
    match: ["a difficult child", "difficult child", "difficult young person", "difficult teenager", "problem child", "damaged child", "damaged children"],
    curation: "'Difficult' about a situation or task is fine.",
  },
  alleged: {
    flagIn: NOT_COURT,
    guard: "not-legal-allegation",
    confidence: 0.5,
    drop: ["made an allegation"],
    curation: "Kept in legal and police contexts ('alleged perpetrator', findings of fact).",
  },
  "malicious allegation": { drop: ["made up", "malicious"], curation: "'Made up' is everyday ('made up her bed')." },
  "challenging behaviour": { drop: ["challenging"], curation: "'Challenging' about a task or time is fine." },
  "drop out": { guard: "education-context", confidence: 0.6 },
  "placement breakdown": {
    drop: ["broke down", "disruption", "placement ended", "blew out"],
    match: ["placement breakdown", "placement broke down", "placement disruption", "blew {her|his|their|the} placement", "blew placement"],
    curation: "'Broke down' (in tears) and 'placement ended' are facts; 'disruption meeting' is a process name.",
  },
  neglectful: { flagIn: NOT_COURT, confidence: 0.6, curation: "A reasoned opinion after the facts is proper in court reports." },
  chaotic: { match: ["chaotic"], curation: "Every use of 'chaotic' is an unevidenced summary label." },
  "failure to protect": { drop: ["chooses to stay with"], add: ["chooses to stay"] },
};

// Additions that generalise beyond the research list (character labels and minimising of harm between children).
const JUDGEMENTAL_ADDITIONS = [
  {
    term: "failed to attend",
    variants: ["fails to attend", "failing to attend", "failed to bring"],
    category: "judgemental",
    subtype: "blaming-parent",
    alternatives: ["was not brought to", "did not go to [appointment] on [date] because [reason]"],
    why: "Children rely on adults to take them; 'failed' puts the blame on the child and discourages asking why.",
    context: "Moved from the lexicon's 'did not attend' entry: 'failed' is the judgemental part. Record the fact and the reason.",
    source:
      "https://learning.nspcc.org.uk/news/why-language-matters/digging-deeper-than-did-not-attend ; https://sussexchildprotection.procedures.org.uk/hkysoo/recognition-and-referral-of-abuse-and-neglect/children-not-brought-to-appointments-or-meetings-that-relate-to-their-welfare-care-or-health",
  },
  {
    term: "feckless",
    variants: ["useless parent", "lazy parent", "inadequate parent", "bad parent", "bad mother", "bad father"],
    category: "judgemental",
    subtype: "stigmatising",
    alternatives: ["[describe what the parent did or did not do, when, and the effect on the child]"],
    why: "A character label for a parent says nothing about what happened and reads as contempt when the family see their record.",
    context: "Flag as a label. Describe what was seen instead.",
    source: COMMON_SOURCE,
  },
  {
    term: "six of one and half a dozen of the other",
    variants: ["six of one", "as bad as each other", "both as bad as each other", "it takes two"],
    category: "judgemental",
    subtype: "minimising",
    alternatives: ["[describe what each child did and what happened to the subject child]"],
    why: "Treating harm to a child as mutual plays it down and can stop adults looking at what happened to the child.",
    context: "Flag when used about harm to a child (bullying, assault).",
    source: COMMON_SOURCE,
  },
];

const slug = (s) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

function curate(e, c = {}) {
  const drop = new Set(c.drop ?? []);
  const match = c.match ?? [...[e.term, ...e.variants].filter((v) => !drop.has(v)), ...(c.add ?? [])];
  const out = {
    id: slug(e.term),
    term: e.term,
    variants: e.variants,
    subtype: e.subtype,
    alternatives: e.alternatives,
    why: e.why,
    context: e.context,
    source: e.source,
    match,
    flagIn: c.flagIn ?? ALL,
    confidence: c.confidence ?? 0.8,
  };
  if (c.guard) out.guard = c.guard;
  if (c.enabled === false) out.enabled = false;
  if (c.curation) out.curation = c.curation;
  return out;
}

// ---- acronyms ----
const CHILD_LABELS = new Set(["LAC", "CLA", "CIN", "UASC", "NEET"]);
// A form matched case-sensitively as one token: two or more capitals (CIN, SENCo, S/W) or section shorthand (s47).
const isAcronymForm = (v) => !/\s/.test(v) && (/[A-Z][^A-Z]*[A-Z]/.test(v) || /^[sS]\.?\d+$/.test(v));
// Written-out forms: no capitalised shorthand in them at all.
const isWrittenOut = (v) => !v.split(/\s+/).some((w) => isAcronymForm(w)) && v !== v.toLowerCase().replace(/ /g, "");
const SHORTHAND = { MGM: ["mat gran", "pat gran"] };
// Standard UK children's social care abbreviations beyond the research list (expansions as commonly written).
const ACRONYM_ADDITIONS = [
  ["RHI", "return home interview (a talk with a child after they have been missing)"],
  ["NRM", "National Referral Mechanism (the way victims of trafficking and modern slavery are identified)"],
  ["NFA", "no further action"],
  ["DASH", "Domestic Abuse, Stalking and Harassment risk checklist"],
  ["SALT", "speech and language therapy"],
  ["FTE", "fixed-term exclusion (suspension from school)"],
  ["DSL", "designated safeguarding lead (the school's safeguarding teacher)"],
  ["HV", "health visitor"],
  ["CGM", "core group meeting"],
  ["CPOMS", "the school's safeguarding recording system"],
  ["ABE", "Achieving Best Evidence (a video-recorded police interview)"],
  ["CME", "children missing education"],
  ["EHE", "elective home education"],
  ["SGA", "special guardianship assessment"],
  ["UAS", "unaccompanied asylum seeker"],
  ["Strat", "strategy meeting or strategy discussion", ["strat meeting", "strat discussion"]],
];

function acronymEntry(e) {
  const forms = [e.term, ...e.variants.filter(isAcronymForm)];
  const expansions = e.variants.filter((v) => isWrittenOut(v) && !SHORTHAND[e.term]?.includes(v));
  const out = {
    id: slug(e.term),
    acronym: e.term,
    forms: [...new Set(forms)],
    expansion: e.alternatives[0],
    variants: e.variants,
    alternatives: e.alternatives,
    why: e.why,
    context: e.context,
    source: e.source,
    confidence: 0.9,
  };
  if (expansions.length) out.writtenOut = expansions;
  if (SHORTHAND[e.term]) out.shorthand = SHORTHAND[e.term];
  if (CHILD_LABELS.has(e.term)) out.childLabel = true;
  return out;
}

const jargon = [];
const judgemental = [];
const acronyms = [];
let general;
for (const e of lexicon) {
  if (e.category === "jargon" && e.subtype === "acronym") {
    if (e.term === "acronyms (general)") general = e;
    else acronyms.push(acronymEntry(e));
    continue;
  }
  if (e.category === "jargon") {
    const c = CURATION[e.term];
    if (!c) throw new Error(`no curation for jargon entry '${e.term}'`);
    jargon.push(curate(e, c));
  } else {
    judgemental.push(curate(e, JUDGEMENTAL_CURATION[e.term]));
  }
}
for (const e of JUDGEMENTAL_ADDITIONS) judgemental.push({ ...curate(e), added: "not in the lexicon research" });
// UASC lives in the asylum-seeker entry of the research; it is a child label in its own right.
const asylum = lexicon.find((e) => e.term === "asylum seeker");
acronyms.push({
  id: "uasc",
  acronym: "UASC",
  forms: ["UASC"],
  expansion: "unaccompanied asylum-seeking child (use the child's name, or 'young person who came to the UK on their own')",
  variants: ["unaccompanied asylum seeking child", "unaccompanied asylum-seeking children"],
  alternatives: asylum.alternatives,
  why: asylum.why,
  context: asylum.context,
  source: asylum.source,
  confidence: 0.9,
  childLabel: true,
});
// Acronyms that the research lists as variants of a jargon entry: the acronym rule handles them.
const FROM_JARGON = [
  ["ICO", "care order", "interim care order (a temporary court order that gives the council parental responsibility)"],
  ["SGO", "special guardianship order", "special guardianship order (a court order that means a child lives with a special guardian until they are 18)"],
  ["CAO", "child arrangements order", "child arrangements order (a court order that says who a child lives with and when they see other people)"],
  ["PR", "parental responsibility", "parental responsibility (the legal rights and duties to make decisions about a child)"],
  ["PLO", "Public Law Outline", "Public Law Outline (the formal process the council follows before it may apply to court)"],
  ["S20", "accommodated", "section 20 (a child living away from home with the parents' agreement, under section 20 of the Children Act 1989)", ["s20", "s.20"]],
  ["ASD", "autism spectrum disorder", "autism (many families prefer 'autism' or 'autistic spectrum condition')"],
  ["SBS", "shaken baby syndrome", "non-accidental head injury"],
  ["DT", "designated teacher", "designated teacher (use the teacher's name)"],
  ["PA", "personal adviser", "personal adviser (use the adviser's name)"],
  ["YP", "the young person", "young person (use the child's name, or 'you' when writing to them)"],
];
for (const [acr, term, expansion, more] of FROM_JARGON) {
  const e = lexicon.find((x) => x.term === term);
  acronyms.push({
    id: slug(acr),
    acronym: acr,
    forms: [acr, ...(more ?? [])],
    expansion,
    variants: [],
    alternatives: [expansion, ...e.alternatives],
    why: e.why,
    context: e.context,
    source: e.source,
    confidence: 0.9,
    from: `variant of the research entry '${term}'`,
  });
}
for (const [acr, expansion, shorthand] of ACRONYM_ADDITIONS) {
  acronyms.push({
    id: slug(acr),
    acronym: acr,
    forms: [acr],
    expansion,
    variants: [],
    alternatives: [expansion],
    why: `Unexplained abbreviation for ${expansion.replace(/ \(.*\)$/, "")}; children, parents and care-experienced adults reading the record later may not know it.`,
    context: "Flag when the acronym is not written out earlier in the same document.",
    source:
      "common practice (not in the lexicon research); rule from https://bromleydirectworktoolkit.co.uk/language ; https://www.bracknell-forest.gov.uk/help/about-site/bracknell-forest-digital-design-guidelines/a-to-z-content-style-guide",
    confidence: 0.85,
    ...(shorthand ? { shorthand } : {}),
    added: "not in the lexicon research",
  });
}

const ORDINARY = [
  {
    words: ["I", "A", "OK", "UK", "GB", "US", "USA", "EU", "UN", "TV", "BBC", "ITV", "DVD", "PDF", "CV", "IT", "ICT", "DIY", "SMS", "COVID"],
    why: "Ordinary capitals every reader knows.",
  },
  { words: ["NHS", "GP", "GPs", "A&E", "NSPCC"], why: "Health and charity names that families use themselves (the NHS number is on every child's record)." },
  { words: ["PC", "PCs", "DC", "DS", "DI", "DCI", "DCs", "PCSO", "MP", "MPs", "QC", "KC", "HHJ"], why: "Titles written before a name (PC Jones)." },
  { words: ["DOB", "ID", "NI", "REF", "NB", "PS", "TBC", "TBA", "ASAP", "RE", "FW", "FWD", "CC", "BCC", "AM", "PM", "BST", "GMT"], why: "Form labels, email headers and times." },
  { words: ["PE", "RE", "RC", "GCSE", "GCSEs", "SATs", "BTEC", "BTECs", "SEN"], why: "School subjects and exams parents know; SEN is handled as a known acronym." },
  {
    words: ["MON", "TUE", "TUES", "WED", "THU", "THUR", "THURS", "FRI", "SAT", "SUN", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"],
    why: "Days and months.",
  },
  { words: ["KG", "CM", "MM", "ML", "MG", "KM", "MPH", "KB", "MB", "GB", "HR", "HRS", "MIN", "MINS", "LBS", "OZ"], why: "Units." },
  {
    words: [
      "NOT",
      "NO",
      "DO",
      "DID",
      "ALL",
      "ONLY",
      "NEVER",
      "MUST",
      "AND",
      "OR",
      "BUT",
      "THE",
      "IS",
      "ARE",
      "WAS",
      "WERE",
      "WILL",
      "CAN",
      "NOW",
      "URGENT",
      "PLEASE",
      "NOTE",
      "ANY",
      "YES",
      "HAS",
      "HAVE",
      "NONE",
      "OUT",
      "IN",
      "ON",
      "AT",
      "TO",
      "OF",
      "BY",
      "FOR",
      "IF",
      "ME",
      "MY",
      "WE",
      "HE",
      "SHE",
      "HER",
      "HIS",
      "THEY",
      "YOU",
      "UP",
      "SO",
      "AS",
      "BE",
      "BEEN",
      "NEW",
      "OLD",
      "ONE",
      "TWO",
      "SEEN",
      "SAFE",
      "HOME",
      "CHILD",
      "PLAN",
      "CASE",
      "CARE",
      "VISIT",
      "DATE",
      "NAME",
      "TIME",
      "STOP",
      "HELP",
      "SAID",
      "TOLD",
      "WHY",
      "WHO",
      "WHAT",
      "WHEN",
      "HOW",
    ],
    why: "English words written in capitals for emphasis or in headings.",
  },
].map((g) => ({ ...g, source: "Decision for the unexplained-acronym rule: words a child or parent reads without help are not jargon." }));

const acronymsFile = {
  "//": "Generated by scripts/import-lexicon.mjs from the lexicon research, then curated by hand. Edit this file, not the script.",
  general: {
    why: general.why,
    context: general.context,
    source: general.source,
    alternatives: general.alternatives,
  },
  acronyms,
  ordinary: ORDINARY,
};
const header = (what) =>
  `Generated by scripts/import-lexicon.mjs from the lexicon research (${what}), then curated by hand. Edit this file; re-running the script keeps the hand curation.`;
const existingFile = (name) => {
  const path = resolve(rulesDir, `${name}.json`);
  return existsSync(path) ? JSON.parse(readFileSync(path, "utf8")) : undefined;
};
const oldJargon = existingFile("jargon");
const oldJudgemental = existingFile("judgemental");
const merged = mergeFiles({ jargon, judgemental }, { jargon: oldJargon?.entries ?? [], judgemental: oldJudgemental?.entries ?? [] });
const acronymMerge = mergeAcronymFile(acronymsFile, existingFile("acronyms"));
const write = (name, value) => writeFileSync(resolve(rulesDir, `${name}.json`), JSON.stringify(value, null, 2) + "\n");
write("jargon", { "//": oldJargon?.["//"] ?? header("jargon entries"), entries: merged.files.jargon });
write("judgemental", { "//": oldJudgemental?.["//"] ?? header("judgemental entries"), entries: merged.files.judgemental });
write("acronyms", acronymMerge.file);
for (const note of [...merged.notes, ...acronymMerge.notes]) console.log(`review: ${note}`);
console.log(`jargon ${merged.files.jargon.length}, judgemental ${merged.files.judgemental.length}, acronyms ${acronymMerge.file.acronyms.length}`);
