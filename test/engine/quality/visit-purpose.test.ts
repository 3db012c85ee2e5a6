import { adjunctIn, checkVisitPurpose } from "../../../src/engine/quality/visit-purpose";
import { lowerPattern } from "../../../src/engine/quality/evidence";
import { escapeLiteral } from "../../../src/engine/text/bounded";
import visitPurposeData from "../../../rules/quality/visit-purpose.json";
import { AMIR, ctxFor } from "./context";

describe("visit purpose", () => {
  const good: Array<[string, string]> = [
    ["Purpose of visit: to see Amir alone before his review.", "Purpose of visit: to see Amir alone before his review."],
    ["Purpose: to check the sleeping arrangements.", "Purpose: to check the sleeping arrangements."],
    ["The visit was to talk with Amir about his move.", "The visit was to talk with Amir about his move."],
    ["I visited Amir at his nan's house to see how he is settling.", "I visited Amir at his nan's house to see how he is settling."],
    // A purpose field named with its occasion (quality44, probe p257).
    ["Reason for today: to see Amir after his discharge.", "Reason for today: to see Amir after his discharge."],
    ["Aim of session: to hear Amir's wishes about contact.", "Aim of session: to hear Amir's wishes about contact."],
    // The visit told from the visitor's side ("I came to see you…", as a record written to the child tells it).
    ["I came round to check that the smoke alarm had been fitted.", "I came round to check that the smoke alarm had been fitted."],
  ];
  test.each(good)("a visit record with a purpose: %s", (text, sentence) => {
    const r = checkVisitPurpose(ctxFor(text, AMIR, "visit-record"));
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  const weak: string[] = [
    "Visited the home. Amir was watching TV with his brother.",
    // A realisation, not why the visit happened.
    "Amir showed me his drawings. Over the hour I came to see that Dad does most of the cooking.",
    "Home visit\nDad answered the door. The house was warm.",
    "Amir said the purpose of school is to make friends.",
    // A reason field about something other than the visit.
    "Home visit\nReason for referral: school raised a bruise.\nDad answered the door.",
    // A visit still to come, written under a plan heading, gives no purpose to the one recorded.
    "Home visit (unannounced)\nMum spoke to me at the door. Amir was not seen.\n\nActions\n1. Further unannounced visit on 4 December, with a colleague, to see Amir alone.",
    "Home visit\nDad answered the door.\n\nNext steps: joint visit on Friday to check the sleeping arrangements.",
  ];
  test.each(weak)("a visit record without a purpose: %s", (text) => {
    const r = checkVisitPurpose(ctxFor(text, AMIR, "visit-record"));
    expect(r.value).toBe(false);
    expect(r.message).toMatch(/why the visit happened/);
  });

  test.each(["case-note", "email", "court-report", "unknown"] as const)("is null in records that do not record a visit (%s)", (kind) => {
    const r = checkVisitPurpose(ctxFor("Amir's review is on Tuesday. School say he is settled.", AMIR, kind));
    expect(r.value).toBeNull();
    expect(r.evidence).toEqual([]);
  });

  test("is null in a court report or chronology that mentions a visit", () => {
    for (const kind of ["court-report", "chronology"] as const) {
      expect(checkVisitPurpose(ctxFor("I visited Amir at home on 3 May. Purpose: to see him alone.", AMIR, kind)).value).toBeNull();
    }
  });

  // Ruling 4: a case note or email that records a visit to the child is checked too (issue 12, F19).
  const visitsInOtherRecords: Array<[string, boolean]> = [
    ["Case note\nType: Home visit (unannounced)\nVisited the home at 17:10. Amir was in his room.", false],
    ["Case note\nType: Face-to-face meeting at his flat\n\nPurpose: to explain the assessment to Amir.", true],
    ["Notes\n21/10/25 15.40 HV (unannounced) to see amir after return. purpose: check he is ok.", true],
    ["Hi Jo,\nI visited Amir at his nan's yesterday because school rang about his bruise. He was fine.", true],
    // A direct work session with the child, named in the title or in a purpose field about seeing him.
    ["Case note – direct work at the family centre\nAmir drew his house and talked about his room.", false],
    ["Case note\nDate: 3 May, 14:00, school library\nPurpose: to see Amir on his own about the move.", true],
  ];
  test.each(visitsInOtherRecords)("a case note or email that records a visit: %s", (text, purpose) => {
    const kind = text.startsWith("Hi") ? "email" : "case-note";
    expect(checkVisitPurpose(ctxFor(text, AMIR, kind)).value).toBe(purpose);
  });

  test("a purpose field about seeing someone else does not make a case note a visit record", () => {
    const text = "Case note\nPurpose: to see Mum at the housing office about rent arrears.\nShe brought the letters.";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "case-note")).value).toBeNull();
  });

  test("a visit to another child in an email round-up does not make the email a visit record", () => {
    const text = "Hi Jo,\nBen and Ella Lowe: the house was untidy when I visited on Monday.\nAmir: his review is on Tuesday.";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "email")).value).toBeNull();
  });
});

