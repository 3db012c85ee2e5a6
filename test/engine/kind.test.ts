import { explainKind, framedKind, inferKind, kindFeatures, weighKind } from "../../src/engine/kind";
import probes from "./kind-probes.json";
import templateProbes from "./kind-template-probes.json";
import conventions from "../../rules/kind-conventions.json";
import type { DocumentKind } from "../../src/engine/types";

describe("inferKind", () => {
  const cases: Array<[DocumentKind, string]> = [
    ["email", "From: Sam Jones <sam@example.org>\nSent: 3 May 2025 10:00\nTo: Kay Lee\nSubject: Amir\n\nHi Kay,"],
    ["email", "From: Sam Jones\nDear Kay, please see below."],
    // "Date:" alone is a form field, not an email header.
    ["case-note", "Case note\nChild: Amir Khan\nDate: 03/05/2025\nType: Telephone call from school"],
    ["case-note", "CASE RECORDING\nAmir was seen at school."],
    ["visit-record", "Statutory visit record\nChild: Amir Khan"],
    ["visit-record", "HOME VISIT – CHILD PROTECTION PLAN\nChild: Lily Moran"],
    ["visit-record", "Child: Amir\nDate of visit: 03/05/2025\nSeen alone: yes"],
    // A health visitor's home visit inside a chronology does not make it a visit record.
    ["chronology", "Chronology of significant events\n12/10/2022: Health visitor home visit."],
    ["supervision", "SUPERVISION RECORD – CASE DISCUSSION\nSupervisee: Ben"],
    ["supervision", "Case supervision record\nDate: 28/05/2025"],
    ["court-report", "IN THE FAMILY COURT SITTING AT LEEDS\nCase No: LS25C00214"],
    ["court-report", "PARENTING ASSESSMENT OF MS JANE DOE\nCase number: NQ25C00318"],
    // A report to a panel or the agency decision-maker is the agency's assessment, even with the court's number (issue 12).
    ["assessment", "CHILD PERMANENCE REPORT\nPart 2: The child's health\nChild: Mo Hassan   Court: LS25C00214"],
    ["assessment", "Report to Adoption Panel: matching\nChild: Mo Hassan\nCase no: NQ25C00318"],
    ["assessment", "LONG-TERM MATCH – REPORT TO THE FOSTERING PANEL\nChild: Mo Hassan"],
    // Form fields are not speaker turns; a report for sentencing is the court's paper (issue 12, kind from layout).
    ["court-report", "WESTBY YOUTH OFFENDING TEAM\nPRE-SENTENCE REPORT\n\nName: Mo Hassan\nCourt: Westby Youth Court\nOffence: Theft\nAuthor: Jo Bell"],
    // A one-page "About me" profile is the agency's own assessment paper, as the profiles of the development sets are (stop 38).
    ["assessment", "About me\n\nName: Mo Hassan\nSchool: Park Academy\nAddress: Flat 2, Hill Road\nLikes: football and drawing."],
    // A manager's oversight is supervision; the supervision of family time is a case note; a home contact is a visit.
    ["supervision", "MANAGEMENT OVERSIGHT – decision\nChild: Mo Hassan"],
    ["case-note", "Family time supervision notes – Brook Family Centre\nChild: Mo Hassan"],
    ["visit-record", "School Nursing Service – home contact record\nChild: Mo Hassan"],
    ["court-report", "CARE PLAN (FINAL)\nChild: Mo Hassan"],
    ["court-report", "Interim care plan\nChild: Mo Hassan"],
    // The council's care plan for a looked-after child's review is its own plan, not the court's.
    // A plan for a looked-after child's review is the council's own plan, read as an assessment (its title, weighed).
    ["assessment", "CARE PLAN – PART 1 AND PART 2 (review version)\n\nName: Mo Hassan\n\n1. Why Mo is looked after"],
    ["court-report", "SOCIAL WORK STATEMENT – SECTION 4\nChild: Precious"],
    ["assessment", "Child and Family Assessment\nSection 7: Analysis"],
    ["letter-to-child", "Dear Amir,\nI am writing to tell you about your review."],
    ["case-note", "Case note\nType: home visit (announced)\nMaya is 10 months old."],
    // Layout as well as words (issue 12).
    ["case-note", "REVIEW CHILD PROTECTION CONFERENCE – MINUTES\nFamily: Reed"],
    ["case-note", "Family get-together\nPresent: Ann Reed (Mum); Tom Reed (Dad)\n\nAnn: I want her home."],
    ["case-note", "Notes\n\n21/10/25 09.40 call from mum, he is not home.\n21/10/25 10.15 he texted me back."],
    ["chronology", "Events\n\n12/03/2022 | Referral from school | CSC\n14/05/2022 | Home visit | Health\n01/06/2022 | Conference | CSC\n03/07/2022 | Review | CSC"],
    ["assessment", "VIABILITY ASSESSMENT – CONNECTED PERSON\nChild: Sara Ali"],
    ["assessment", "Anytown Safeguarding Children Partnership\nChild Safeguarding Practice Review: 'Ezra'"],
    ["letter-to-child", "Children in Need Team\nAnytown Council\n\n14 November 2025\n\nDear Ife,\n\nWe met last week."],
    ["email", "Anytown Nursery School\n2 Chester Street\n\n13 October 2025\n\nDear Mrs Hale,\n\nI am writing about Ife."],
    // A file note with From:/To: lines is a note, not an email; an order or a judgment is a court paper (issue 12).
    ["case-note", "FILE NOTE\nFrom: R. Osei (solicitor)\nTo: File\nRe: Nowak children – care proceedings\n\nCalled the guardian about the bundle."],
    ["case-note", "Telephone attendance note – 4 March\nSpoke to Ms Lowe's solicitor."],
    ["court-report", "CASE MANAGEMENT ORDER\nUpon hearing counsel for the applicant\nIT IS ORDERED THAT the matter be listed for a final hearing."],
    ["court-report", "Neutral Citation Number: [2025] EWFC 999\nBefore: HHJ Example\nRe A (A Child)"],
    ["letter-to-child", "Dear Sam,\n\nThis letter is about the meeting on Friday. You told me you like your new school."],
    ["unknown", "Some notes about the weather."],
    ["unknown", ""],
  ];
  test.each(cases)("%s: %j", (kind, text) => {
    expect(inferKind(text)).toBe(kind);
  });

  test("never throws on junk", () => {
    expect(() => inferKind(String.fromCharCode(...Array.from({ length: 5000 }, (_, i) => (i * 31) % 65536)))).not.toThrow();
    expect(inferKind(undefined as unknown as string)).toBe("unknown");
  });
});

