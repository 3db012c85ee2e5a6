import type { DocumentKind } from "./types";
import kindWeights from "../../rules/kind-weights.json";

// The kind of record, from cheap cues near the top. A record's frame decides alone where it is certain (a file note's
// title, a court order, email headers, a letter's salutation); otherwise every cue it shows (title words, court
// markers, body cues, layout) is weighed together, each with a weight per kind fitted across the development sets
// (scripts/fit-kind.mjs), and the heaviest kind wins. The user can always set the kind.
const HEAD_CHARS = 1500;
const TITLE_LINES = 3;

// Two or more header fields ("From:", "Sent:", "To:", "Subject:") near the top make an email; "Date:" alone
// does not (case notes have it too).
const EMAIL_HEADER = /^[ \t>]*(from|to|sent|subject|cc|bcc)[ \t]*:[ \t]*\S/gim;

// A running log: two timed entries ("09:12 Call from school", "10.40 Call to Mum"); a date written with dots
// ("12.06.2015 – Kieran admitted…", a chronology's row) is not a time.
const TIMED_LOG = /^[ \t]*\d{1,2}[:.]\d{2}\b(?![./]\d)[^\n]*\n(?:[^\n]*\n){0,8}?[ \t]*\d{1,2}[:.]\d{2}\b(?![./]\d)/m;

// Title words, checked on the first few non-empty lines in this order.
const TITLE_CUES: Array<[DocumentKind, RegExp]> = [
  ["chronology", /\bchronology\b/i],
  // Management oversight is a manager's case supervision; "Family time supervision notes" record a contact session.
  ["supervision", /^(?!.*\b(?:family time|FT|contact|supervised)\b).*\bsupervision\b|\bmanagement oversight\b/i],
  ["case-note", /^\s*case note\b/i],
  // A home or doorstep contact is a visit by another name (Ruling 4).
  ["visit-record", /\bvisit\b(?!or)|\bvisit (record|note)\b|^\s*hv\b|\b(?:home|doorstep|face[- ]to[- ]face) contact\b/i],
  [
    "case-note",
    /\b(case notes?|case recording|contact record|telephone (call|note)|running record|minutes|meeting|strategy discussion|conference|core group|(?:weekly|daily|duty) (?:log|record|report)|(?:case )?closure summary|transfer summary|carer'?s? (?:weekly )?(?:log|record)|out of hours record|family time|(?:supervised )?contact (?:session|note))\b/i,
  ],
  // A report written for a court to sentence on is the court's paper.
  ["court-report", /\bpre-sentence report\b/i],
  // Stop 41, from published section 47 procedures: the enquiry's own record (its findings, its outcome) is an
  // assessment of harm; a strategy discussion that starts one is still weighed as its meeting's note by the cue above.
  [
    "assessment",
    /\b(practice review|serious case review|learning review|viability assessment|(?:single|child and family|parenting|connected person) assessment|(?:section|s\.?) ?47 enquir(?:y|ies)|child protection enquir(?:y|ies))\b/i,
  ],
  // Published guidance or a chapter of a book or training pack ("Practice guidance", "Chapter 7: Neglect and the
  // 'good enough' threshold"): read as a published report, whatever its worked example records (a case note, a visit).
  // A plan as the paper's own title ("PATHWAY PLAN", "Personal education plan review, autumn term", "Our Family Plan"),
  // not a field ("Plan: CP – neglect"), a meeting about a plan (a cue above) or the court's final or interim care plan.
  ["assessment", /^(?![^\n]*\b(?:final|interim)\b)[^:\n]{0,60}\bplan\b(?:\s+review\b)?(?:\s*\(.*\)|\s*[,–—-][^:\n]*)?\s*$/i],
  [
    "assessment",
    /\bpractice guidance\b|\bguidance for (?:practitioners|professionals|social workers|staff|local authorities|schools|agencies)\b|^\s*chapter \d+\b|\btraining (?:pack|materials?|module)\b/i,
  ],
];

// Court: a family court case number (two letters, two digits, C or P, digits), the court's heading,
// or a document made for the court.
const COURT =
  /\b(in the (family|high) court|[A-Z]{2}\d{2}[CP]\d{4,6}|statement of (evidence|[A-Z])|social work (evidence template|statement)|SWET|threshold (document|criteria)|final care plan|care plan \(final\)|position statement|the applicant|the respondent)\b/;
// Stop 40, from published section 7 and 37 report guidance: titled as a report the court asks for by statute (sections 7
// and 37 of the Children Act 1989), or with the court's welfare checklist as a heading. Not a sentence that mentions
// one ("In 2025 the court ordered a section 7 report."), as an assessment's history may.
const COURT_STATUTE = /\b(?:s(?:ection|\.)? ?(?:7|37)\b[^\n]{0,25}\breport|report under section (?:7|37))\b/i;
const WELFARE_CHECKLIST = /^[ \t]*(?:\d{1,2}[.)]?[ \t]+)?(?:the )?welfare checklist[ \t]*:?[ \t]*$/im;
// A care plan made for a looked-after child's review ("CARE PLAN – PART 1 AND PART 2 (review version)") is the
// council's own plan, read at the review; the court's is final or interim, or carries the case number (COURT).
const COURT_TITLE = /\b(?:care plan(?![^\n]*\breview\b)|statement|threshold)\b/i;

const ASSESSMENT = /\b(single assessment|child and family assessment|parenting assessment|assessment of|assessment)\b/i;
const LETTER = /^\s*dear \p{Lu}/iu;

// Weaker cues anywhere in the head, in order.
const BODY_CUES: Array<[DocumentKind, RegExp]> = [
  ["visit-record", /\b(statutory visit|visit record|purpose of (the )?visit|date (and time )?of visit)\b/i],
  ["chronology", /\bchronology of\b/i],
  // A supervisor alone may supervise family time; a supervisee is a supervision record's own field.
  ["supervision", /\bsupervisee\b/i],
  ["assessment", /\b(single assessment|child and family assessment|assessment of)\b/i],
  ["case-note", /\b(case note|case recording|telephone call|contact record)\b/i],
];