describe("the kind of visit or its occasion as its purpose (issue 12)", () => {
  test.each([
    ["Visit record\nSix-weekly statutory visit. Amir showed me his new bike.", "Six-weekly statutory visit."],
    ["Visit note\nThis was a return home interview after Amir was reported missing on Friday.", "This was a return home interview after Amir was reported missing on Friday."],
    [
      "Visit note\nUnannounced visit following the call from the school about a mark on his cheek.",
      "Unannounced visit following the call from the school about a mark on his cheek.",
    ],
    ["Visit note\nJoint visit with police as part of the section 47 enquiry. Amir was seen alone.", "Joint visit with police as part of the section 47 enquiry."],
    ["Visit note\nI saw Amir at the library after he was reported missing overnight.", "I saw Amir at the library after he was reported missing overnight."],
    ["Visit note\nI completed the return home interview with Amir in his bedroom.", "I completed the return home interview with Amir in his bedroom."],
    ["Visit note\nVisit to go through the safety plan with Amir and his mum.", "Visit to go through the safety plan with Amir and his mum."],
  ])("a purpose: %s", (text, sentence) => {
    const r = checkVisitPurpose(ctxFor(text, AMIR, "visit-record"));
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  test.each([
    // A title naming the kind of visit is not enough on its own.
    "STATUTORY VISIT – CHILD IN CARE\nAmir was at home. He showed me his drawings.",
    "Home visit\nI visited after school. Amir was watching television.",
    "Home visit\nAmir was in. Next visit following the review in May.",
  ])("no purpose: %s", (text) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, "visit-record")).value).toBe(false);
  });

  test("a case note whose type is a return home interview records a visit", () => {
    const r = checkVisitPurpose(ctxFor("Case note\nType: RHI following missing episode\nAmir said he stayed at a friend's.", AMIR, "case-note"));
    expect(r.value).toBe(true);
  });
});

describe("records that report on visits without being the record of one (issue 12, kind from layout)", () => {
  test.each([
    ["Core group minutes\nPresent: Sara Patel (mother), Leon Gray (SW)\nLG said statutory visits to Amir are up to date and Amir was seen alone on Monday.", "case-note"],
    [
      "1. This application concerns Amir, who is nine.\n2. The social worker made an unannounced visit to Amir on 3 March.\n3. I heard evidence from the guardian.\n4. I find that the home was cold.\n5. The mother's case is that she was unwell.\n6. I make a care order.",
      "visit-record",
    ],
  ] as const)("not a visit record: %s", (text, kind) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, kind)).value).toBeNull();
  });

  test("a meeting held at a visit is still a visit record", () => {
    const r = checkVisitPurpose(ctxFor("Home visit – family meeting\nPresent: mum, Amir, SW\nI visited to agree the safety plan with the family.", AMIR, "case-note"));
    expect(r.value).toBe(true);
  });
});