describe("title lines are shaped like titles (issue 12, kind from layout)", () => {
  test("a plan whose third line is prose mentioning a visit is not a visit record", () => {
    const text = "Child Protection Plan – Theo Grant\n\nOutcome 1: Theo is safe at home.\nWhat needs to happen: Dad to start the course. Family support worker to visit weekly.";
    expect(inferKind(text)).toBe("assessment");
  });

  // The layout weighed where no title word decides (issue 12 item 4).
  test.each<[DocumentKind, string]>([
    ["assessment", "MY PATHWAY PLAN\nName: Mo Hassan   Age: 17\n\nAbout me\nI like cooking."],
    ["assessment", "One-page profile\nMo Hassan, age 9.\n\nWhat people like about me\nHe is kind."],
    ["assessment", "Section 2 - the household\n\n2.1 Mo lives with his aunt.\nPublished: March 2025"],
    ["case-note", "Duty record – Tuesday\nWorker: Jo Bell\n\n09:12 Call from school about Mo.\n\n10:40 Call to Mum, no answer."],
    ["case-note", "Record of physical intervention\nYoung person: Mo Hassan\nDate and time: 3 May, 20:40"],
    ["visit-record", "Mo Hassan\nSeen alone: yes, in his room\nHome conditions: warm and tidy"],
    ["supervision", "Team discussion\nSupervisee: Ben Ode\nReflective discussion: the worker's worry about Mo."],
    ["unknown", "Mo Hassan\nHe went to the park with his aunt."],
    // Form fields with short values are not speaker turns, so a referral form is not minutes.
    ["assessment", "Referral form\nMother: Ann Hassan\nFather: Ray Hassan\nSocial worker: Jo Bell\nSchool: Park Academy"],
  ])("%s from its layout: %j", (kind, text) => {
    expect(inferKind(text)).toBe(kind);
  });

  test("a short second line still names the kind", () => {
    expect(inferKind("Anytown Children's Services\nHome visit record\nChild: Theo Grant")).toBe("visit-record");
  });

  test("a running note that opens with HV is a visit record", () => {
    expect(inferKind("HV 3/4 – purpose: check on C after the weekend.\nC in lounge.")).toBe("visit-record");
  });

  test("a family time record with a supervisor is a case note, not a supervision record", () => {
    expect(inferKind("Family time record\nVenue: Anytown Family Centre\nSupervisor: Jo Bell, contact worker")).toBe("case-note");
    expect(inferKind("Notes\nSupervisor: Jo Bell\nMum arrived on time.")).toBe("unknown");
    expect(inferKind("Notes\nSupervisee: Jo Bell\nSupervisor: Kim Ray")).toBe("supervision");
  });

  test("numbered paragraphs in the court's own voice are a court paper, with no heading", () => {
    expect(inferKind("18. Ms Grant, who appears for the mother, argued that her progress was overlooked.\n\n19. I accept that submission.")).toBe("court-report");
    // Numbered minutes are not: no judge, advocate or children's guardian speaks.
    expect(inferKind("1. Attendance has risen to 91%.\n2. Mum said things are calmer.\n3. Next review in May.")).toBe("unknown");
  });

  test("the first line counts even when it is a sentence", () => {
    expect(inferKind("Home visit today. Theo was at home with Dad.")).toBe("visit-record");
  });
});

