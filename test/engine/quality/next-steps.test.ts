import { ACTION_OPENING, checkNextSteps } from "../../../src/engine/quality/next-steps";
import { combine, eachMatch, lowerPattern } from "../../../src/engine/quality/evidence";
import nextStepsData from "../../../rules/quality/next-steps.json";
import { AMIR, ctxFor } from "./context";

const run = (text: string) => checkNextSteps(ctxFor(text, AMIR));

describe("next steps", () => {
  const good: Array<[string, string]> = [
    ["Next steps\n1. Book the review meeting.", "Next steps"],
    ["Actions: SW to call school.", "Actions: SW to call school."],
    ["I will visit Amir again on 4 June.", "I will visit Amir again on 4 June."],
    ["Referral to be sent to CAMHS by 12/06/2025.", "Referral to be sent to CAMHS by 12/06/2025."],
    ["Please send me the minutes when you can.", "Please send me the minutes when you can."],
    ["The plan is for Amir to stay with his aunt.", "The plan is for Amir to stay with his aunt."],
    ["Priya will book the interpreter for the next meeting.", "Priya will book the interpreter for the next meeting."],
    ["2. Share the safety plan with school (me).", "Share the safety plan with school (me)."],
    // A heading word after a word naming whose actions they are, or joined to another heading word.
    ["Nursery actions\n- Key worker to pass on any new bruise to the DSL the same day.", "Nursery actions"],
    ["REFERRAL / ACTIONS\n- Health visitor to see Amir at home within 10 days.", "REFERRAL / ACTIONS"],
    // The action label inline, after a sentence of the note, with an owner and a verb after it.
    ["Amir was quiet at tea. Action: carer to keep a note of his sleep and tell the social worker.", "Action: carer to keep a note of his sleep and tell the social worker."],
  ];
  test.each(good)("shows a next step: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  const weak: string[] = [
    // A meeting that is simply due, with no owner.
    "There is a review at school on 4 June.",
    // No owner and no date.
    "To be discussed at the next meeting.",
    // "Will" is a name here, and nothing is planned.
    "Dad said Will will be playing in the final on Saturday.",
    "Amir went to the park with Will and Callum.",
    "CHILD AND FAMILY ASSESSMENT (extract)\nAmir is six.",
    "He said, 'I will run away.'",
    // A negated heading word is not a plan.
    "No action\nKey worker to pass on concerns as usual.",
    // An inline action label with no action under it.
    "Amir said he liked football club. Action: none needed at present.",
  ];
  test.each(weak)("does not show a next step: %s", (text) => {
    const r = run(text);
    expect(r.value).toBe(false);
    expect(r.message).toMatch(/who will do it and by when/);
  });
});