describe("the purpose from the visit clause's grammar (issue 12, probes)", () => {
  test.each([
    ["I saw Amir at nursery to go through his feelings book with him.", "case-note"],
    ["I saw Amir at school this morning because his teacher had phoned about a cut on his lip.", "case-note"],
    ["21/05 17.20 hv (announced) re Dad's new shifts and who collects Amir.", "case-note"],
    ["Visit at the request of Amir's nursery, who had noticed he was hungry on Mondays.", "visit-record"],
    ["Went round to see Amir and his mum after the school nurse rang about his weight.", "case-note"],
    ["Home visit\nReason: review of the bedtime routine\nAmir showed me his room.", "visit-record"],
  ] as const)("a purpose or occasion in the visit's own sentence: %s", (text, kind) => {
    const r = checkVisitPurpose(ctxFor(text, AMIR, kind));
    expect(r.value).toBe(true);
  });

  test.each([
    "I visited Amir at home. He showed me his bike and said he likes his new school.",
    "Home visit at about four o'clock. Amir was playing with his cars.",
    "I visited Amir at his aunt's. We went to the park and back.",
    "Statutory visit\nI arrived at 4pm and left at 5pm. Amir was asleep.",
  ])("a visit told without its purpose: %s", (text) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, "visit-record")).value).toBe(false);
  });

  test("a visit only booked is not the record of one", () => {
    const r = checkVisitPurpose(ctxFor("Call with Amir's carer about his trip money.\nNext home visit booked for 3 May; I will see Amir alone.", AMIR, "case-note"));
    expect(r.value).toBeNull();
  });

  test.each(["Popped in on Amir at his nan's on my way back. He was in the garden.", "I saw Amir at his grandad's house after school. He had a new bike."])(
    "an email that records a visit in a note's shorthand is checked: %s",
    (text) => {
      expect(checkVisitPurpose(ctxFor(text, AMIR, "email")).value).toBe(false);
    },
  );
});

describe("the purpose belongs to the visit's own clause (issue 12)", () => {
  test.each([
    "I visited Amir at home, where he was playing with his cousin, who wanted to show me his room.",
    "Home visit. I visited Amir at home and he wanted to show me his new game.",
  ])("an infinitive in a relative or another verb's clause is not the visit's purpose: %s", (text) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, "visit-record")).value).toBe(false);
  });

  test("an occasion after a comma still belongs to the visit", () => {
    expect(checkVisitPurpose(ctxFor("Joint home visit with the nurse, as agreed at the core group.", AMIR, "visit-record")).value).toBe(true);
  });
});