describe("an appendix names the part in hand (issue 12, stop 22)", () => {
  test("a review's chronology appendix is a chronology", () => {
    expect(inferKind('Child Safeguarding Practice Review: "Theo"\nAppendix B: Combined agency chronology (extract)\n\nKey to agencies: GP = general practitioner.')).toBe(
      "chronology",
    );
  });
  test("a review with no appendix line stays an assessment", () => {
    expect(inferKind('Child Safeguarding Practice Review: "Theo"\nPublished March 2026\n\n1. Introduction')).toBe("assessment");
  });
});

describe("a first line that names the paper a report (issue 12 item 4, stop 27)", () => {
  test("is a report, whatever a field below says", () => {
    expect(inferKind("Independent person's monthly report (Regulation 44)\nHome: Elm House\nVisit: unannounced, 26 November 2026\n\nI spoke with Theo.")).toBe("assessment");
    expect(inferKind("Foster Carer Annual Review - Report of the Supervising Social Worker\nCarers: Jo and Sam Bell")).toBe("assessment");
  });
  test("a weekly report is a running record, and a visit report is a visit", () => {
    expect(inferKind("Parent and child placement – carer's weekly report\nWeek ending: 29 November")).toBe("case-note");
    expect(inferKind("Statutory visit report\nChild: Theo Bell")).toBe("visit-record");
  });
  test("a running note's first entry that mentions a report is not a title", () => {
    expect(inferKind("12/09 16.10 hv (unannounced) re school report of K falling asleep in class.\nm answered.")).not.toBe("assessment");
  });
});

describe("the layout's title words, weighed with the first line first (issue 12 item 4, stop 32)", () => {
  test("a title word on the first line outweighs one in the fields under it", () => {
    expect(
      inferKind(
        "Designated officer – Initial consideration record\nReference: DO/2026/0387\nDate referral received: 30 November 2026\n\nThe allegation concerns a teaching assistant.",
      ),
    ).toBe("case-note");
  });
  test("an inspection's case summary and a panel's recommendation are the agency's assessment", () => {
    expect(inferKind("Inspection of children's services: case tracking summary\nChild: Theo Bell, 11\n\nTheo has had four social workers.")).toBe("assessment");
    expect(inferKind("Adoption panel: recommendation and reasons\nAgency: Northvale Adoption\n\nThe panel met on 26 November.")).toBe("assessment");
  });
});

describe("the paper's own name and layout before a word in its body (stop 33)", () => {
  test("a running log of timed entries is a case note, whatever an entry mentions", () => {
    expect(
      inferKind(
        "Duty log, front door, Tuesday 3 November\nEntry by the duty social worker\n\n09:12 Call from school about Kian. A child and family assessment of the family was completed last year.\n\n09:30 Checked records.",
      ),
    ).toBe("case-note");
  });
  test("a closure or transfer summary is a case note", () => {
    expect(inferKind("CASE CLOSURE SUMMARY\n\nChild: Esme Blackwood\nEpisode: child in need")).toBe("case-note");
    expect(inferKind("Transfer summary: Assessment and Intervention Team to Family Safeguarding Team\nChild: Sienna")).toBe("case-note");
  });
  test("a plan named as the paper's title is an assessment; a plan field or a plan meeting is not", () => {
    expect(inferKind("PATHWAY PLAN (Children (Leaving Care) Act 2000)\nName: Hamza\n\n01/10/2026 moved flat\n03/10/2026 started college")).toBe("assessment");
    expect(inferKind("Personal education plan review, autumn term 2026\nChild: Amira\nPresent: Mr Penhallow (designated teacher)")).toBe("assessment");
    expect(inferKind("CORE GROUP MEETING - MINUTES\nChild: Oscar\tPlan: CP - neglect\nPresent: Mum")).toBe("case-note");
    expect(inferKind("Child in need plan review meeting, 12 November 2026\nChild: Daniel\nPresent: Ms Price")).toBe("case-note");
  });
  test("published guidance or a book's chapter is an assessment, whatever its worked example records", () => {
    expect(inferKind("Children's Social Care Practice Guidance\nRecording what matters\n\nIt shows how one case note was rewritten.")).toBe("assessment");
    expect(inferKind('Chapter 7: Neglect and the "good enough" threshold\n\nCase study 7.2: Maisie')).toBe("assessment");
  });
});

