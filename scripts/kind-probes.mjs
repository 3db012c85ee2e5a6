// Invented records for kind inference (issue 12 item 4, stop 38), written before the change, in layouts no
// development set uses. Never fitted on: scripts/fit-kind.mjs does not read them.
const P = [];
const add = (kind, layout, lines) => P.push({ kind, layout, text: lines.join("\n") });

add("assessment", "assessment with only the framework's domain headings, no title", [
  "Ellis Varga   DOB 04/02/2017",
  "Worker: Priya Nair, Social Worker, Westgate Locality Team",
  "Started: 02/09/2026   Completed: 14/10/2026",
  "",
  "Child's developmental needs",
  "Ellis is nine and in Year 5. He is meeting most milestones but his speech is behind his classmates and school have asked for a speech and language referral. He wets the bed three or four nights a week.",
  "",
  "Parenting capacity",
  "Ms Varga gives Ellis warm, consistent basic care. Her low mood means mornings are chaotic and Ellis is late to school about twice a week. She is open with me about this.",
  "",
  "Family and environmental factors",
  "The family live in a damp two-bedroom flat. Ms Varga's mother visits on Sundays and helps with shopping. There are rent arrears of about £900.",
  "",
  "Analysis",
  "Ellis is loved and his needs are mostly met. The worries are about his mother's health and the housing rather than about his safety.",
  "",
  "Recommendation",
  "Child in need plan for six months; referral to the housing team; GP appointment for Ms Varga.",
]);
add("assessment", "assessment as strengths-and-worries, headings as questions, no title word", [
  "Understanding Keira's world",
  "Keira Lund, 6",
  "",
  "Things that are going well",
  "Keira goes to school every day. Her dad takes her and collects her. She has a best friend called in her class and they play at the weekend.",
  "",
  "Things we are worried about",
  "Dad has been drinking in the evenings since his partner left. Twice neighbours heard shouting late at night.",
  "",
  "Summary of strengths and risks",
  "The strengths are Keira's attendance, her dad's routines in the day and her grandmother nearby. The risks are the drinking and the evenings when no other adult is around.",
  "",
  "What I think this means for Keira",
  "Keira is safe in the day but less so in the evenings. Her dad accepts this.",
  "",
  "What should happen next",
  "Dad to see the alcohol service; grandmother to stay over on Fridays; review in eight weeks.",
]);
add("assessment", "assessment in numbered sections with a court-sounding header but no court", [
  "Report on the parenting of Ms Dana Rusu",
  "Prepared by: Leon Fairley, independent social worker",
  "",
  "1. Reason for this report",
  "2. Sources of information",
  "3. Background",
  "4. Observations of Ms Rusu with Sami",
  "5. Ms Rusu's understanding of Sami's needs",
  "6. Analysis",
  "7. Conclusions and recommendations",
  "",
  "1. Reason for this report",
  "Ms Rusu asked for help after Sami's nursery raised concerns about his weight. The team agreed to look at her parenting in detail before deciding on any plan.",
  "",
  "6. Analysis",
  "Ms Rusu loves Sami and responds to him quickly. She struggles to plan meals and to keep appointments.",
]);
add("assessment", "assessment as a form of fields, no title word", [
  "Name of child: Teodor Ilie",
  "Date of birth: 11/11/2019",
  "Lead practitioner: Sunita Kaur",
  "Reason for involvement: Nursery worried about bruising to the arm, explained by a fall.",
  "",
  "Child's lived experience:",
  "Teodor spends most days at home with his mother and baby sister. He is chatty at nursery and likes the sand tray.",
  "",
  "Parent's views:",
  "Mrs Ilie says Teodor fell from the sofa. She was upset that nursery had called us.",
  "",
  "Professional analysis:",
  "The injury fits the account given. There is no history of concern and the family is well supported.",
  "",
  "Outcome: No further action; universal services.",
  "Manager authorisation: J. Baptiste, 20/10/2026",
]);
add("assessment", "early help family profile with family's own headings", [
  "Family Support Hub",
  "Our family's strengths and needs",
  "",
  "Who is in our family",
  "Mum (Carla Jensen), Mason (10) and Lola (3).",
  "",
  "What is going well for us",
  "Mason loves football and goes to the club on Saturdays. Mum has kept the house going through a hard year.",
  "",
  "What is hard for us right now",
  "Money. Mason's behaviour at school since Dad moved out.",
  "",
  "What Mason says",
  '"I miss Dad and I don\'t like it when Mum cries."',
  "",
  "Worker's summary",
  "The family need practical help with debt and someone for Mason to talk to.",
  "",
  "Our plan",
  "Debt advice by the end of the month; school mentor for Mason.",
]);
add("assessment", "assessment written as narrative with triangle domains inside paragraphs and a conclusion", [
  "Cara Doyle (aged 14)",
  "",
  "I have known Cara since March. This piece of work looks at her needs, her parents' capacity to meet them, and the wider family and environmental factors, so that we can agree what help is needed.",
  "",
  "Cara's health is good but she is not sleeping. She has missed 30% of school this term. She told me she feels 'invisible' at home.",
  "",
  "Her father works nights and her mother has a long-term illness. Both love her; neither has noticed how little she is eating. Emotional warmth is there, guidance and boundaries are not.",
  "",
  "The family have no debts and a settled home, but are isolated from relatives.",
  "",
  "Conclusion",
  "Cara is a child in need. Her parents can meet her needs with support.",
  "",
  "Recommendations",
  "1. CAMHS referral. 2. School attendance plan. 3. Carers' support for Mrs Doyle.",
]);
add("case-note", "case note with a heading Assessment inside it", [
  "Phone call from Ms Akande – 03/11/2026 14:20",
  "Worker: Tom Reyes",
  "",
  "Details:",
  "Ms Akande rang to say Jonah had not come home last night and came in at 7am. He would not say where he had been. She sounded tired and angry.",
  "",
  "Assessment:",
  "This is the third time in a month. The risk of exploitation is rising.",
  "",
  "Action:",
  "Missing notification to police; return home interview to be offered; discuss with manager tomorrow.",
]);
add("case-note", "case note as a running record with no title and no times", [
  "Spoke to Jonah at school today. He was quiet and said he was fine. I asked about the weekend and he shrugged.",
  "Rang Mum afterwards; no answer, left a message.",
  "Emailed the school DSL to ask for his attendance figures.",
  "Mum called back at the end of the day. She said Jonah has been staying at a friend's.",
]);
add("email", "email forwarding an assessment", [
  "From: Ruth Obi <ruth.obi@example.org>",
  "Sent: 14 October 2026 16:02",
  "To: Duty Team",
  "Subject: FW: Child and family assessment – Varga",
  "",
  "Hi all, please see the completed assessment below for the file.",
  "",
  "---------- Forwarded message ----------",
  "CHILD AND FAMILY ASSESSMENT",
  "Child's developmental needs",
  "Ellis is nine and in Year 5.",
  "Parenting capacity",
  "Ms Varga gives Ellis warm care.",
  "Analysis",
  "Ellis is loved and his needs are mostly met.",
]);
add("email", "email with no header lines, a greeting and a sign-off", [
  "Hi Ruth,",
  "",
  "Just a quick one to say I saw Jonah at school this morning and he seemed brighter. He is going to the youth club tonight.",
  "",
  "Can we talk tomorrow about the assessment? I'm free after 2.",
  "",
  "Thanks,",
  "Tom",
]);
add("court-report", "court statement with no court header: numbered paragraphs and a statement of truth", [
  "Witness evidence of Rachel Moyo, social worker",
  "",
  "1. I am a qualified social worker employed by the local authority in the Westgate Locality Team. I have been the allocated worker for Amara since February 2026.",
  "2. I make this evidence in support of the local authority's application for an interim care order.",
  "3. Amara is four. She lives with her mother in a flat in Westgate.",
  "4. On 3 September 2026 the police attended the flat after a neighbour heard a child crying for several hours. Amara was alone.",
  "5. I invite the court to approve the interim care plan, which is that Amara lives with her maternal aunt.",
  "",
  "I believe that the facts stated in this witness statement are true.",
  "Signed: R. Moyo   Dated: 10/09/2026",
]);
add("court-report", "children's guardian's analysis for the court, no case number", [
  "Final analysis and recommendations of the children's guardian",
  "",
  "1. I was appointed as children's guardian for Nico and Ava in April 2026.",
  "2. I have read the papers filed with the court and met the children twice.",
  "3. The local authority seeks care orders and placement orders for both children.",
  "4. I support the making of care orders. I do not yet support placement orders for Nico, who is eight.",
  "5. I respectfully recommend that the court adjourns the placement application for Nico.",
]);
add("letter", "letter to a parent that discusses an assessment", [
  "Westgate Children's Services",
  "Civic Centre, Westgate",
  "",
  "14 October 2026",
  "",
  "Dear Ms Varga,",
  "",
  "Re: the assessment of Ellis's needs",
  "",
  "Thank you for meeting me on Tuesday. I have now finished the assessment. I found that Ellis is well cared for and that the main worries are the housing and your health. I recommend a child in need plan for six months.",
  "",
  "Yours sincerely,",
  "Priya Nair, Social Worker",
]);
add("letter", "letter to a young person with no 'Dear', opening with a greeting", [
  "Hello Jonah,",
  "",
  "I wanted to write to you after our chat on Friday. You told me that you want to stay at your school and that you miss your brother. I have written this down so that the people at your review know.",
  "",
  "Take care, and see you next week,",
  "Tom (your social worker)",
]);
add("visit-record", "visit record with no word 'visit' in its title", [
  "Seen at home – 12/10/2026, 4pm, unannounced",
  "Present: Ms Akande, Jonah, baby Esi",
  "",
  "Jonah was seen alone in his bedroom. He showed me his drawings and said school was 'alright'.",
  "The home was warm; there was food in the fridge; the baby's cot was clean.",
  "Ms Akande said she is managing better since the family support worker started.",
  "Next home check in two weeks.",
]);
add("visit-record", "visit record as a form without the word visit in the fields", [
  "CHILD IN NEED – HOME CHECK",
  "Child: Keira Lund",
  "Date: 21/10/2026",
  "Who was present: Keira, Mr Lund",
  "Was the child spoken to on their own? Yes, in the garden.",
  "Condition of the home: tidy, warm, food in the cupboards.",
  "Keira said Dad has been 'good' this week.",
]);
add("chronology", "chronology with word-dates and no table, no title word", [
  "Significant events – Varga family",
  "",
  "3 March 2024 – School referral: Ellis arrived hungry three days running.",
  "18 March 2024 – Home visit by health visitor; home cold.",
  "2 May 2024 – Early help offered; Ms Varga accepted.",
  "14 January 2025 – Police called to the flat; no arrests.",
  "9 September 2026 – Referral from GP about Ms Varga's mood.",
]);
add("supervision", "supervision with no word 'supervision'", [
  "1:1 case discussion with team manager",
  "Worker: Tom Reyes   Manager: Hana Price   Date: 05/11/2026",
  "",
  "Cases discussed: Akande (Jonah)",
  "Worker's reflections: Tom is worried that Jonah is being drawn into exploitation and that the plan is not moving.",
  "Manager's direction: convene a strategy discussion by Friday; refer to the exploitation panel.",
  "Wellbeing: Tom said the caseload is heavy this month.",
]);
add("case-note", "minutes without the word minutes", [
  "Professionals' get-together about Jonah – 06/11/2026",
  "Attendees: Tom Reyes (SW), Lisa Grant (school DSL), PC Ian Holt",
  "",
  "Lisa: Jonah's attendance has dropped to 70% and he's been seen with older boys at the gates.",
  "PC Holt: He was stopped twice in a car that is known to us, with two adults.",
  "Tom: Mum is worried too and wants help.",
  "Agreed: strategy discussion on Friday.",
]);
add("court-report", "section 7 report for the court with numbered paragraphs", [
  "Section 7 Report – child arrangements",
  "Applicant: Mr Daniel Cole   Respondent: Ms Jade Cole",
  "",
  "1. This report was ordered by the court on 2 September 2026 to address where Mia should live and what time she should spend with each parent.",
  "2. I have spoken with both parents and with Mia, who is ten.",
  "3. Mia told me she wants to live with her mother and see her father every other weekend.",
  "4. I recommend that the court makes a child arrangements order in those terms.",
]);
add("assessment", "viability-style assessment headed by the carer's name, analysis and recommendation", [
  "Mr and Mrs Okoro – kinship carers for Amara",
  "Assessor: Jean Marsh, Connected Persons Team",
  "",
  "Household",
  "Mr and Mrs Okoro live in a three-bedroom house with their two teenage sons.",
  "",
  "Motivation",
  "Mrs Okoro is Amara's aunt. She says Amara 'belongs with family'.",
  "",
  "Checks",
  "Police and local authority checks are clear. GP reports no concerns.",
  "",
  "Analysis",
  "The Okoros can offer Amara a safe and loving home. They will need help managing her mother's visits.",
  "",
  "Recommendation",
  "A full connected person assessment should go ahead.",
]);
export default P;

// Run: npm run -s build && node scripts/kind-probes.mjs  (prints each probe's inferred kind and the count right)
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
  const { inferKind } = createRequire(import.meta.url)(join(root, "dist", "src", "engine", "kind.js"));
  let ok = 0;
  for (const p of P) {
    const got = inferKind(p.text);
    const right = p.kind === "letter" ? got === "letter-to-child" || got === "email" : got === p.kind;
    ok += right ? 1 : 0;
    console.log(`${right ? "ok  " : "MISS"} ${p.kind.padEnd(13)} -> ${got.padEnd(15)} ${p.layout}`);
  }
  console.log(`kind probes ${ok}/${P.length}`);
}