describe("visits in a title or a running note written in other shapes (issue 12, quality6 probes)", () => {
  test("a case note titled with a longer visit line records a visit", () => {
    const text = "Case note: visit to the family at the mother and baby unit\n\nAmir slept through most of it.";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "case-note")).value).toBe(false);
  });

  test("a visit only booked in the title does not make a case note the record of one", () => {
    const text = "Case note – next home visit booked for 3 June\n\nAmir's review is on Tuesday.";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "case-note")).value).toBeNull();
  });

  test("the writer going to the child's place is a visit, and its infinitive its purpose", () => {
    const text = "Case note\n\nI went to the foster home to go through the move with Amir, as the carers had asked.";
    const r = checkVisitPurpose(ctxFor(text, AMIR, "case-note"));
    expect(r.value).toBe(true);
    expect(r.evidence[0].text).toMatch(/^I went to the foster home/);
  });

  test("going to a meeting or a place that is not the child's is not a visit", () => {
    expect(checkVisitPurpose(ctxFor("Case note\n\nI went to the office to print the forms.", AMIR, "case-note")).value).toBeNull();
  });

  test("an inline purpose after a dash in a shorthand note", () => {
    const r = checkVisitPurpose(ctxFor("HV 3/4 – purpose: check on A after the weekend.\nA in garden.", AMIR, "visit-record"));
    expect(r.value).toBe(true);
  });

  test("a running note that drops the writer still records a visit to the named child", () => {
    const text = "Case note 12/06\n\nSaw Amir at nursery this morning. He was in the sand tray.";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "case-note")).value).toBe(false);
  });

  test("calling at the family's house after a call from school is a visit with its occasion", () => {
    const text = "Hi all,\n\nI called at the Khans' house at 4pm after the school rang to say Amir had not been collected.";
    const r = checkVisitPurpose(ctxFor(text, AMIR, "email"));
    expect(r.value).toBe(true);
  });

  test("a 'Why this visit:' field gives the purpose", () => {
    const r = checkVisitPurpose(ctxFor("VISIT RECORD\nWhy this visit: first visit since the move\n\nAmir was in the garden.", AMIR, "visit-record"));
    expect(r.value).toBe(true);
    expect(r.evidence[0].text).toMatch(/Why this visit/);
  });

  test("the writer going along with another professional so that something is done", () => {
    const r = checkVisitPurpose(ctxFor("Joint home visit\n\nThe nurse and I went together so that she could weigh Amir.", AMIR, "visit-record"));
    expect(r.value).toBe(true);
  });

  test("a dated running entry that opens with an unannounced HV records a visit, with its occasion", () => {
    const r = checkVisitPurpose(ctxFor("05/03 14.10 HV unannounced following call from neighbour re shouting.\nA at door.", AMIR, "unknown"));
    expect(r.value).toBe(true);
  });

  test.each([
    "Amir's review is next week. His mum visited the family home on Sunday to collect his things.",
    "Amir's review is next week. The GP saw Amir at the surgery on Friday about his asthma.",
  ])("someone else's visit or sighting does not make a case note the record of a visit: %s", (text) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, "case-note")).value).toBeNull();
  });

  test.each([
    "Khan: saw Amir at the unit yesterday after school. Staff said he was tired.",
    "Visited the home at 17:10. Amir was in his room.",
    "I then visited the family. Amir was at home.",
  ])("the writer's own visit, written with or without the writer, is one: %s", (text) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, "email")).value).not.toBeNull();
  });
});

describe("visit purpose: interviews, sessions and letters (issue 12, stop 22)", () => {
  const check = (text: string) => checkVisitPurpose(ctxFor(text, AMIR));
  test("a return home interview headed with its purpose is the record of a visit, and gives it", () => {
    const r = check("RETURN HOME INTERVIEW\nYoung person: Amir Khan\n\nPurpose of interview\nTo give Amir a chance to talk about where he went.");
    expect(r.value).toBe(true);
  });
  test("a family time session record headed with its purpose", () => {
    expect(check("FAMILY TIME – SESSION RECORD\nChild: Amir Khan\n\nPurpose of session\nMonthly contact under the care plan.").value).toBe(true);
  });
  test("a bare 'Purpose' heading with its text below", () => {
    expect(checkVisitPurpose(ctxFor("HOME VISIT\nChild: Amir Khan\n\nPurpose\nPlanned visit under the plan.", AMIR, "visit-record")).value).toBe(true);
  });
  test("a return home interview with no purpose heading is not taken for a visit record", () => {
    expect(check("Return home interview\nYoung person: Amir Khan\n\nAmir agreed to talk to me in the library.").value).toBeNull();
  });
  test("a meeting's purpose does not make a visit record", () => {
    expect(check("CORE GROUP MINUTES\n\n1. Introductions and purpose of meeting\nThe chair explained the plan.").value).toBeNull();
  });
  test("a letter to a parent that mentions seeing the child is correspondence, not the record of a visit", () => {
    const text =
      "Ms Sadia Khan\n4 Hill Road\n\nDear Sadia,\n\nWhen I saw Amir at school, he told me he likes his class. Jess can visit on two evenings a week to help with bedtimes.\n\nYours sincerely,\nAisha";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "email")).value).toBeNull();
  });
});