describe("every cue weighed together, with weights fitted across the development sets (issue 12 item 4, stop 34)", () => {
  test("every convention the weights were fitted to keep still holds", () => {
    for (const { kind, text } of conventions.examples) expect([text, inferKind(text)]).toEqual([text, kind]);
  });
  test("the frame decides alone where it is certain; the rest is weighed", () => {
    expect(framedKind("From: Sam Jones\nTo: Kay Lee\nSubject: Amir\n\nHi Kay,")).toBe("email");
    expect(framedKind("Chronology of significant events\n12/10/2022: Health visitor home visit.")).toBeUndefined();
  });
  test("the evidence is named, and the winner's margin over the next kind is reported", () => {
    const table = "Events\n\n12/03/2022 | Referral from school | CSC\n14/05/2022 | Conference | Health\n01/06/2022 | Review | CSC\n03/07/2022 | Plan | CSC";
    expect(kindFeatures(table)).toContain("dated-rows");
    const { kind, margin, scores } = weighKind(table);
    expect(kind).toBe("chronology");
    expect(margin).toBeGreaterThan(0);
    expect(Math.max(...Object.values(scores))).toBe(scores.chronology);
  });
  test("a letter's title word, addressee line and sign-off are evidence of correspondence", () => {
    const letter =
      "Cafcass\nSafeguarding letter (Child Arrangements Programme)\nTo: The Family Court sitting at Anytown\nCase number: AB26P01188\n\nThe court asked for this letter.\n\nYours faithfully,\nJo Bell";
    expect(kindFeatures(letter)).toEqual(expect.arrayContaining(["title-letter", "addressee", "signoff"]));
  });
  test("no evidence at all is an unknown kind", () => {
    expect(weighKind("Some notes about the weather.")).toEqual({ kind: "unknown", margin: 0, scores: {} });
  });
});