// Layout: a letter's salutation after a letterhead or address block ("Dear Ife," on its own line).
const SALUTATION = /^[ \t]*dear\s+((?:mr|mrs|ms|miss|mx|dr)\.?\s+)?([\p{Lu}][\p{L}'’-]*)[^\n]{0,40}$/imu;
// Layout: chronology rows ("12/03/2024 | Event | Source", or tab-separated), four or more.
const DATED_ROW = /^[ \t]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}[ \t]*(?:\||\t)/gm;
// Layout: minutes ("Present:", "Apologies:") or three or more speaker turns ("Gwenda: I'll have her").
const MINUTES_FIELD = /^[ \t]*(?:present|attendees|in attendance|apologies|attended by)[ \t]*:/im;
const SPEAKER_TURN = /^[ \t]*([\p{Lu}][\p{L}'’-]+(?:\s[\p{Lu}][\p{L}'’-]+)?):[ \t]+(["“]?[\p{Lu}][^\n]*)/gmu;
// A turn is said in a sentence ("Gwenda: I'll have her on Saturdays"); a form's value is a few words ("Mother: Chloe
// Hart (17)", "Social worker: Grace Oduya, 07700 900418").
const TURN_WORDS = 6;
// A form's field labels ("Name: Kieran", "Court: Northmoor Youth Court", "Offence: Robbery") are not speakers.
const FIELD_LABELS = new Set(
  "name date court offence author address school age gender ethnicity religion language nationality pronouns status ref reference child carer carers placement time venue subject type phone mobile email dob gp worker team title case period".split(
    " ",
  ),
);

// Layout evidence, each for the kind it was written for (its fitted weights may say otherwise): a plan, profile,
// referral, review or audit form, or a published practice example, report or guidance, for an assessment; a timed
// running log or an incident, interview or session record for a case note; a visit's own fields for a visit record.
const LAYOUT_EVIDENCE: Array<[DocumentKind, RegExp, "title" | "body"]> = [
  // What a plan, profile, form or review calls itself in its title.
  [
    "assessment",
    /\b(?:plan|profile|referral|review|audit|inspection|recommendations?|assessment|summary of findings|briefing|guidance|practice example|case study|chapter|form)\b/i,
    "title",
  ],
  // A published example or report: it says it was published, or that names were changed.
  ["assessment", /\b(?:published|names and (?:some )?details have been changed|is a pseudonym|called [A-Z][a-z]+ here|learning from)\b/, "body"],
  // Report paragraphs numbered by section ("3.1 Idris is…", "5.14 Kinship carers…").
  ["assessment", /^[ \t]*\d{1,2}\.\d{1,2}[ \t]+\p{Lu}/mu, "body"],
  // Form sections ("Section A – The child", "SECTION 2: ABOUT ME", "Part 3").
  ["assessment", /^[ \t]*(?:section|part)[ \t]+[A-H1-9]\b/im, "body"],
  // An assessment's domains as headings of their own ("Health", "Education", "About me", "What are we worried about?").
  [
    "assessment",
    /^[ \t]*(?:about me|health|education|identity|emotional (?:and|&) behavioural development|family and social relationships|self[- ]care skills|strengths|risks?|needs|outcomes|what (?:are we worried about|is working well|needs to happen)|(?:my|the child's|child's) (?:views|wishes and feelings))[ \t]*[?:]?[ \t]*$/im,
    "body",
  ],
  // A running log: two timed entries ("09:12 Call from school", "10.40 Call to Mum").
  ["case-note", TIMED_LOG, "body"],
  // A record of one event: an incident, an interview, a session, a notification, a request, a log.
  ["case-note", /\b(?:log|incident|interview|session record|record of|notification|request|consideration record|information record|closure summary|transfer summary)\b/i, "title"],
  // A visit's own fields.
  ["visit-record", /^[ \t]*(?:seen alone|home conditions|(?:date|time) of (?:the )?visit|visit date|bedroom seen)\b/im, "body"],
  // A supervision's own fields.
  ["supervision", /\b(?:supervisee|reflective discussion|reflection on practice)\b/i, "body"],
];

/**
 * The kind of record, from its words and its layout. `subjectForms` (the child's names, lower case)
 * tells a letter to the child from a letter about them, which is read like correspondence.
 */
export function inferKind(text: string, subjectForms?: ReadonlySet<string>): DocumentKind {
  if (typeof text !== "string" || !text) return "unknown";
  return framedKind(text, subjectForms) ?? weighKind(text).kind;
}

/**
 * The kinds a record's frame decides alone: a file note's title, a court order's words, an email's header fields, a
 * letter's salutation. Each was right on every development set it decided (issue 12 item 4).
 */
export function framedKind(text: string, subjectForms?: ReadonlySet<string>): DocumentKind | undefined {
  const head = text.slice(0, HEAD_CHARS);
  // A lawyer's or worker's file note keeps its title above any From:/To: lines: it is a note, not an email.
  if (FILE_NOTE.test(titleLines(head))) return "case-note";
  // A court order or judgment: its heading and the court's own words.
  if (COURT_ORDER.test(head) && !isEmail(head)) return "court-report";
  if (isEmail(head)) return "email";
  const salutation = SALUTATION.exec(head);
  // A letter: a salutation after a letterhead, or opening the record ("Dear Sam," on the first line); not a letter or
  // card a note quotes after its own prose ("I put a card through the door which read:").
  // A letter whose own heading names an assessment's outcome ("Outcome of the assessment of Tola's needs", "Re: your
  // child and family assessment – our findings") is the assessment, written to the family: it is weighed, not framed.
  // Stop 44 (quality49): one written to an adult as the writer's own assessment is weighed too; a letter to the child that
  // says the worker has finished the assessment stays the child's letter.
  if (salutation && !COURT_CASE_NO.test(head) && opensRecord(head, salutation.index)) {
    const after = salutation.index + salutation[0].length;
    const toChild = !salutation[1] && (!subjectForms || subjectForms.size === 0 || subjectForms.has(salutation[2].toLowerCase()));
    if (!assessmentLetter(head, after) && (toChild || !assessmentWrittenAsLetter(head.slice(after)))) return toChild ? "letter-to-child" : "email";
  }
  return undefined;
}

// The heading a letter gives itself (the first short line after the salutation, or a "Re:" line above it) naming an
// assessment's outcome or findings (stop 43, quality48).
const ASSESSMENT_OUTCOME =
  /\b(?:(?:outcome|outcomes|findings|result|results|conclusions?|summary) of (?:the |your |my |our )?(?:[\p{L}'’]+ ){0,3}?assessment|assessment(?: of [^\n]{1,40})? ?[–—:-]? ?(?:outcome|findings|results|conclusions?))\b/iu;
const RE_LINE = /^[ \t]*(?:re|subject)[ \t]*:([^\n]*)$/im;
function assessmentLetter(head: string, after: number): boolean {
  const re = RE_LINE.exec(head.slice(0, after + 300));
  if (re && ASSESSMENT_OUTCOME.test(re[1])) return true;
  const next = /^\s*([^\n]*)/.exec(head.slice(after))?.[1]?.trim() ?? "";
  return next.split(/\s+/).length <= MAX_TITLE_WORDS && !/[.!?]$/.test(next) && ASSESSMENT_OUTCOME.test(next);
}

// Stop 44 (quality49): an assessment written as a letter to the family. Its opening paragraph says the letter is the
// writer's own assessment or gives its findings ("I have now completed the child and family assessment…", "to set out
// the findings of the parenting assessment we did together"), and the letter is laid out as an assessment: three or
// more section headings, one of them an analysis or outcome, and either a heading for the people's views or the areas
// assessed or a letter that speaks to the family ("you", "your"). A clinic's letter to a professional that says it
// completed an assessment (its history, examination and conclusion) speaks about the child and stays correspondence.
const OWN_ASSESSMENT =
  /\b(?:(?:I|we) have (?:now )?(?:completed|finished|concluded|carried out) (?:the|my|our|your|an?) (?:[\p{L}'’-]+ ){0,4}?assessment|this letter (?:is|sets out|gives|contains|summarises|explains) (?:the|my|our) (?:[\p{L}'’-]+ ){0,4}?assessment)\b/iu;
const PROSE_PARAGRAPH = /^[ \t]*(?:\S+[ \t]+){6,}[^\n]*(?:\n[ \t]*\S[^\n]*)*/m;
const ADDRESSED = /\b(?<!thank )(?:you|your)\b/gi;
const ADDRESSED_MIN = 4;
function assessmentWrittenAsLetter(letter: string): boolean {
  const opening = PROSE_PARAGRAPH.exec(letter);
  if (!opening || !(OWN_ASSESSMENT.test(opening[0]) || ASSESSMENT_OUTCOME.test(opening[0]))) return false;
  const t: KindText = { head: letter, title: "", first: "", body: letter };
  const hs = headings(t);
  if (hs.length < 3 || !hs.some((h) => HEADING_ANALYSIS.test(h) || HEADING_OUTCOME.test(h))) return false;
  return hs.some((h) => HEADING_VIEWS.test(h) || HEADING_DOMAIN.test(h)) || count(ADDRESSED, letter) >= ADDRESSED_MIN;
}

type KindText = { head: string; title: string; first: string; body: string };

// Generic layout evidence beside the title, body and layout cues above: what a record's frame shows whatever it is about.
const LAYOUT_FEATURES: Array<[string, (t: KindText) => boolean]> = [
  // An addressee line ("To: The Family Court", "This report is being sent to:") and a letter's sign-off.
  ["addressee", (t) => /^[ \t]*(?:to|sent to|this report is being sent to)[ \t]*:/im.test(t.head.slice(0, 800))],
  ["signoff", (t) => /^[ \t]*(?:yours sincerely|yours faithfully|kind regards|best wishes|with (?:love|best wishes)|many thanks|regards|thanks)\b/im.test(t.body)],
  ["letterhead-postcode", (t) => /\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b/.test(t.head.slice(0, 300))],
  ["title-letter", (t) => /\bletter\b/i.test(t.title)],
  ["title-session", (t) => /\bsession\b/i.test(t.title)],
  ["title-visit", (t) => /\bvisit\b/i.test(t.title)],
  ["title-log", (t) => /\blog\b/i.test(t.title)],
  ["title-audit", (t) => /\baudit\b/i.test(t.title)],
  // Not a running note's first entry ("12/09 16.10 hv re school report of K…"): a title does not open on a date.
  ["title-report", (t) => /^(?![ \t]*\d).*\breport\b/im.test(t.title)],
  ["title-referral", (t) => /\breferral\b/i.test(t.title)],
  ["title-review", (t) => /\breview\b/i.test(t.title)],
  [
    "title-meeting",
    (t) => !REPORT_FOR.test(t.first) && t.title.split("\n").some((l, j) => /\b(?:minutes|meeting|conference|core group|strategy)\b/i.test(l) && !(j > 0 && DATED_FIELD.test(l))),
  ],
  ["title-record", (t) => /\b(?:note|record(?:ing)?)\b/i.test(t.title)],
  ["statement", (t) => /\bstatement\b/i.test(t.title) || /\bI make this statement\b/i.test(t.body)],
  ["home-visit-head", (t) => /\bhome visit\b/i.test(t.head)],
  ["seen-alone", (t) => /\bseen alone\b/i.test(t.body)],
  // Paragraphs numbered 1, 2, 3 (a statement's or judgment's); entries by day ("Monday 3", "3 November 2026").
  ["numbered-paragraphs", (t) => count(NUMBERED_PARAGRAPH, t.body.slice(0, 3000)) >= 3],
  ["dated-entries", (t) => count(DATED_ENTRY, t.body) >= 3],
  ["day-entries", (t) => count(DAY_ENTRY, t.body) >= 3],
  // A form: three or more "Field: value" lines at the top.
  ["form-fields", (t) => count(FIELD_LINE, t.head.slice(0, 800)) >= 3],
  ["first-person", (t) => count(/\bI\b/g, t.body) >= 5],
  ["second-person", (t) => count(/\byou\b/gi, t.body) >= 8],
  // The shape of an assessment's write-up, whatever its title: headings of its own for an analysis, for what should
  // happen, for the people's views, for the domains it weighs, and the Assessment Framework's three sides (stop 38).
  ["heading-analysis", (t) => headings(t).some((h) => HEADING_ANALYSIS.test(h))],
  ["heading-outcome", (t) => headings(t).some((h) => HEADING_OUTCOME.test(h))],
  ["heading-views", (t) => headings(t).some((h) => HEADING_VIEWS.test(h))],
  ["heading-domains", (t) => headings(t).filter((h) => HEADING_DOMAIN.test(h)).length >= 2],
  ["headings-many", (t) => headings(t).length >= 5],
  ["framework-triangle", (t) => frameworkSides(t.body) >= 2],
  // Numbered headings ("6. Analysis") are a report's sections; numbered prose paragraphs are a statement's.
  ["numbered-headings", (t) => headings(t).filter((h) => /^\d{1,2}[.)]?\s/.test(h)).length >= 3],
  ["numbered-prose", (t) => count(NUMBERED_PROSE, t.body.slice(0, 4000)) >= 3],
  // Written to or for a court: the court addressed, a statement of truth, the orders sought, the parties as fields.
  ["court-voice", (t) => COURT_VOICE.test(t.body)],
  ["order-sought", (t) => ORDER_SOUGHT.test(t.body)],
  ["parties", (t) => /^[ \t]*(?:applicants?|respondents?)[ \t]*:/im.test(t.head)],
  // Correspondence without header lines: it opens with a greeting ("Hi Ruth,", "Hello Jonah,").
  ["greeting", (t) => /^(?:hi|hello|hiya|good (?:morning|afternoon))\b[^\n.!?]{0,30},?$/i.test(t.first)],
  // A running record: entries that open with what the worker did ("Rang Mum", "Spoke to Jonah", "Emailed school").
  ["worker-actions", (t) => count(WORKER_ACTION, t.body) >= 2],
  // A note's own fields ("Details:", "Action:") and a call or contact as its title.
  ["note-fields", (t) => NOTE_FIELD.test(t.body)],
  [
    "title-call",
    (t) => /\b(?:(?:tele)?phone call|call (?:from|to|with)|phoned|rang|(?:discussion|conversation|(?:tele)?phone contact) with|(?:tele)?phone message)\b/i.test(t.title),
  ],
  // Events by date, one a line, with any separator ("3 March 2024 – School referral", "12/03/24: GP").
  ["date-led-lines", (t) => count(DATE_LED_LINE, t.body) >= 4],
  // A supervision's own fields without the word: the manager's direction, the worker's reflections, their caseload.
  ["supervision-fields", (t) => count(SUPERVISION_FIELD, t.body) >= 2],
  // Stop 40, from published visit templates and guidance: a visit form's own fields and headings ("Time of arrival",
  // "Who was present", "Home environment", "Setting"). Not the worker's arrival in prose ("Marie let me in"): an
  // assessment narrates its visits too, and weighing that read an unseen assessment as a visit.
  ["visit-fields", (t) => VISIT_FIELD.test(t.body)],
  // Stop 42: what a record is about, whatever its title. A note of one occasion says so ("today", "on arrival", "when I
  // left", "during the call"); an assessment or a report weighs what it learned over time and ends on its conclusion or
  // recommendation (in its last third).
  ["one-occasion", (t) => ONE_OCCASION.test(t.body)],
  ["concluding", (t) => CONCLUDING.test(t.body.slice(Math.floor(t.body.length * 0.7)))],
  // One occasion in the family's home (a room, being let in, the child seen on their own): a visit, by any name.
  ["home-occasion", (t) => ONE_OCCASION.test(t.body) && AT_HOME.test(t.body)],
  // Stop 43 (quality48): on one occasion, the home looked at in more than one way (a room, being let in, the child seen
  // on their own, how the home was, food in the fridge): what a visit records, whatever its title ("Safe and well
  // check", the child's name). Not a review that talks about the home: it records no one occasion.
  ["home-observed", (t) => ONE_OCCASION.test(t.body) && homeObservations(t.body) >= 2],
  // A purpose given as a field at the top ("Purpose: statutory check", "Reason for visit:"): a visit's own line.
  ["purpose-field", (t) => PURPOSE_FIELD.test(t.head.slice(0, 800))],
  // Dated lines as one part of a write-up: they stand before an analysis or outcome heading and are under half its
  // lines ("Contacts during the assessment", then "Analysis", "Decision"); a chronology is its dated lines.
  ["dated-then-analysis", (t) => datedThenAnalysis(t)],
];
const PURPOSE_FIELD = /^[ \t]*(?:purpose|reason for (?:the )?(?:visit|contact|seeing [\p{L}]+))[ \t]*:[ \t]*\S/imu;
// What a visit looks at in the home, one kind each: a room, being let in, the child on their own, how the home was, food.
const HOME_OBSERVATIONS = [
  /\b(?:bedroom|kitchen|living room|front room|lounge|bathroom)\b/i,
  /\blet (?:me|us) in\b/i,
  /\b(?:seen|spoke (?:to|with) [\p{Lu}][\p{L}'’-]+|talked to me|saw (?:him|her|them|[\p{Lu}][\p{L}'’-]+)) (?:on (?:his|her|their) own|alone)\b/iu,
  /\b(?:the|their|his|her) (?:home|house|flat|room) (?:was|is|were|looked|felt) (?:[a-z]+ )?(?:clean|tidy|warm|cold|messy|cluttered|dirty|untidy|calm|chaotic|homely)\b/i,
  /\b(?:fridge|cupboards?|food in)\b/i,
];
function homeObservations(body: string): number {
  let n = 0;
  for (const re of HOME_OBSERVATIONS) if (re.test(body)) n++;
  return n;
}
function datedThenAnalysis(t: KindText): boolean {
  const lines = t.body.split("\n").filter((l) => l.trim());
  let dated = 0;
  let first = -1;
  let last = -1;
  lines.forEach((l, i) => {
    if (DATE_LED_LINE_ONE.test(l)) {
      dated++;
      if (first < 0) first = i;
      last = i;
    }
  });
  // Stop 44 (quality49): the dated lines' stretch, from the first to the last, is under half the record's lines (a
  // chronology whose entries take two lines each has few dated lines but spans the record).
  if (dated < 3 || (last - first + 1) * 2 >= lines.length) return false;
  return lines.slice(last + 1).some((l) => {
    const h = l.trim();
    return h.split(/\s+/).length <= MAX_HEADING_WORDS && !/[.!]$/.test(h) && (HEADING_ANALYSIS.test(h) || HEADING_OUTCOME.test(h));
  });
}
const AT_HOME =
  /\b(?:bedroom|let (?:me|us) in|(?:the|their|his|her) (?:home|house|flat) (?:was|is|were)|kitchen|living room|front room|lounge|(?:seen|talked to me) (?:on (?:his|her|their) own|alone))\b/i;
const ONE_OCCASION =
  /\b(?:today|tonight|this (?:morning|afternoon|evening)|on arrival|(?:I|we) arrived|(?:I|we) left (?:at|the)|(?:when|before) (?:I|we) left|during (?:the|this|today'?s) (?:visit|call|session|meeting|conversation|contact)|at the end of the (?:visit|call|session|meeting))\b/i;
const CONCLUDING =
  /\b(?:in conclusion|to conclude|I (?:conclude|recommend)|it is recommended|recommendations?|(?:my|our|the) (?:overall )?(?:assessment|analysis|view) is|on balance|in summary|concluded that)\b/i;
const VISIT_FIELD =
  /^[ \t]*(?:time of (?:arrival|departure)|(?:arrival|departure) time|(?:who was|persons?|people|everyone) present|location of (?:the )?visit|home (?:environment|conditions)|observations? of the (?:home|environment)|setting|(?:the )?(?:child|young person)(?:'s)? (?:presentation|room)|bedroom)[ \t]*(?::|$)/im;
// A heading: a short line of its own (numbered or not) with no sentence end, followed by more text.
const HEADING_LINE = /^[ \t]*((?:(?:section|part)[ \t]+)?(?:[A-Z]?\d{1,2}(?:\.\d{1,2})?[.):]?[ \t]+)?\p{Lu}[^\n.!]{1,70}?[?:]?)[ \t]*\n(?=[ \t]*\S|[ \t]*\n[ \t]*\S)/gmu;
const MAX_HEADING_WORDS = 9;
const headingCache = new WeakMap<KindText, string[]>();
function headings(t: KindText): string[] {
  let out = headingCache.get(t);
  if (out) return out;
  out = [];
  HEADING_LINE.lastIndex = 0;
  for (let m = HEADING_LINE.exec(t.body); m; m = HEADING_LINE.exec(t.body)) {
    const h = m[1].trim();
    // Not a form's field with its value ("Child: Amir"), nor a sentence that lost its full stop.
    // Nor a greeting or sign-off ("Hi all,", "Kind regards,").
    if (/:[ \t]*\S|,$/.test(h) || h.split(/\s+/).length > MAX_HEADING_WORDS) continue;
    out.push(h);
  }
  headingCache.set(t, out);
  return out;
}
const HEADING_ANALYSIS =
  /\b(?:analysis|conclusions?|findings|summary of (?:strengths|risks|needs|concerns|findings)|(?:professional|worker'?s|practitioner'?s|social worker'?s|assessor'?s) (?:view|judgement|judgment|opinion|summary)|my view|what (?:I|we) think|what this means|risk summary)\b/i;
const HEADING_OUTCOME = /\b(?:recommendations?|outcome|decision|next steps|(?:our|the|agreed) plan|plan$|actions? agreed|what (?:needs to|should|will) happen|contingency)\b/i;
const HEADING_VIEWS =
  /\b(?:views|wishes and feelings|voice of the child|lived experience|what [\p{Lu}][\p{L}'’]* (?:says|said|told (?:me|us)|thinks)|in (?:his|her|their|my) own words)\b/iu;
const HEADING_DOMAIN =
  /\b(?:developmental needs|parenting capacity|family and environmental|basic care|ensuring safety|emotional warmth|stimulation|guidance and boundaries|stability|health|education|identity|self[- ]care|household|who (?:lives|is in)|family (?:composition|history|structure|network)|housing|income|finances?|motivation|checks|background|strengths|worr(?:y|ies|ied)|concerns|risks?|going well|hard for|needs)\b/i;
// The Assessment Framework's three sides, named in headings or prose. "Wider family and environmental factors" and
// "family and environmental factors" are one side (the capture group leaves "wider" out, so both count once).
const FRAMEWORK_SIDE = /\b(?:wider )?(developmental needs|parenting capacity|family and environmental factors)\b/gi;
function frameworkSides(text: string): number {
  const seen = new Set<string>();
  FRAMEWORK_SIDE.lastIndex = 0;
  for (let m = FRAMEWORK_SIDE.exec(text); m; m = FRAMEWORK_SIDE.exec(text)) seen.add(m[1].toLowerCase());
  return seen.size;
}
const NUMBERED_PROSE = /^[ \t]*(?:\d{1,3}[.)]|\[\d{1,3}\])[ \t]+\p{Lu}(?:[^\n]*?[ \t]){11}/gmu;
const COURT_VOICE =
  /\b(?:(?:invite|ask|urge|recommend to|respectfully (?:recommend|invite|ask|submit))s? (?:that )?the court|the court (?:is (?:asked|invited)|makes?|grants?|approves?)|statement of truth|facts stated in this|I make this (?:statement|evidence)|filed with the court|ordered by the court|(?:appointed|acting) as (?:the )?children'?s guardian)\b/i;
const ORDER_SOUGHT = /\b(?:interim |final )?(?:care|placement|supervision|child arrangements|special guardianship) orders?\b/i;
const WORKER_ACTION = /^[ \t]*(?:rang|phoned|called|spoke (?:to|with)|emailed|texted|met with|left a (?:message|voicemail)|tried to call|received a call)\b/gim;
const NOTE_FIELD = /^[ \t]*(?:details|action(?:s| taken)?|nature of (?:call|contact)|type of contact|contact type|purpose of (?:the )?(?:call|contact))[ \t]*:/im;
// A date written at a line's start, numeric or with the month's name ("12/03/24", "3rd March 2024").
const LEADING_DATE = String.raw`(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4})`;
const DATE_LED_LINE = new RegExp(String.raw`^[ \t]*${LEADING_DATE}[ \t]*[–—:|-][ \t]*\S`, "gim");
const DATE_LED_LINE_ONE = new RegExp(String.raw`^[ \t]*${LEADING_DATE}[ \t]*[–—:|-][ \t]*\S`, "i");
const SUPERVISION_FIELD =
  /\b(?:manager'?s (?:direction|decision|oversight|comments)|worker'?s reflections?|reflections? on practice|caseload|(?:worker'?s )?wellbeing|1:1|one[- ]to[- ]one|case discussion)\b/gi;
const DAY_ENTRY = /^[ \t]*(?:mon|tue|wed|thu|fri|sat|sun)[a-z]* \d{1,2}\b|^[ \t]*\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}\b/gim;
const FIELD_VALUE = /^((?!re\b|subject\b|title\b)[^:\n]{1,30}:)[ \t]*\S.*$/i;
const FIELD_LINE = /^[ \t]*\p{Lu}[\p{L} ']{1,25}:[ \t]*\S/gmu;

/**
 * Every piece of evidence for a kind that the record shows, by name: the title cues (on any title line, and again
 * on the first), the court, letter, minutes and log cues, the body cues and the layout's. Their weights per kind
 * are fitted across the development sets by scripts/fit-kind.mjs (rules/kind-weights.json).
 */
export function kindFeatures(text: string): string[] {
  const head = text.slice(0, HEAD_CHARS);
  const title = titleLines(head);
  const titles = title.split("\n");
  const t: KindText = { head, title, first: titles[0], body: text.slice(0, 6000) };
  const out: string[] = [];
  // A report written for a meeting ("Social worker's report to the initial conference", then "Date of conference:") is
  // a report, not the meeting's minutes: its title's meeting words are not a case note's (stop 40, from published
  // conference report templates).
  const forMeeting = REPORT_FOR.test(t.first);
  TITLE_CUES.forEach(([kind, re], i) => {
    if (forMeeting && kind === "case-note") return;
    // A field under the title dated as an earlier meeting ("Strategy discussion: 02/02/2026") names what came before,
    // not the record.
    if (titles.some((l, j) => re.test(l) && !(kind === "case-note" && j > 0 && DATED_FIELD.test(l)))) out.push(`title:${kind}#${i}`);
    if (re.test(t.first)) out.push(`first:${kind}#${i}`);
  });
  if (titles.some((l) => PANEL_REPORT.test(l))) out.push("panel-report");
  if (REPORT_TITLE.test(t.first)) out.push("report-title");
  if (titles.some((l) => PART_TITLE.test(l))) out.push("part-title");
  if (COURT.test(head) || titles.some((l) => COURT_STATUTE.test(l) && !/[.!?]$/.test(l)) || WELFARE_CHECKLIST.test(head)) out.push("court");
  if (COURT_TITLE.test(title)) out.push("court-title");
  if (COURT_CASE_NO.test(head)) out.push("court-case-number");
  if (count(NUMBERED_PARAGRAPH, head) >= 2 && JUDICIAL_VOICE.test(head)) out.push("judicial-voice");
  if (ASSESSMENT.test(title)) out.push("title-assessment");
  if (LETTER.test(head)) out.push("dear");
  if (count(DATED_ROW, t.body) >= 4) out.push("dated-rows");
  if (MINUTES_FIELD.test(head)) out.push("minutes-fields");
  if (speakerTurns(t.body) >= 3) out.push("speaker-turns");
  if (TIMED_LOG.test(t.body)) out.push("timed-log");
  if (count(DATED_ENTRY, t.body) >= 2) out.push("dated-entry");
  BODY_CUES.forEach(([kind, re], i) => {
    if (re.test(head)) out.push(`body:${kind}#${i}`);
  });
  // Stop 42: what a form's field below the title holds ("Purpose: a check for a child on a child protection plan") is
  // not what the record calls itself; its label is ("Re:" and "Subject:" name the record).
  const named = titles.map((l, j) => (j ? l.replace(FIELD_VALUE, "$1") : l)).join("\n");
  LAYOUT_EVIDENCE.forEach(([kind, re, where], i) => {
    if (re.test(where === "title" ? named : t.body)) out.push(`layout:${kind}#${i}`);
  });
  for (const [name, test] of LAYOUT_FEATURES) if (test(t)) out.push(name);
  return out.includes("dated-then-analysis") ? out.filter((f) => !DATED_LINE_FEATURES.has(f)) : out;
}

// Stop 44 (quality49): a chronology is mostly its dated lines. Where they are under half a write-up's lines and an
// analysis or outcome heading follows them ("dated-then-analysis"), they are that write-up's list of contacts, and
// the evidence of dated rows or entries is not weighed for it (fitted on records whose dated lines are the record,
// it outweighed the write-up's own headings).
const DATED_LINE_FEATURES = new Set(["dated-rows", "dated-entry", "dated-entries", "date-led-lines", "day-entries"]);

/**
 * Layout any record may show (fields, numbered lines, first person, headings, a postcode): weighed beside other
 * evidence, but a record that shows only these shows no kind, and is unknown.
 */
export const GENERIC_FEATURES: readonly string[] = [
  "form-fields",
  "first-person",
  "second-person",
  "numbered-paragraphs",
  "numbered-prose",
  "headings-many",
  "letterhead-postcode",
];
const GENERIC = new Set(GENERIC_FEATURES);

const WEIGHTS = kindWeights.weights as Record<string, Record<string, number>>;
const BIAS = kindWeights.bias as Record<string, number>;

/**
 * The kind with the most weight of evidence, each kind's score (its bias and the fitted weight of each feature the
 * record shows) and the margin over the next kind. "unknown" when the record shows no evidence at all.
 */
export function weighKind(text: string): { kind: DocumentKind; margin: number; scores: Partial<Record<DocumentKind, number>> } {
  return weighFeatures(kindFeatures(text));
}

function weighFeatures(features: readonly string[]): { kind: DocumentKind; margin: number; scores: Partial<Record<DocumentKind, number>> } {
  if (features.every((f) => GENERIC.has(f))) return { kind: "unknown", margin: 0, scores: {} };
  const scores: Partial<Record<DocumentKind, number>> = {};
  for (const kind of Object.keys(BIAS) as DocumentKind[]) {
    let s = BIAS[kind];
    for (const f of features) s += WEIGHTS[f]?.[kind] ?? 0;
    scores[kind] = s;
  }
  const ranked = (Object.entries(scores) as Array<[DocumentKind, number]>).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return { kind: ranked[0][0], margin: ranked[0][1] - (ranked[1]?.[1] ?? 0), scores };
}

/**
 * The kind and a reason the pane can show: what decided a framed record, or the two or three pieces of evidence that
 * most favoured the winner over the next kind (stop 38). Never quotes the record (it may name another child).
 */
export function explainKind(text: string, subjectForms?: ReadonlySet<string>): { kind: DocumentKind; reason: string } {
  if (typeof text !== "string" || !text) return { kind: "unknown", reason: NO_EVIDENCE };
  const framed = framedKind(text, subjectForms);
  if (framed) return { kind: framed, reason: `Read as ${KIND_WORDS[framed]}: ${framedBecause(text.slice(0, HEAD_CHARS), framed)}.` };
  const features = kindFeatures(text);
  const { kind, scores } = weighFeatures(features);
  if (kind === "unknown") return { kind, reason: NO_EVIDENCE };
  const top = leadingEvidence(features, kind, scores);
  return { kind, reason: top.length ? `Read as ${KIND_WORDS[kind]} from ${top.join("; ")}.` : `Read as ${KIND_WORDS[kind]} on balance.` };
}

/**
 * Why a check read a record as `kind` (the kind its report says it inferred), for the pane's "Read as" line: the
 * frame that decided it, or up to three pieces of evidence that favoured it most over the next kind; empty when the
 * record shows none (unknown) or the evidence does not favour `kind`. Plain words, never the record's (stop 39).
 */
export function kindEvidence(text: string, kind: DocumentKind): string[] {
  if (typeof text !== "string" || !text || kind === "unknown") return [];
  const head = text.slice(0, HEAD_CHARS);
  // The frame, read without the child's names: a salutation decides a letter to the child or correspondence.
  const framed = framedKind(text);
  const family = (k: DocumentKind) => (k === "letter-to-child" ? "email" : k);
  if (framed) return family(framed) === family(kind) ? [framedBecause(head, kind)] : [];
  const features = kindFeatures(text);
  return leadingEvidence(features, kind, weighFeatures(features).scores);
}

/** The evidence that most favours `kind` over the best other kind, in plain words (at most three). */
function leadingEvidence(features: readonly string[], kind: DocumentKind, scores: Partial<Record<DocumentKind, number>>): string[] {
  const next = (Object.entries(scores) as Array<[DocumentKind, number]>).filter(([k]) => k !== kind).sort((a, b) => b[1] - a[1])[0]?.[0];
  const lead = (f: string) => (WEIGHTS[f]?.[kind] ?? 0) - (next ? (WEIGHTS[f]?.[next] ?? 0) : 0);
  const labels = features
    .filter((f) => lead(f) > 0)
    .sort((a, b) => lead(b) - lead(a))
    .map(featureLabel);
  return [...new Set(labels)].slice(0, 3);
}

const NO_EVIDENCE = "No title, layout or wording that marks a kind of record.";
const KIND_WORDS: Record<DocumentKind, string> = {
  "court-report": "a court paper",
  "case-note": "a case note",
  "visit-record": "a visit record",
  email: "correspondence",
  chronology: "a chronology",
  assessment: "an assessment, plan or report",
  supervision: "a supervision record",
  "letter-to-child": "a letter to the child",
  unknown: "an unknown kind",
};

function framedBecause(head: string, kind: DocumentKind): string {
  if (kind === "case-note") return "its title names a file or attendance note";
  if (kind === "court-report") return "an order's or judgment's own words";
  if (kind === "letter-to-child") return "it opens with a salutation to the child";
  return isEmail(head) ? "email header lines (From:, To:, Subject:)" : "it opens with a salutation";
}

// Plain words for each piece of evidence (kindFeatures' names), for the reason.
const FEATURE_WORDS: Record<string, string> = {
  "panel-report": "a panel or permanence report's title",
  "report-title": "a report's title",
  "part-title": "an appendix or extract's title",
  court: "the court's heading or terms",
  "court-title": "a statement or care plan's title",
  "court-case-number": "a court case number",
  "judicial-voice": "the court's or an advocate's voice",
  "title-assessment": "an assessment's title",
  dear: "a salutation",
  "dated-rows": "a table of dated rows",
  "minutes-fields": "attendees or apologies",
  "speaker-turns": "speakers' turns",
  "timed-log": "timed entries",
  "dated-entry": "dated entries",
  addressee: "an addressee line",
  signoff: "a letter's sign-off",
  "letterhead-postcode": "a letterhead",
  "title-letter": "a letter's title",
  "title-session": "a session's title",
  "title-visit": "a visit's title",
  "title-log": "a log's title",
  "title-audit": "an audit's title",
  "title-report": "a report's title",
  "title-referral": "a referral's title",
  "title-review": "a review's title",
  "title-meeting": "a meeting's title",
  "title-record": "a note or record's title",
  statement: "a statement",
  "home-visit-head": "a home visit near the top",
  "seen-alone": "the child seen alone",
  "numbered-paragraphs": "numbered paragraphs",
  "dated-entries": "entries by date",
  "day-entries": "entries by day",
  "form-fields": "form fields",
  "first-person": "the writer's first person",
  "second-person": "writing to the reader",
  "heading-analysis": "an analysis heading",
  "heading-outcome": "a recommendation, decision or plan heading",
  "heading-views": "a heading for people's views",
  "heading-domains": "headings for the domains assessed",
  "headings-many": "many section headings",
  "framework-triangle": "the Assessment Framework's domains",
  "numbered-headings": "numbered section headings",
  "numbered-prose": "numbered paragraphs of prose",
  "court-voice": "words addressed to the court",
  "order-sought": "an order named",
  parties: "the parties as fields",
  greeting: "a greeting",
  "worker-actions": "the worker's calls and messages",
  "note-fields": "a note's fields",
  "title-call": "a call as the title",
  "date-led-lines": "events by date, one a line",
  "supervision-fields": "a supervision's fields",
  "visit-fields": "a visit form's fields",
  "one-occasion": "one occasion recorded",
  concluding: "a conclusion or recommendation at the end",
  "home-occasion": "one occasion in the family's home",
  "home-observed": "the home looked at in more than one way",
  "purpose-field": "a purpose given at the top",
  "dated-then-analysis": "dated lines before an analysis or outcome",
};

function featureLabel(f: string): string {
  const cue = /^(title|first|body|layout):([a-z-]+)#\d+$/.exec(f);
  if (!cue) return FEATURE_WORDS[f] ?? f;
  const words = KIND_WORDS[cue[2] as DocumentKind].replace(/^(?:a|an) /, "");
  if (cue[1] === "layout") return `the layout of ${KIND_WORDS[cue[2] as DocumentKind]}`;
  return cue[1] === "body" ? `the wording of ${KIND_WORDS[cue[2] as DocumentKind]}` : `a ${words}'s title`;
}

const PANEL_REPORT =
  /\b(?:(?:child(?:'s|ren's)? )?permanence report|(?:adoption|fostering|matching|placement) panel report|(?:report|recommendation)s? (?:to|for) (?:the )?(?:[a-z-]+ ){0,2}(?:panel|agency decision[- ]maker|adp)|(?:matching|linking) report)\b/i;
const NUMBERED_PARAGRAPH = /^[ \t]*\[?\d{1,3}\.?\]?[ \t]+\p{Lu}/gmu;
// A title, not a running note's first entry ("12/09 hv re school report of K…"): no date before it, no sentence end.
const REPORT_TITLE = /^(?![ \t]*\d)(?!.*\bvisit)[^.!?\n]*\breport\b[^.!?\n]*$/i;
const REPORT_FOR = /\breport (?:for|to)\b/i;
const PART_TITLE = /^(?:appendix|annex|annexe|schedule|extract)\b(?:[ \t]+[A-Z0-9]{1,3}\b)?[ \t]*[:.–—-]?/i;
// The court's, an advocate's or a party's voice: "I find", "I am satisfied", "who appears for the mother",
// "the children's guardian", "the father's case is".
const JUDICIAL_VOICE =
  /\b(?:this judgment|I (?:find|found|am satisfied|accept|reject|prefer|direct|make (?:a|an|the)(?: [a-z]+)? order)|counsel (?:for|on behalf of)|(?:appears?|appeared|appearing|acting) (?:for|on behalf of) the (?:mother|father|local authority|applicant|respondent|parents)|the children['’]s guardian|the (?:mother|father)['’]s case)\b/;
const FILE_NOTE = /^(?:[^\n]{0,40}\b)?(?:file note|attendance note|note of (?:a )?(?:telephone )?(?:call|attendance|meeting)|telephone attendance)\b/im;
// An order's own words ("Upon hearing counsel…", "It is ordered that…", "I direct that…") or a judgment's header.
const COURT_ORDER =
  /^[ \t]*(?:upon (?:hearing|reading)|it is (?:ordered|directed|recorded)|i direct that|neutral citation|approved judgment)\b|^[ \t]*(?:case management |directions |interim care |final |supervision |placement |child arrangements )?order\s*$|\bbefore\s*:?\s*(?:HHJ|His Honour Judge|Her Honour Judge|District Judge|Recorder|(?:Mr|Mrs|Ms) Justice)\b/im;
const COURT_CASE_NO = /\b[A-Z]{2}\d{2}[CP]\d{4,6}\b|\bin the (?:family|high) court\b/i;
const DATED_ENTRY = /^[ \t]*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/gm;

function speakerTurns(text: string): number {
  SPEAKER_TURN.lastIndex = 0;
  let n = 0;
  for (let m = SPEAKER_TURN.exec(text); m; m = SPEAKER_TURN.exec(text)) {
    if (!FIELD_LABELS.has(m[1].toLowerCase()) && (/^["“]/.test(m[2]) || m[2].split(/\s+/).length >= TURN_WORDS)) n++;
  }
  return n;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function isEmail(head: string): boolean {
  const seen = new Set<string>();
  EMAIL_HEADER.lastIndex = 0;
  const top = head.slice(0, 600);
  let start = -1;
  for (let m = EMAIL_HEADER.exec(top); m; m = EMAIL_HEADER.exec(top)) {
    if (start < 0) start = m.index;
    seen.add(m[1].toLowerCase());
  }
  if (seen.size < 2 && !/^\s*from:/i.test(head)) return false;
  // Stop 42: an email printed or forwarded shows its subject, its sending time or its copies, or greets its reader
  // (GREETING_LINE); "To:" and "From:" alone are a memo's or a form's lines (every development email shows one of these).
  if (!seen.has("subject") && !seen.has("sent") && !seen.has("cc") && !seen.has("bcc") && !GREETING_LINE.test(head)) return false;
  // Header lines a note pastes under its own prose ("Email received from school, pasted below:") are the note's; a
  // report sent up under a memo's header (To:, From:, Re: an assessment, then its sections) is the report (stop 41).
  return opensRecord(head, start) && !memoReport(head) && !NOTE_TITLE_ABOVE.test(head.slice(0, start));
}

// A form's title above From:/To: lines ("Telephone message", "Contact record – front door"): the lines are the
// form's fields, the record is weighed (a subject printed first, "RE: Home visit note", or a forwarding greeting is
// still the email's).
const NOTE_TITLE_ABOVE =
  /^\s*(?!(?:re|fwd?)\s*:|(?:hi|hello|hiya|dear|good (?:morning|afternoon))\b)[^\n.!?]{0,40}\b(?:message|notes?|record(?:ing)?|log|contact)\b[^\n.!?]{0,40}\n/i;

// A line of prose: seven words or more that end a sentence or lead into what follows ("… which read:").
const PROSE_LINE = /^[ \t]*(?:\S+[ \t]+){6,}[^\n]*?(?:[.!?:]["'”’)]?[ \t]*$|[.!?]["'”’)]?[ \t]+["'“‘(]?\p{Lu})/mu;
// A greeting, or a reply's or a forward's subject printed above the header ("RE: Visit note for Leo").
const GREETING_LINE = /^[ \t]*(?:hi|hello|hiya|dear|good (?:morning|afternoon)|re[ \t]*:|fwd?[ \t]*:)/im;
const GREETING_FIRST = /^\s*(?:hi|hello|hiya|dear|good (?:morning|afternoon))\b/i;

/** Whether a frame (email header lines, a salutation) at `at` opens the record: no prose before it, unless the record
 * opens with a greeting (a forwarding note above the email it forwards). */
function opensRecord(head: string, at: number): boolean {
  return at <= 0 || GREETING_FIRST.test(head) || !PROSE_LINE.test(head.slice(0, at));
}

const MEMO_SUBJECT = /^[ \t]*(?:re|subject)[ \t]*:[^\n]*\b(?:assessment|report|review)\b/im;
const MEMO_SECTIONS = 4;
// What a sent or forwarded email shows and a memo does not: its sending time, a greeting, a forwarded message.
const SENT_EMAIL = /^[ \t>]*sent[ \t]*:|^[ \t]*(?:hi|hello|dear)\b|\b(?:forwarded|original) message\b/im;
/** A memo's header above a report's sections: its subject names an assessment or report, four headings follow, and
 * nothing shows an email sent (a forwarded assessment is still an email). */
function memoReport(head: string): boolean {
  if (!MEMO_SUBJECT.test(head) || SENT_EMAIL.test(head)) return false;
  return headings({ head, title: "", first: "", body: head }).length >= MEMO_SECTIONS;
}

// A title is a short line that is not running prose: at most this many words, and no sentence ends inside it
// (so "Outcome 1: …. Family support worker to visit weekly." under a plan's title is not a title).
const MAX_TITLE_WORDS = 14;
// An entry under a date ("18 March 2024 – Home visit", "12/10/22: GP") is a record's first event, not its title.
const DATE_LED_TITLE = new RegExp(String.raw`^${LEADING_DATE}\b`, "i");
// A field whose value is the date of an earlier event ("Core group meeting: 04/03/2026"), not "Date of …: …".
const DATED_FIELD = new RegExp(String.raw`^(?!date\b|time\b)[^:\n]{2,40}:[ \t]*(?:held[ \t]+|on[ \t]+)?${LEADING_DATE}`, "i");
const INNER_SENTENCE_END = /[.!?]["'”’)]?\s+["'“‘(]?\p{Lu}/u;

// Stop 41: a title that names its own record before what led to it ("Single assessment following strategy discussion",
// "Assessment record – following police notification of an incident") is that record; the event after the connector is
// its cause, not its kind. Only when the words before name a kind, so "Written by … after the planning meeting" keeps it.
const TITLE_CONNECTOR = /\s(?:[–—-]\s*)?(?:following|(?<!\blooked )after|arising from|in response to|further to)\s/i;
function titleHead(line: string): string {
  const m = TITLE_CONNECTOR.exec(line);
  if (!m) return line;
  const before = line.slice(0, m.index);
  return ASSESSMENT.test(before) || TITLE_CUES.some(([, re]) => re.test(before)) ? before : line;
}

/** The first few non-empty lines; after the first, only those shaped like a title or a field count as title lines. */
function titleLines(head: string): string {
  const lines: string[] = [];
  let seen = 0;
  for (const line of head.split(/\r?\n/)) {
    const t = line.trim();
    if (!t) continue;
    seen++;
    if (seen === 1) lines.push(titleHead(t));
    else if (t.split(/\s+/).length <= MAX_TITLE_WORDS && !INNER_SENTENCE_END.test(t) && !DATE_LED_TITLE.test(t)) lines.push(t);
    if (seen >= TITLE_LINES) break;
  }
  return lines.join("\n");
}