describe("memo letters, home contacts and purpose headings on their own line (issue 12, stop 23)", () => {
  test("a letter to the court headed From/To/Re is correspondence about a visit, not the record of one", () => {
    const text =
      "From: Jo Reid, Children's Guardian\nTo: District Judge Moss, Family Court\nRe: Amir Khan\n\nDear Judge,\n\nI visited Amir at his foster home on 2 May to see how he had settled.\n\nYours faithfully,\nJo Reid";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "email")).value).toBeNull();
  });
  test("an email with a subject line that records a visit is still checked", () => {
    const text = "From: Jo Reid\nSubject: Amir\n\nDear Sam,\n\nI visited Amir at school today to check on his arm.\n\nYours sincerely,\nJo";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "email")).value).toBe(true);
  });
  test("a home contact record is a visit record, and its purpose heading may stand on its own line", () => {
    const text = "School Nursing – Home contact record\nChild: Amir Khan\n\nPurpose of contact\nAmir's growth check and a talk about his asthma plan.";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "case-note")).value).toBe(true);
    const none = "School Nursing – Home contact record\nChild: Amir Khan\n\nPresent\nAmir and his mum.";
    expect(checkVisitPurpose(ctxFor(none, AMIR, "case-note")).value).toBe(false);
  });
});

describe("an email that records the writer's visit named as a noun or 'went in to see' (stop 24)", () => {
  const head = "From: Sam Reid <sam.reid@example.org>\nTo: Team\nSubject: Update\n\nHi all,\n\n";
  test.each([
    "Following my visit to the ward this morning, here is the update. I went to see Amir because the nurses had asked me to.",
    "After our joint visit to the flat on Monday, Amir is settling. We needed to check the sleeping arrangements.",
    "I went in to see Amir at the unit to talk about his move.",
    "I called in to see Amir at his nan's to check he had his medication.",
  ])("applies, with a purpose: %#", (body) => {
    const r = checkVisitPurpose(ctxFor(head + body, AMIR, "email"));
    expect(r.value).toBe(true);
  });

  test.each([
    // Another visit referred to, or one only planned, is not the record of one.
    "At my last visit to the house Amir was asleep. The review is on 4 June.",
    "My visit to the school is booked for next Tuesday.",
  ])("does not apply: %#", (body) => {
    expect(checkVisitPurpose(ctxFor(head + body, AMIR, "email")).value).toBeNull();
  });
});

describe("an attendance at where the child is, said without the word 'visit' (issue 12, set 8)", () => {
  const head = "From: Out of Hours <ooh@example.org>\nTo: Duty\nSubject: Overnight\n\nMorning,\n\n";
  test.each([
    "I got to Norbury police station at 02:10 and Amir talked to me for ten minutes.",
    "We arrived at the flat just after midnight; Amir was asleep on the sofa.",
    "I attended the ward at 9pm, where Amir was waiting for his x-ray.",
  ])("applies (no purpose given): %#", (body) => {
    expect(checkVisitPurpose(ctxFor(head + body, AMIR, "email")).value).toBe(false);
  });
  test("someone else arriving is not the record's visit", () => {
    expect(checkVisitPurpose(ctxFor(head + "The police arrived at the flat at midnight. Amir was asleep.", AMIR, "email")).value).toBeNull();
  });
});