describe("the kind from the shape of the write-up, weighed with a regularised fit (issue 12 item 4, stop 38)", () => {
  // Invented before the change, in layouts no development set uses; scripts/fit-kind.mjs never fits on them.
  // Two are still read wrongly and say so: a visit whose "Present:" line reads as a meeting's attendees, and a visit
  // form with no visit word (what a visit observes, the child seen alone and the home, is in assessments too, and
  // weighing it lost two records left out). The court's section 7 report is read as the court's since stop 40 (its
  // title names the statute).
  const STILL_WRONG = new Set([
    "visit record with no word 'visit' in its title",
    // Stop 39: plain paragraphs with no heading, title or framework word show little but the first person, which any
    // record may have. Stop 42: its last third recommends, which a court paper does too; read as the court's.
    "narrative assessment in plain paragraphs, no headings and no framework words",
    // Stop 42: dates in words, one a line, weigh as a running note's entries as much as a chronology's rows.
    "chronology with word-dates and no table, no title word",
    // Stop 50 (kind50): a service's contact record whose contact type is a home visit. A feature for a visit as the
    // contact's type was tried and dropped: the development sets hold the same form once as a visit record and once as a
    // case note, so the fit gave it no weight and nothing moved.
    "stop 50: health contact form titled a contact record, its contact type a home visit, attendees listed",
  ]);
  const right = (gold: string, got: DocumentKind) => (gold === "letter" ? got === "letter-to-child" || got === "email" : got === gold);
  test.each(probes.probes.filter((p) => !STILL_WRONG.has(p.layout)).map((p) => [p.layout, p.kind, p.text]))("%s: %s", (_layout, kind, text) => {
    expect(right(kind, inferKind(text))).toBe(true);
  });
  test.each(probes.probes.filter((p) => STILL_WRONG.has(p.layout)).map((p) => [p.layout, p.kind, p.text]))("still wrong, said so: %s", (_layout, kind, text) => {
    expect(right(kind, inferKind(text))).toBe(false);
  });

  test("numbered headings are a report's sections; numbered prose paragraphs are a statement's", () => {
    const sections = "Report\n\n1. Background\nText.\n\n2. The household\nText.\n\n3. Analysis\nText.\n\n4. Recommendation\nText.";
    expect(kindFeatures(sections)).toContain("numbered-headings");
    expect(kindFeatures(sections)).not.toContain("numbered-prose");
    const prose = [1, 2, 3].map((n) => `${n}. The worker saw the child at home on the Monday and the child said that school was going quite well.`).join("\n");
    expect(kindFeatures(prose)).toContain("numbered-prose");
    expect(kindFeatures(prose)).not.toContain("numbered-headings");
    // A date at the start of a line is not a numbered paragraph of prose.
    expect(kindFeatures("12 March 2024 – the child was seen at school by the health visitor and the nurse, who were worried.\n".repeat(3))).not.toContain("numbered-prose");
  });

  test("the wider family and the family are one side of the Assessment Framework, not two (stop 39)", () => {
    const one = "Wider family and environmental factors\nThe flat is damp.\n\nFamily and environmental factors were looked at again in May.";
    expect(kindFeatures(one)).not.toContain("framework-triangle");
    expect(kindFeatures(`${one}\n\nParenting capacity\nMum is warm.`)).toContain("framework-triangle");
    expect(kindFeatures("Developmental needs\nHe is behind.\n\nParenting capacity\nDad copes.")).toContain("framework-triangle");
  });

  test("a dated entry under the first line is an event, not a title", () => {
    const text = "Significant events\n\n3 March 2024 – Home visit by the health visitor.\n4 April 2024 – Referral from school.";
    expect(kindFeatures(text)).not.toContain("title-visit");
  });

  test("a record that shows only layout any record may have is unknown", () => {
    expect(kindFeatures("Name: Mo\nAge: 9\nSchool: Park\n\nI saw him. I think I said I would. I know I did. I was there.")).toEqual(expect.arrayContaining(["form-fields"]));
    expect(inferKind("Name: Mo\nAge: 9\nSchool: Park\n\nI saw him. I think I said I would. I know I did. I was there.")).toBe("unknown");
  });

  test("the reason names the evidence, not the record's words", () => {
    const email = explainKind("From: Sam Jones\nTo: Kay Lee\nSubject: Tyler Reed\n\nHi Kay,");
    expect(email).toEqual({ kind: "email", reason: expect.stringContaining("email header lines") });
    expect(email.reason).not.toMatch(/Tyler|Reed|Sam|Kay/);
    const domains = probes.probes[0].text;
    const read = explainKind(domains);
    expect(read.kind).toBe("assessment");
    expect(read.reason).toMatch(/^Read as an assessment, plan or report from .*(?:heading|domains)/);
    expect(read.reason).not.toMatch(/Ellis|Varga|Priya/);
    expect(explainKind("Some notes about the weather.")).toEqual({ kind: "unknown", reason: expect.stringMatching(/^No title, layout or wording/) });
    expect(explainKind("")).toEqual({ kind: "unknown", reason: expect.stringMatching(/^No title/) });
  });

  test("the reason agrees with inferKind on every probe", () => {
    for (const p of [...probes.probes, ...templateProbes.probes]) expect([p.layout, explainKind(p.text).kind]).toEqual([p.layout, inferKind(p.text)]);
  });
});