describe("next steps from structure (issue 12, F9)", () => {
  test.each([
    "Our request is that the court makes a supervision order.",
    "The local authority invites the court to make a care order.",
    "Decisions agreed\n– Social worker to visit the school today.",
    "The recommendation is that Amir stays with his nan.",
    "Next steps\n1. Book the review meeting.",
    // A decision or recommendation heading over a noun phrase naming what will happen.
    "Recommendation: a further assessment of Dad's parenting before any return home.",
    "Decision\nNo further action; the case closes this week.",
    // A conditional plan in the passive.
    "Should the school raise any further concern, a strategy discussion will be held the same day.",
  ])("a plan or next step: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    "Plan: CIN\n\nVisited the home. Amir was asleep.",
    "Next steps: to be agreed with manager.",
    "Recommendations\n- Consider respite.\n- Continue to monitor.",
    "Recommendation: the family may benefit from parenting support.",
    "We'll probably need to think about a move at some point.",
    "I went to see Amir to talk about the weekend, when he was missing until Sunday.",
  ])("not a plan with an owner or a time: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("court orders, role owners and heading variants (issue 12, F9)", () => {
  test.each([
    // Orders and directions in the court's own words.
    "ORDER\nUpon reading the papers\nI direct that the applicant file a parenting assessment by 4pm on 9 October.",
    "It is ordered that Amir shall spend time with his father every other Saturday.",
    "The case is listed for an issues resolution hearing on 2 February with a time estimate of one day.",
    "The guardian shall file her analysis within 14 days.",
    // A role owns the action, in a conditional plan.
    "If the tenancy falls through, the housing officer will refer the family to the homeless team.",
    "Should Mum miss the appointment, the health visitor will call her the same afternoon.",
    // Heading variants: trailing words, other headings of a plan.
    "Next steps for the network\nUncle Dev to collect Amir from football tonight.",
    "Actions arising:\n1. Teacher to check in with Amir on Monday.",
    "Outcome\nThe panel agreed the plan; the social worker will tell Amir at school tomorrow.",
    // An owned action with a time, written as a sentence rather than a bullet.
    "Called the school. Duty worker to ring Mum back tomorrow about the bus pass.",
    // Shorthand running notes.
    "14.20 spoke to m. m will ring school re Amir's absence.",
    // A request to the court as a clause, a decision about the case itself, a dated next meeting as a field.
    "Request: that the court approves the plan for Amir to live with his aunt.",
    "The case will now close to children's social care.",
    "Next review: 02/06/2026",
  ])("a plan or next step: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    "Plan\nOngoing.",
    "Next steps for Amir are unclear at present.",
    "The hearing was in March. The judge was kind to Amir.",
    "Mum will be upset if the visit is cancelled.",
  ])("not a plan with an owner or a time: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("next steps as minutes' actions, action tables, court decisions and review recommendations (issue 12)", () => {
  test.each([
    ["Core group\nACTION – LG to book an interpreter for the review.", "ACTION – LG to book an interpreter for the review."],
    ["Agreed: Amir to spend alternate Saturdays with his grandad.", "Agreed: Amir to spend alternate Saturdays with his grandad."],
    ["Strategy discussion\n\nAction | Owner | Deadline\nSee Amir at school | Leon Gray | 21/05/2025", "See Amir at school | Leon Gray | 21/05/2025"],
    ["Who\tWhat\tWhen\nSchool\tSend the attendance log\tFriday", "School\tSend the attendance log\tFriday"],
    ["The application for a placement order is adjourned to 9 September.", "The application for a placement order is adjourned to 9 September."],
    ["There will be a supervision order for twelve months.", "There will be a supervision order for twelve months."],
    ["For these reasons I approve the care plan and make the care order sought.", "For these reasons I approve the care plan and make the care order sought."],
    ["Recommendation 2:\nThe partnership should audit how schools share attendance concerns.", "Recommendation 2:"],
    ["Review on 4 June. SW will update the plan before then.", "SW will update the plan before then."],
  ])("a next step: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });

  test.each([
    "Date | What happened | Who was there\n03/02/2024 | Home visit | SW, mum\n05/02/2024 | School meeting | SW, teacher",
    "Name | Role | Phone\nSara Patel | Mother | 07700 900456",
    "1. In 2021 the court made a supervision order.\n2. The father appeared in person.",
  ])("no next step: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

test("a numbered plan heading is shown from its first word (issue 12)", () => {
  const r = run("4. Recommendations\nThe partnership should audit how schools share attendance concerns.");
  expect(r.evidence.map((e) => e.text)).toContain("Recommendations");
});

describe("next steps in other shapes (issue 12, probes)", () => {
  test.each([
    "I have booked a hearing test for Amir for 10am tomorrow.",
    "I have told the duty manager and will go back this evening with a colleague.",
    "Dad agreed to take Amir to the dentist by Friday.",
  ])("counts: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    "Outcome\nTo be discussed at the next team meeting.",
    "3. The hearing listed for 4 May 2023 was adjourned because no judge was free.",
    "He agreed to speak to the reviewer about his time in care.",
  ])("does not count: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("next steps in running notes and role-with-date shapes (quality6 probes)", () => {
  test.each([
    "Explained the centre reopens next month. Agreed that I would ring him on Monday with a date.",
    "Amir was weighed. Health visitor to weigh him again on 1 July.",
    "School nurse to review the care plan by 3 March.",
  ])("counts: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    // A role and an infinitive with no day or date is not a timed action.
    "Health visitor to keep an eye on things.",
    // Someone else agreeing in the past, mid-sentence, is not the record's decision.
    "Mum said she had never agreed to the move.",
  ])("does not count: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("next steps: requests and allocations in more shapes (issue 12, stop 22)", () => {
  test.each([
    "Morning all,\nPlease open the new assessments today and book first visits by Wednesday.",
    "Handover from the night worker. Pls pick up Monday am.",
    "Can one of you please speak to Dad about the late calls?",
    "Things to pass on:\n- Can we set up weekly video calls with his sister before half term?",
    "3. Amir Khan\nRe-referral from school.\nAllocated: Bronwen Tate",
    "For daytime: allocated SW Dara Quinn to follow up with the school.",
  ])("a next step: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    "Please note that the office is closed on Friday.",
    "Please see the notes below from the weekend.",
    // An open question with no time is not a plan.
    "He was upset at the shop. Can we talk about whether letters might be possible?",
    "Amir was allocated a mentor at school last year.",
  ])("not a next step: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("plans in a form's sections, to-do lists and requests in the first person (issue 12, stop 23)", () => {
  test.each([
    // A heading after a form's part label.
    "Section F - Next steps\n- Referral sent to the early help hub today.",
    "Part 4: Actions\n1. Health visitor to see Amir at home within 10 days.",
    // A to-do list with no plan heading.
    "Notes for Monday\n- Phone the dentist about the filling.\n- Chase the school for the attendance figures.",
    // A handover to the next shift.
    "Handover to night staff\n- Amir to have his inhaler before bed.",
    // A dated next session as a field, whatever it is called.
    "Next FT: Tues 8/12, Room 2.",
    "Next home visit: 12/01/2027",
    // A role in running-note shorthand.
    "Supervisor to email SW re Mum's request for longer sessions.",
    // The writer's own request to the court.
    "I invite the court to direct that the assessment is filed before the hearing.",
    "We respectfully ask the court to make a supervision order.",
  ])("a plan or next step: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test.each([
    "Next of kin: 07700 900123",
    // One list item alone that opens with a verb is not a to-do list.
    "Tips for carers\n- Call him by his name.",
    // A past action in a list is history, not a plan.
    "What I did\n- Rang school.\n- Emailed Mum.",
    "Section 2 - Background\nAmir moved to the area in 2024.",
    // In a family time record a handover is the child changing hands, not a plan.
    "Handover\nMum arrived to collect Amir from the foster carer at 4pm.",
  ])("not a plan: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("next steps: a long record stops being read once the evidence is full (issue 13)", () => {
  test("eachMatch stops when its callback returns true", () => {
    const seen: number[] = [];
    eachMatch(/a/g, "a a a a a", (m) => {
      seen.push(m.index);
      return seen.length === 2;
    });
    expect(seen).toEqual([0, 2]);
  });

  test("the result is the same as reading every action: at least 20 places, the first ones shown", () => {
    const text = Array.from({ length: 60 }, (_, i) => `I will call the school on ${(i % 28) + 1} June about item ${i + 1}.`).join("\n");
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.message).toBe("A plan or next step appears in 20 places.");
    expect(r.evidence.map((e) => e.text)[0]).toBe("I will call the school on 1 June about item 1.");
    expect(r.evidence).toHaveLength(8);
  });
});

describe("plan headings written as a clause, and actions timed by a month (stop 24)", () => {
  test.each([
    // A request heading: the noun phrases under it are the requests.
    ["What I am asking for\n1. Allocation of a family support worker.\n2. A parenting assessment with Dad.", "What I am asking for"],
    ["What we are requesting from the housing team\n- A housing assessment for the family.", "What we are requesting from the housing team"],
    ["What the local authority proposes:\nA further review in the new year.", "What the local authority proposes:"],
    // What happens or was decided, with a time or an owner under it.
    ["What happens now\nThe review will be held in six weeks.", "What happens now"],
    ["What we agreed\n- School nurse to see Amir before the end of term.", "What we agreed"],
    // A month is a time ("by March", "in February").
    ["Plan\n1. Health assessment for Amir by March.", "Plan"],
  ])("found: %#", (text, evidence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text.trim())).toContain(evidence.trim());
  });

  test.each([
    // The child's own wishes under a first-person heading are not a plan.
    "What I want\nTo live with my nan and see my dog.",
    // A request heading over a deferral.
    "What I am asking for\nTo be discussed with my manager.",
    // A month in the past tense of a history is not a time for an action.
    "Background\nAmir moved to Leeds in March and started school there.",
  ])("not found: %#", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("an event of the work dated after the record itself is a plan with a time (stop 24)", () => {
  test.each([
    [
      "Chronology for transfer\nAmir Khan, born 3 June 2012. Prepared by Jo Bell, 1 December 2026.\n\n2026\nAmir moved to Oak House in May. Transfer agreed; handover visit with the new worker on 14 December.",
      "handover visit",
    ],
    ["Carer's weekly report\nWeek ending: Sunday 29 November 2026\n\nAmir ate well. Dad's family time with the contact worker is on 4 December.", "family time"],
    ["Summary for panel\nDate of report: 02/03/2026\n\nAmir is settled. Review with the IRO booked for 20/03/2026.", "Review with the IRO"],
  ])("found: %#", (text, words) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.some((e) => e.text.includes(words))).toBe(true);
  });

  test.each([
    // Simply due, with no owner or decision.
    "Visit note\nDate: 1 October 2026\n\nAmir is well. There is a PEP meeting at school on 4 November.",
    // Before the record's date: history.
    "Summary\nPrepared by Jo Bell, 1 December 2026.\n\nA review was held on 14 November with the IRO.",
    // After the record's date but no event of the work.
    "Weekly report\nDate: 29/11/2026\n\nMy son is home from university from 12 December and will have the back bedroom.",
    // A date of birth is not the record's date.
    "Amir Khan, born 1 December 2012\n\nThe review with his social worker was on 4 March 2024.",
  ])("not found: %#", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("more ways of writing a plan with an owner or a time (stop 24)", () => {
  test.each([
    "Amir seen at school. I have asked the school nurse to see him next week.",
    "Amir seen at school. We arranged for the interpreter to come on Tuesday.",
    "Amir seen at school. My plan is to see Amir again after half term.",
    "Amir seen at school.\nReview in 3 months.",
    "Amir seen at school. Visit again in two weeks.",
    "Amir seen at school. The next core group is on 4 June, chaired by me.",
  ])("found: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each(["Amir seen at school. I asked the nurse to explain the bruise and she did.", "Amir seen at school. The last review in 2024 closed the plan."])(
    "not found: %s",
    (text) => {
      expect(run(text).value).toBe(false);
    },
  );
});

describe("plans and owners in other writers' forms (issue 12, set 8)", () => {
  test.each([
    "The local authority's plan is a foster home where Amir and his sister can stay together.",
    "The school nurse, Jo Peters, will see Amir again after half term.",
    "Her teacher, Mr Dace, will send work home each Friday.",
  ])("a plan with an owner: %s", (text) => {
    expect(checkNextSteps(ctxFor(text, AMIR)).value).toBe(true);
  });
  test.each([
    "ABOUT ME\nI like trains and the swing. I do not like loud rooms; please let me go somewhere quiet.\nPlease don't shout at me when I get it wrong.",
    "Dad's plan is to move back to Leeds one day.",
  ])("not an action with an owner: %#", (text) => {
    expect(checkNextSteps(ctxFor(text, AMIR)).value).toBe(false);
  });
});

describe("plans the record points to or dates (issue 12, stop 28)", () => {
  test("a recommendation the record says it does not include is not a next step", () => {
    expect(run("I have set out the options for the court. This extract does not include my recommendation, which is in section 9.").value).toBe(false);
    expect(run("My recommendation is a supervision order for twelve months.").value).toBe(true);
  });

  test("an event listed for a date after the record's own date is a plan", () => {
    const text = "Refuge referral\nDate: 30 November 2026\n\nSafety\n- MARAC referral made 28 November; listed for 10 December.";
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text).join(" ")).toContain("listed for 10 December");
  });
});

describe("plans with a month, a booking, a request, a meeting's decision or a parent's intention (stop 28)", () => {
  test.each([
    "The next review will be in March.",
    "An appointment has been made for 12 March.",
    "Mum is going to ring the GP.",
    "I would be grateful if you could send the school report.",
    "The conference decided that Amir should be subject to a child protection plan.",
    "The panel recommended that the match goes ahead.",
  ])("a next step: %s", (text) => {
    const r = run(`I visited Amir at home. ${text}`);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(text);
  });

  test.each([
    // A habit, the writer's frankness or leave, a child's feeling, a polite phrase with no action.
    "Amir will often hide when he is upset.",
    "I will be honest, the house was cold.",
    "I will be on leave next week.",
    "Amir is going to be upset.",
    "Efforts have been made for years to help.",
    "I am grateful if you are well.",
  ])("not a next step: %s", (text) => {
    expect(run(`I visited Amir at home. ${text}`).value).toBe(false);
  });

  test("an earlier meeting's actions are reviewed, not planned; this record's own plan still counts", () => {
    expect(run("Actions from the last review\nSarah will complete the referral by 3 March.\n\nI visited Amir at home. He was well.").value).toBe(false);
    expect(run("Previous actions\nSarah will complete the referral by 3 March.\n\nI visited Amir at home. He was well.").value).toBe(false);
    const r = run("Actions from the last review\nSarah will complete the referral by 3 March.\n\nNext steps\nI will visit again on 4 April.");
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).not.toContain("Sarah will complete the referral by 3 March.");
  });
});

describe("a running log's 'Next:' line, clock times, and a chronology's past entries (stop 29)", () => {
  test.each([
    "09:12 Call from school about a mark on Amir's cheek.\n\nNext: home visit 4pm; see Amir alone.",
    "Next: session 4 on 8 December with Dad present.",
    "Next steps\nJoint visit with the health visitor at 10:30.",
  ])("a plan under a bare 'Next:' heading or with a clock time: %s", (text) => {
    expect(run(text).value).toBe(true);
  });

  test("'Next:' with nothing owned or timed under it is not a plan", () => {
    expect(run("I visited Amir at home. He was well.\n\nNext: to be agreed.").value).toBe(false);
  });

  const chronology = [
    "Chronology of significant events: Amir",
    "",
    "12/05/2025\tLegal planning meeting: agreed to enter pre-proceedings.",
    "02/07/2025\tHis aunt tells the worker that Amir will no longer stay at weekends.",
    "14/09/2025\tAmir moves up to Year 3.",
  ].join("\n");
  test("what was agreed or said in a chronology entry that later entries follow is a past event", () => {
    expect(run(chronology).value).toBe(false);
  });
  test("the chronology's own plan below its entries still counts", () => {
    expect(run(`${chronology}\n\nNext steps: I will update the chronology by 1 October.`).value).toBe(true);
  });
});

describe("a compound plan heading and a body's recommendation (stop 30)", () => {
  test.each(["6. Step-down plan\n- The family support worker will meet Mum termly until July.", "Follow-up actions\n- Mum to contact the IDVA ahead of the trial in February."])(
    "a plan heading named by a compound: %s",
    (text) => {
      expect(run(`Amir's attendance is now 97%.\n\n${text}`).value).toBe(true);
    },
  );
  test("a negation before a compound is still no plan heading", () => {
    expect(run("Amir is well.\n\nNo-further-action plan\nnone").value).toBe(false);
  });
  test.each([
    "The Panel recommends that safeguarding partners review how they record missing episodes.",
    "The assessment recommended a support package that included respite one weekend a month.",
    "The review recommends that the school reviews its managed moves.",
  ])("a recommendation of a review, panel or assessment: %s", (text) => {
    const r = run(`Amir went missing four times. ${text}`);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(text);
  });
  test("a recommendation someone once made of a treatment is not one of a body", () => {
    expect(run("Amir saw the dentist in May, when two fillings were recommended.").value).toBe(false);
  });
});

describe("a name given in a judgment, a fear or hope, and an appeal court's decision (stop 30)", () => {
  test.each([
    "This hearing concerns a little boy whom I shall call Amir.",
    "She is worried Amir will lose his cousins as well as his dad.",
    "Mum hopes that Amir will come home for Christmas.",
  ])("not a next step: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
  test.each(["I would allow the appeal, set aside the care order and remit the application for rehearing.", "The appeal is allowed."])("an appeal decided: %s", (text) => {
    expect(run(`The judge did not weigh the options side by side. ${text}`).value).toBe(true);
  });
  test("an appeal allowed in the past is history", () => {
    expect(run("Amir's father appealed in 2024 and the appeal was allowed.").value).toBe(false);
  });
  test("the writer's own promise still counts after the fix", () => {
    expect(run("I will call Mum tomorrow to arrange the visit.").value).toBe(true);
  });
});

describe("a question asks, a request acts (stop 30)", () => {
  test.each(["- How would you record Amir's own explanation so that he could read it at 18?", "What would you do next to make sure Amir is seen by 1 May?"])(
    "a wh-question is no next step: %s",
    (text) => {
      expect(run(`Amir moved school in March.\n${text}`).value).toBe(false);
    },
  );
  test.each(["Could you let me know who will be visiting and when?", "Can we set up regular phone calls before Christmas?"])(
    "a request put as a question still acts: %s",
    (text) => {
      expect(run(`Amir moved school in March. ${text}`).value).toBe(true);
    },
  );
});

describe("the action patterns' shared opening (ACTION_OPENING)", () => {
  const entries = (nextStepsData.lists.patterns.entries as Array<{ pattern: string; caseSensitive?: boolean }>).filter((e) => !e.caseSensitive);
  // The pattern's alternatives at its top level (not inside a group or a class).
  const alternatives = (src: string): string[] => {
    const out: string[] = [];
    let depth = 0;
    let inClass = false;
    let cur = "";
    for (let i = 0; i < src.length; i++) {
      const c = src[i];
      if (c === "\\") {
        cur += c + src[++i];
        continue;
      }
      if (inClass) inClass = c !== "]";
      else if (c === "[") inClass = true;
      else if (c === "(") depth++;
      else if (c === ")") depth--;
      else if (c === "|" && depth === 0) {
        out.push(cur);
        cur = "";
        continue;
      }
      cur += c;
    }
    return [...out, cur];
  };
  // Openings each of which can only match where the look-ahead holds: a word edge, a line start, or one of its characters.
  const OPENERS = ["\\b", "^", "(?:^|[.;]\\s+)", "(?:^|[.;:]\\s+)", "(?:^|[.;:,+]\\s*|\\d\\s+)"];

  it.each(entries.map((e) => [e.pattern]))("every alternative of %s opens where the look-ahead holds", (pattern) => {
    for (const alt of alternatives(pattern)) expect(OPENERS.some((o) => alt.startsWith(o))).toBe(true);
  });

  it.each([
    "I will ring school tomorrow.",
    "I WILL ring school tomorrow.",
    "We’ll visit on Monday. I'll call Mum.",
    "Mum said: I'll ring you. we'll see.",
    "- ring the GP (me)\n2) send the minutes by Friday",
    "Actions:\nSW to visit, by 12/06/2025; next review 3 July.",
    "mum+dad to attend 4 June",
    "plain words with nothing planned",
  ])("finds the same actions with and without it in %j", (text) => {
    const lower = text.toLowerCase();
    const sources = entries.map((e) => lowerPattern(e.pattern));
    const matches = (re: RegExp) => {
      const out: string[] = [];
      eachMatch(re, lower, (m) => void out.push(`${m.index}:${m[0]}`));
      return out;
    };
    expect(matches(combine(sources, "gm", ACTION_OPENING).re)).toEqual(matches(combine(sources, "gm").re));
  });
});

describe("a recommendation in the passive and the agency's step under way (stop 33)", () => {
  test.each([
    ["Read together, the events show harm. The PLO route is recommended, with an offer of a refuge place.", "The PLO route is recommended, with an offer of a refuge place."],
    ["The local authority is now assessing Debbie and Karl to care for both children.", "The local authority is now assessing Debbie and Karl to care for both children."],
  ])("shows a next step: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });
  test.each(["We are looking for ways to help families like this one.", "This is recommended reading for practitioners."])("no next step: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a plan stated as a sentence of intent, with no owner named (quality40, issue 12)", () => {
  test.each([
    ["Amir was seen at school. The next step is a referral to CAMHS.", "The next step is a referral to CAMHS."],
    ["Amir was seen at school. A referral to CAMHS is to be made.", "A referral to CAMHS is to be made."],
    ["Amir was seen at school. The intention is that Amir returns home in the summer.", "The intention is that Amir returns home in the summer."],
    ["Amir was seen at school. A strategy meeting needs to be convened within 24 hours.", "A strategy meeting needs to be convened within 24 hours."],
    ["Amir was seen at school. What needs to happen next is a parenting assessment.", "What needs to happen next is a parenting assessment."],
    ["Amir was seen at school. A child protection conference will be requested.", "A child protection conference will be requested."],
    ["Amir was seen at school. The local authority seeks a care order.", "The local authority seeks a care order."],
    ["Amir was seen at school. A care order is sought.", "A care order is sought."],
    ["Amir was seen at school. It is proposed that Amir moves to his aunt's.", "It is proposed that Amir moves to his aunt's."],
    ["Amir was seen at school. The aim is for Amir to return home by Easter.", "The aim is for Amir to return home by Easter."],
  ])("shows a next step: %s", (text, sentence) => {
    const r = run(text);
    expect(r.value).toBe(true);
    expect(r.evidence.map((e) => e.text)).toContain(sentence);
  });
  test.each([
    // Someone's own aim, a reading, a purpose of the past, a past application, a plan not yet known.
    "Amir told me his aim is to be a vet.",
    "Some upset after the move is to be expected.",
    "The aim of the visit was to see Amir at home.",
    "In 2019 a care order was sought and refused.",
    "What needs to happen is not yet clear.",
    "The next step is unclear until the assessment is back.",
    "Mum said the intention is for her to go back to work.",
  ])("no next step: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a manager's direction, and a plan the sentence says came to nothing (quality40, probes p184, p187)", () => {
  test("a direction heading with a timed action under it", () => {
    expect(run("Supervision\n\nManager direction: complete the single assessment by 14 March.").value).toBe(true);
  });
  test.each([
    "In March the plan was for Amir to stay with his nan, but this fell through when she went into hospital.",
    "A referral will be made, but this did not happen because Mum moved away.",
  ])("no next step: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
  test("the same plan without its failure is one", () => {
    expect(run("In March the plan was for Amir to stay with his nan.").value).toBe(true);
  });
});

describe("a review put to a meeting or a time, and a next visit counted in words (quality41, probes p190, p199)", () => {
  test.each([
    "Case note\n\nCall from the carer.\n\nTo be reviewed at the core group on 17 February.",
    "Case note\n\nProgress to be followed up in supervision next month.",
    "Visit note\n\nWe played.\n\nNext visit within six weeks.",
    "Visit note\n\nWe played.\n\nNext visit by me, by 25 February.",
  ])("a next step: %s", (text) => {
    expect(checkNextSteps(ctxFor(text, AMIR)).value).toBe(true);
  });
  test.each(["Case note\n\nCall from the carer.\n\nTo be discussed at team meeting.", "Visit note\n\nThe next visit was six weeks ago."])("no next step: %s", (text) => {
    expect(checkNextSteps(ctxFor(text, AMIR)).value).toBe(false);
  });
});

describe("decisions about the children, the passive decision, the plan named by its outcome, and note-form actions with an owner or a time (quality41)", () => {
  const note = (line: string) => `Case note – 3 March 2026\n\nAmir was seen at school today and was chatty.\n\n${line}\n`;
  test.each([
    "The children will remain on child protection plans.",
    "The core group will meet monthly.",
    "Amir is to stay with his father until the review.",
    "The children are to live with their mother.",
    "It was decided that Amir should remain at home.",
    "The decision was made to end the child protection plan.",
    "Early help assessment to be completed by the school.",
    "Referral to be made to early help by Friday.",
    "Mum needs to complete the course by March.",
    "The care plan is adoption.",
    "His care plan is long-term foster care with his current carers.",
  ])("a next step: %s", (line) => {
    expect(checkNextSteps(ctxFor(note(line), AMIR, "case-note")).value).toBe(true);
  });
  test.each([
    "The children will struggle with another move.",
    "I do not know how the family will react.",
    "Agreed:\n- Attendance to be monitored.\n- Dental referral to be followed up.",
    "Date of the meeting to be confirmed by the chair.",
    "It is to say that Amir is doing well.",
  ])("no next step: %s", (line) => {
    expect(checkNextSteps(ctxFor(note(line), AMIR, "case-note")).value).toBe(false);
  });
});

describe("a hope for two people, and a wh-question after a fronted phrase (quality41, h15-016, h15-006)", () => {
  test.each([
    "Dear Amir,\n\nI hope that Anna and Ravi will help you to read this when you are ready.\n\nWith love,\nEllen",
    "Case study\n\nAmir is 6 and often hungry at school.\n\nUsing a tool such as the GCP2, how would you evidence whether his care falls below the level he needs?",
  ])("no next step: %s", (text) => {
    expect(checkNextSteps(ctxFor(text, AMIR)).value).toBe(false);
  });
  test.each(["Hi Jo,\n\nCould you let me know, when you can, who will visit Amir on Friday?\n\nThanks", "Case note\n\nMum and Dad will attend the review on 4 May."])(
    "a next step: %s",
    (text) => {
      expect(checkNextSteps(ctxFor(text, AMIR)).value).toBe(true);
    },
  );
});

describe("who is to act, as a heading clause (quality43, probe p222)", () => {
  test("a 'Who does what' list with owners and times is a plan", () => {
    expect(checkNextSteps(ctxFor("Meeting notes\n\nWho does what\n- Referral to school counsellor (head of year, this week)\n", AMIR, "case-note")).value).toBe(true);
  });
  test("the heading alone, with nothing owned or timed under it, is not", () => {
    expect(checkNextSteps(ctxFor("Meeting notes\n\nWho does what\n- Still unclear\n", AMIR, "case-note")).value).toBe(false);
  });
});

describe("next steps: an owned, timed action in any wording; a passive request; a dated next event (quality44, probes p260, p265)", () => {
  test.each([
    "Amir was at school.\nKim Fox to visit on 2 June.",
    "Amir was at school. Mrs Saleh agreed to ring the GP tomorrow.",
    "Amir was at school. Dara is going to collect the forms after half term.",
    "It is respectfully sought that the final hearing be put back by eight weeks.",
    "Amir was at school.\nNext review 4 August.",
  ])("a next step: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each([
    // No time: an owner and a verb alone are not a step with a date.
    "Amir was at school. Kim Fox to visit.",
    // Not a person: a plural noun opening the sentence.
    "Visits to Nan on Sundays.",
    // A person and a place, no verb: where someone went.
    "Amir was at school.\nDara to the dentist on Friday.",
    // A party's position put for them, and a past suggestion.
    "On behalf of the mother it is sought that Amir be returned to her care.",
    "It was proposed that Amir be moved, but nobody agreed.",
    // A past arrangement with the person not directly before "to".
    "Kim Fox came to visit on 2 June.",
  ])("not a next step: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

describe("a parent's dated agreement and a request the writer has made (quality46, probes p304-p306)", () => {
  test.each([
    "Phoned Mum about the course. Mum has agreed to go to the first session on 14 March.",
    "Dad agreed to do the school run from Monday.",
    "Amir has lost weight. I have asked the school nurse to weigh him every two weeks.",
    "We've now requested the GP to review his inhaler.",
  ])("a next step: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each([
    "In 2023 Mum agreed to go to a parenting course but went to one session.",
    "The health visitor had asked the GP to review his weight that spring.",
    "I asked the school to send his report, and it arrived in May.",
    "I have asked Mum to think about what she wants.",
  ])("not a next step: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});

test("a caller asked to put what they said in writing is paperwork, not a step", () => {
  expect(run("The nursery rang about a mark on his cheek. I've asked them to put it in writing.").value).toBe(false);
});

describe("a decision about the case stated on its own (quality48, stop 42 leftover)", () => {
  // A record's closing outcome is often written without a verb ("No further action. Case closed."): the decision itself.
  test.each([
    "Referral from school about a bruise. Checks with the GP and police show nothing further. Mum explained Amir fell at the park.\n\nNo further action. Case closed.",
    "Anonymous call about noise. Home conditions good, Amir seen and well.\n\nNFA – closed to the service.",
    "Amir is settled with his aunt and the school has no concerns.\n\nCase closed to social care.",
  ])("a decision: %s", (text) => {
    expect(run(text).value).toBe(true);
  });
  test.each([
    "In 2022 the police took no further action. Amir is settled with his aunt.",
    "The last referral in 2021 ended with no further action, and the case was closed then. Amir is settled with his aunt.",
    "Chronology\n03/02/2021 – Referral from school. No further action. Case closed.\n05/06/2023 – Amir moved to his aunt's.",
  ])("not this record's decision: %s", (text) => {
    expect(run(text).value).toBe(false);
  });
});