// Issue 12 item 1: a visit reported in a chat, a text or a running note, without the word "visit".
describe("a visit told as the writer's return from the child's place", () => {
  test.each([
    ["case-note", "[Mon 10:02] JB: just back from Amir's. He was in bed, mum was up."],
    ["email", "Hi Sam, back from seeing Amir at the flat. He was quiet and the fridge was empty."],
    ["case-note", "14:10 So went out this am, Amir was home and showed me his room."],
    ["unknown", "Got back from the foster home at 4. Amir had his new football kit on."],
  ] as const)("records a visit (%s): %s", (kind, text) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, kind)).value).toBe(false);
  });

  test.each([
    // Someone else's return, or a return from a place that is not the child's.
    ["case-note", "Amir's mum said she was back from her sister's on Friday. Review on Tuesday."],
    ["email", "Amir went out this afternoon with his carer. School say he is settled."],
  ] as const)("does not record a visit (%s): %s", (kind, text) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, kind)).value).toBeNull();
  });
});

describe("an earlier visit the record refers back to (issue 12, stop 28)", () => {
  test("'at last week's home visit' in an e-mail does not make it the record of a visit", () => {
    const text =
      "From: Clare Tennant <clare@example.org>\nSubject: Amir – lunchtimes\n\nNadia says Amir has been more settled at home and asked her at last week's home visit whether he could stay at this school.";
    expect(checkVisitPurpose(ctxFor(text, AMIR, "email")).value).toBeNull();
  });
});

describe("the record of one session of an assessment is the record of a visit (stop 29)", () => {
  const session =
    "Parenting assessment: session 3 of 6\nAssessor: Helen, at the family flat.\n\nPurpose of the session: to observe a bath and a feed.\n\nAmir was asleep when I arrived.";
  test("a session's purpose makes an assessment's session a visit record, with its purpose", () => {
    const r = checkVisitPurpose(ctxFor(session, AMIR, "assessment"));
    expect(r.value).toBe(true);
  });
  test("an assessment report that mentions a home visit is still not a visit record", () => {
    const report = "CHILD AND FAMILY ASSESSMENT\n\nI completed a home visit on 3 May and saw Amir in his room.\n\nAnalysis\nAmir is safe.";
    expect(checkVisitPurpose(ctxFor(report, AMIR, "assessment")).value).toBeNull();
  });
});

describe("the adjunct of purpose without a pattern per child (speed: compiled once per process)", () => {
  // The pattern the child's names used to be compiled into, as the reference adjunctIn must agree with.
  const data = visitPurposeData.clauseGrammar;
  const reference = (forms: string[]) =>
    new RegExp(lowerPattern(data.adjuncts.replace(/\{CHILD\}/g, `(?:${[...forms.map(escapeLiteral), "him", "her", "them"].join("|")})`).replace(/\{VERB\}/g, `(?:${data.verbs})`)));
  const forms = ["ava", "ava-mae", "élodie", "zoë", "o'neil", "j.j."];
  const windows = [
    " to settle ava at home",
    " to settle ava-mae and",
    " to walk élodie through it",
    " in order to reassure zoë.",
    " to meet o'neil's mum",
    " to collect j.j. from school",
    " to leeds with avary",
    " to collect zoëx and then because",
    " to to see ava",
    " so as to settle élodie",
    " to grandma's, re the letter",
    " to walk ava",
    " to walk avaa, following the call",
    " as agreed, to settle ava",
    "",
  ];
  it.each(windows)("%j", (w) => {
    const r = reference(forms).exec(w);
    expect(adjunctIn(w, forms)).toEqual(r ? { index: r.index, text: r[0] } : undefined);
  });
});

describe("the kind of visit after a comma, and a visit the child's plan sets (quality46, probes p237, p239)", () => {
  test.each([
    "Visit to Amir at his foster home, 14 May, statutory visit.\n\nAmir showed me his bike.",
    "Home visit, 8 April, planned visit under the child in need plan.\n\nAmir was playing on his tablet.",
  ])("a purpose: %s", (text) => {
    expect(checkVisitPurpose(ctxFor(text, AMIR, "visit-record")).value).toBe(true);
  });
  test("a title that only names the plan is not enough", () => {
    expect(checkVisitPurpose(ctxFor("Visit under CIN plan\n\nAmir was playing on his tablet.", AMIR, "visit-record")).value).toBe(false);
  });
});