describe("the kind of records laid out as published templates and guidance (stop 40)", () => {
  // Invented records in the layouts of published forms (each probe's source address), written before the change and
  // never fitted on. Five are still read wrongly and say so: a section 7 report whose sections (the child's views, the
  // domains, numbered headings) outweigh its statute title; running notes by date, which look like a chronology's
  // rows; a children's home contact whose "Present:" reads as a meeting's; and a SOAP note, whose fields no development
  // set uses (stop 43: a care leaver's contact under domain headings, once among them, now reads as a visit).
  const STILL_WRONG = new Set([
    "section 7 welfare report, welfare checklist as headings, recommendation",
    "chronological running casenotes by date with contact type, no title",
    // Stop 41: an assessment whose contacts are listed as dated lines, read as a chronology's rows (stop 42: and a second
    // in another layout). Stop 44 (quality49): both now read as assessments (dated lines that are one stretch of a
    // write-up, before its analysis, are not weighed as a chronology's).
    // A visit by another name, with no visit word and no visit form's fields. Stop 43 (quality48): the safe and well check,
    // the care leaver's contact at her flat and the visit under the child's name now read as visits (the home looked at in
    // more than one way on one occasion); the home check form shows no occasion.
    "children in need home check form under a service heading",
    // Stop 42, read right before the refit and wrong after it (each piece of evidence may now favour only its own kinds,
    // and every record is also weighed without its title): a Signs of Safety map whose "Present:" is a meeting's, a
    // statement whose first lines are its contents (a chronology's dated rows), a Form C whose front sheet carries the
    // court's case numbers, and a screening tool whose guidance says "today".
    "Signs of Safety mapping: three columns as headings, danger statement, safety goal, scale",
    "SWET final statement sections without court header line first (starts with contents)",
    "connected person report (Form C): front sheet with applicants, LA and court case reference numbers, then child section",
    "exploitation screening tool: significant and additional risk indicators with ticks and time columns",
  ]);
  const right = (gold: string, got: DocumentKind) => (gold === "letter" ? got === "letter-to-child" || got === "email" : got === gold);
  test("every probe names the published source it follows", () => {
    for (const p of templateProbes.probes) expect([p.layout, p.source]).toEqual([p.layout, expect.stringMatching(/^https?:\/\/|^invented/)]);
  });
  test.each(templateProbes.probes.filter((p) => !STILL_WRONG.has(p.layout)).map((p) => [p.layout, p.kind, p.text]))("%s: %s", (_layout, kind, text) => {
    expect(right(kind, inferKind(text))).toBe(true);
  });
  test.each(templateProbes.probes.filter((p) => STILL_WRONG.has(p.layout)).map((p) => [p.layout, p.kind, p.text]))("still wrong, said so: %s", (_layout, kind, text) => {
    expect(right(kind, inferKind(text))).toBe(false);
  });

  test("To: and From: alone are a memo's lines, not an email's header (stop 42)", () => {
    const memo = "To: Service Manager\nFrom: Assessment team\n\nAssessment of Ms Dee\n\nMethod\nSix sessions.\n\nConclusion\nMore work is needed.";
    expect(framedKind(memo)).toBeUndefined();
    expect(framedKind(`To: Service Manager\nFrom: Assessment team\nSubject: Ms Dee\n\nPlease see below.`)).toBe("email");
    expect(framedKind(`To: Kay\nFrom: Sam\n\nHi Kay,\nCan we talk about Ms Dee?`)).toBe("email");
  });

  test("dated lines that are one stretch of a write-up, before its analysis, are not a chronology's rows (stop 44)", () => {
    const contacts = ["01/05/2026 – visit at home", "04/05/2026 – school", "08/05/2026 – call with the GP"].join("\n");
    const prose = "The family told me about the move and what has been hard since.";
    const writeUp = `Assessment – Ada\n\nContacts\n${contacts}\n\nViews\n${prose}\n\nFamily\n${prose}\n\nAnalysis\n${prose}\n\nPlan\n${prose}`;
    const features = kindFeatures(writeUp);
    expect(features).toContain("dated-then-analysis");
    expect(features).not.toEqual(expect.arrayContaining(["dated-entries"]));
    expect(features).not.toContain("dated-entry");
    // Entries of two lines each span the record: its dated lines are the record, whatever heading follows them.
    const entries = ["01/05/2026 – visit", "Seen at home.", "04/05/2026 – school", "Attending.", "08/05/2026 – GP", "No concerns."].join("\n");
    const chronology = kindFeatures(`Events\n\n${entries}\n\nAnalysis\n${prose}`);
    expect(chronology).not.toContain("dated-then-analysis");
    expect(chronology).toContain("dated-entries");
  });

  test("one occasion, a conclusion at the end, and one occasion at home (stop 42)", () => {
    const note = "Note\n\nRang the school this morning about the lunch money. They will call back.";
    expect(kindFeatures(note)).toContain("one-occasion");
    expect(kindFeatures(note)).not.toContain("home-occasion");
    const visit = "Ruby – 3 May\n\nI arrived at 4pm. Ruby showed me her bedroom and we talked on her own.";
    expect(kindFeatures(visit)).toEqual(expect.arrayContaining(["one-occasion", "home-occasion"]));
    // A bedroom in an assessment's history is not an occasion.
    expect(kindFeatures("Housing\n\nThe flat has one bedroom and the children share it.")).not.toContain("home-occasion");
    const report = `Report\n\n${"The family has been known since 2024 and much has changed. ".repeat(10)}\n\nOn balance the children should stay at home.`;
    expect(kindFeatures(report)).toContain("concluding");
    // A recommendation early on, followed by a long body, is not the record's conclusion.
    expect(kindFeatures(`Report\n\nI recommend a plan.\n\n${"The family has been known since 2024 and much has changed. ".repeat(10)}`)).not.toContain("concluding");
  });

  test("a field's value under the title is not what the record calls itself (stop 42)", () => {
    const visit = "Eli Green – 18/03/2026\nPurpose: check for a child on a child protection plan\n\nEli was at home.";
    expect(kindFeatures(visit)).not.toContain("layout:assessment#0");
    expect(kindFeatures("Eli Green\nRe: child protection plan review\n\nEli was at home.")).toContain("layout:assessment#0");
    expect(kindFeatures("Adoption panel: recommendation and reasons\n\nThe panel met.")).toContain("layout:assessment#0");
  });

  test("a date written with dots is not a running log's time", () => {
    expect(kindFeatures("Events\n12.06.2015 – Admitted to hospital\n03.08.2016 – Referral\n19.01.2018 – Arrest")).not.toContain("timed-log");
    expect(kindFeatures("Duty log\n09.12 Call from school\n10.40 Call to Mum")).toContain("timed-log");
  });

  test("a report written for a meeting is not the meeting's minutes", () => {
    const report = "Social worker's report to the review conference\nChild: Mo Hassan\nDate of conference: 02/03/2027\n\nMo is settled.";
    expect(kindFeatures(report)).not.toContain("title-meeting");
    expect(kindFeatures(report).filter((f) => f.startsWith("title:case-note"))).toEqual([]);
    const minutes = "Review conference\nChild: Mo Hassan\nDate of conference: 02/03/2027\n\nMo is settled.";
    expect(kindFeatures(minutes)).toContain("title-meeting");
  });

  test("a report titled by the statute the court asked under is the court's; one that mentions it in its history is not", () => {
    expect(kindFeatures("Welfare report under section 7\nChildren: Ann and Bo\n\nBoth children are well.")).toContain("court");
    expect(kindFeatures("Report under Section 37 of the Children Act 1989\nChild: Ann\n\nThe court directed this report.")).toContain("court");
    expect(kindFeatures("Review of the plan\nChild: Ann\n\nIn 2025 the court ordered a section 7 report about contact.")).not.toContain("court");
    expect(kindFeatures("Report\nChild: Ann\n\nThe welfare checklist\nAnn wants to stay with her mother.")).toContain("court");
  });

  test("a visit form's own fields, not the worker's arrival in prose", () => {
    expect(kindFeatures("Contact\nTime of arrival: 17:00\nTime of departure: 18:20\n\nJordan was playing.")).toContain("visit-fields");
    expect(kindFeatures("Notes\nWho was present\nMum and both children.\n\nSetting\nThe flat was warm.")).toContain("visit-fields");
    expect(kindFeatures("Assessment\nWhen I arrived Marie let me in and made tea.\nSetting up the plan took an hour.")).not.toContain("visit-fields");
  });

  test("email header lines or a salutation frame a record only when they open it, not under the note's own prose (stop 41)", () => {
    const pasted =
      "Case recording – 12/03/2026\n\nThe school's email came in this morning and is copied here for the file:\n\nFrom: office@school.example\nSent: 12 March 2026 09:41\nTo: Duty\nSubject: Nathan\n\nNathan is absent.";
    expect(framedKind(pasted)).toBeUndefined();
    expect(inferKind(pasted)).toBe("case-note");
    const card = "Home visit – Tyler\n\nNobody came to the door so I pushed a card through the letterbox that said:\nDear Ms Breen,\nPlease call me.";
    expect(framedKind(card)).toBeUndefined();
    expect(inferKind(card)).toBe("visit-record");
    // Still framed: headers at the top, a letterhead above the salutation, a forwarding greeting above the headers.
    expect(framedKind("From: Sam\nTo: Kay\nSubject: Amir\n\nAmir was late again today and missed his breakfast.")).toBe("email");
    expect(framedKind("Anytown Council\nCivic Centre, High Street\n\n3 May 2026\n\nDear Mrs Hale,\nI am writing about Ife.")).toBe("email");
    const forward = "Hi Jo, please see the message below from the school about Nathan's attendance this week:\n\nFrom: office@school.example\nTo: Jo\n\nNathan is absent.";
    expect(framedKind(forward)).toBe("email");
  });

  test("a memo's header above an assessment's sections is the assessment; a sent or forwarded one is an email (stop 41)", () => {
    const sections = "\n\nReason\nNursery raised it.\n\nNeeds\nSpeech is behind.\n\nAnalysis\nCare slips.\n\nRecommendation\nA plan.";
    const memo = "To: Team manager\nFrom: Grace, social worker\nRe: Assessment of Mason" + sections;
    expect(framedKind(memo)).toBeUndefined();
    expect(inferKind(memo)).toBe("assessment");
    expect(framedKind("From: Grace\nSent: 19 March 2026 10:02\nTo: Team manager\nSubject: Assessment of Mason" + sections)).toBe("email");
    expect(framedKind("To: Team manager\nFrom: Grace\nRe: Assessment of Mason\n\nHi, it is on the system now.")).toBe("email");
  });

  test("From:/To: lines under a form's own title are its fields; a printed email's name or subject line above them is not a title (stop 41)", () => {
    const slip = "Phone message\nFrom: Mr Dunn\nTo: Ama, social worker\n\nMessage: he will be late for the review.";
    expect(framedKind(slip)).toBeUndefined();
    expect(kindFeatures(slip)).toContain("title-call");
    expect(framedKind("Ama Osei\n\nFrom: Ama Osei\nSent: 2 March 2026\nTo: Duty\n\nHi, Leo is unwell.")).toBe("email");
    expect(framedKind("RE: Visit note for Leo\n\nFrom: Ama Osei\nTo: Duty\n\nThanks, agreed.")).toBe("email");
  });

  test("a title naming its own record before what led to it is that record (stop 41)", () => {
    const title = (text: string) => kindFeatures(text).filter((f) => f.startsWith("title:") || f === "title-meeting");
    expect(title("Parenting assessment after the core group\nChild: Leo")).toEqual(["title:assessment#6"]);
    expect(title("Child in need review – following the strategy meeting\nChild: Leo")).toContain("title-meeting");
    expect(title("Looked after review meeting – record\nChild: Leo")).toContain("title-meeting");
    expect(title("Notes after the strategy meeting\nChild: Leo")).toContain("title-meeting");
  });

  test("a field dated as an earlier meeting is not the record's title (stop 41)", () => {
    const visit = "Home visit\nChild: Amara\nCore group meeting: 04/03/2026\n\nAmara was seen alone.";
    expect(kindFeatures(visit)).not.toContain("title-meeting");
    expect(kindFeatures(visit).filter((f) => f.startsWith("title:case-note"))).toEqual([]);
    expect(kindFeatures("Core group meeting: 04/03/2026\nPresent: Mum, school")).toContain("title-meeting");
    expect(kindFeatures("Strategy discussion\nDate of discussion: 04/03/2026")).toContain("title-meeting");
  });

  test("a discussion or telephone contact with someone, as the title, is a call or conversation's note", () => {
    expect(kindFeatures("Discussion with the school's safeguarding lead – 08/10/2026\n\nI met Mr Hughes.")).toContain("title-call");
    expect(kindFeatures("Telephone contact with Mrs Shah (mother)\n\nMrs Shah rang.")).toContain("title-call");
  });
});

describe("a letter whose own heading names an assessment's outcome (stop 43, quality48)", () => {
  test.each([
    "Dear Ms Lee,\n\nAssessment outcome\n\nI have now finished the assessment of Jo's needs. My conclusion is that Jo is a child in need.\n\nYours sincerely\nA Worker",
    "Family Services\n\nDear Mr and Mrs Bell,\n\nRe: Findings of your child and family assessment\n\nWe met four times. Our view is that Kit is safe at home.\n\nYours sincerely",
  ])("weighed, not framed as correspondence: %s", (text) => {
    expect(framedKind(text)).toBeUndefined();
    expect(inferKind(text)).toBe("assessment");
  });
  test.each([
    "Dear Ms Lee,\n\nRe: Visit on Tuesday\n\nThank you for seeing me. The assessment outcome will follow.\n\nYours sincerely",
    "Dear Ms Lee,\n\nThank you for meeting me. I am writing to tell you the outcome of the assessment, which is that we will close the case.\n\nYours sincerely",
  ])("still correspondence: %s", (text) => {
    expect(framedKind(text)).toBe("email");
  });
});

describe("an assessment written as a letter: its opening says so and it is laid out as an assessment (stop 44, quality49)", () => {
  const sections = "\n\nStrengths\nThe home is warm.\n\nWorries\nMornings are hard.\n\nAnalysis\nThe lateness is the harm.\n\nNext steps\nA routine.\n\nYours sincerely";
  test("weighed, not framed as correspondence", () => {
    const text = `Dear Ms Lee,\n\nI have now completed the child and family assessment for Jo, and this letter sets out what I found.${sections}`;
    expect(framedKind(text)).toBeUndefined();
    expect(inferKind(text)).toBe("assessment");
  });
  test.each([
    // The opening does not name the writer's assessment.
    `Dear Ms Lee,\n\nThank you for coming to the meeting on Monday with your sister and the school.${sections}`,
    // It names it, but the letter has no assessment's sections.
    "Dear Ms Lee,\n\nI have now completed the child and family assessment for Jo and will close the case.\n\nYours sincerely",
    // A clinic's letter about the child to a professional: history, examination and a conclusion, no views or areas assessed.
    "Dear Dr Moss,\n\nThank you for referring Jo, whom I saw today. I have now completed my assessment.\n\nHistory\nA fall.\n\nExamination\nTwo bruises.\n\nConclusion\nNot typical of a fall.\n\nYours sincerely",
  ])("still correspondence: %s", (text) => {
    expect(framedKind(text)).toBe("email");
  });
  test("a letter to the child that says the worker has finished the assessment stays the child's letter", () => {
    const text = `Dear Jo,\n\nI have now finished my assessment and this letter sets out what I found.${sections}`;
    expect(framedKind(text, new Set(["jo"]))).toBe("letter-to-child");
  });
});
