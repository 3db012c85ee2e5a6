// Labels named by published language guides and added in stop 40 (issue 12 item 3), each with its source in
// rules/judgemental.json or rules/evaluative.json. The sentences were written before the entries, in wordings none
// of the eval sets uses (no guide's own example is copied); each flagged span was missed then.
import { analyse } from "../../../../src/engine/pipeline";
import type { DocumentKind } from "../../../../src/engine/types";
import { annotate, expectedFor, parseAnnotated } from "../../../helpers/annotated";

type Case = { text: string; kind?: DocumentKind };

/** Every judgemental finding, whichever rule made it, written back in {{jud|…}} form. */
function judged(c: Case): { got: string; want: string } {
  const { plain } = parseAnnotated(c.text);
  const report = analyse(plain, { subject: { name: "Kayla Brown", pronouns: "she/her" } }, { kind: c.kind ?? "case-note" });
  const found = report.findings.filter((f) => f.category === "judgemental");
  return { got: annotate(plain, found, "jud"), want: expectedFor(c.text, "jud") };
}

const flag: Case[] = [
  // Drug and alcohol services' 'Language Matters' tables (Renfrewshire; NIDA 'Words matter'): test results called
  // dirty or clean, relapse as falling off the wagon, drug seeking, splitting, a habit, abuser and ex-addict labels.
  { text: "Dad gave a {{jud|dirty sample}} at the drug service on Monday." },
  { text: "The key worker said Mum has produced {{jud|clean urines}} since the spring." },
  { text: "Her uncle {{jud|fell off the wagon}} after the funeral in March." },
  { text: "The practice nurse thinks Mum is {{jud|drug seeking}} when she asks for more tablets." },
  { text: "Staff feel Dad is {{jud|splitting the professionals}} by telling each of us a different story." },
  { text: "Dad pays for his {{jud|heroin habit}} with the money from the van." },
  { text: "The 2019 referral calls Mum a {{jud|substance abuser}} without saying what she uses." },
  { text: "Mr Tait is an {{jud|ex-addict}} who now volunteers at the food bank." },
  // Mental health media guides (Time to Change 'Mind your language'; Shift): slurs for people with mental illness.
  { text: "Neighbours have called Mum {{jud|a schizo}} in front of Kayla." },
  { text: "Mr Tait was {{jud|deranged}} when the officers arrived, and shouted at the children." },
  { text: "He described his brother as {{jud|a loony}} who should be locked up." },
  // Office for Disability Issues, 'Inclusive language: words to use and avoid when writing about disability'.
  { text: "Kayla's grandad is {{jud|deaf and dumb}} and the family sign with him." },
  { text: "A 1998 school report calls Mum {{jud|educationally subnormal}}." },
  { text: "The old file describes her aunt as {{jud|mentally defective}}." },
  // Victim-blaming examples in child-exploitation guidance and case-review learning (SCIE; Durham SCP; Safe and Sound).
  { text: "The health notes say Kayla has had {{jud|multiple sexual partners}} since she was thirteen." },
  { text: "Kayla was {{jud|dressed provocatively}} when she left the unit, according to the night log." },
  { text: "Kayla {{jud|stays out until all hours}} and will not say where." },
  // Labels for families (diversity style guides; Zero Tolerance and Queensland practice kit on mutualising abuse).
  { text: "The assessment notes that Kayla comes from a {{jud|broken home}}." },
  { text: "Police recorded the incident as {{jud|mutual abuse}} between the parents." },
  { text: "The couple have a {{jud|toxic relationship}} and row most weekends." },
  // Ethnic and migration slurs (Devon County Council GRT one-minute guide; migration terminology guides).
  { text: "Boys at school call her a {{jud|pikey}} because the family live on the site." },
  { text: "The neighbour told police the family were {{jud|illegal immigrants}}." },
  // Complex Safeguarding Wales (Cardiff University), 'Language use': children do not 'become involved' in crime.
  { text: "Since the move Kayla has {{jud|become involved in crime}} with the lads from the flats." },
  // Survivor-led anti-trafficking writing (Mezzo Allies): 'engaged in commercial sex' implies a child's consent.
  { text: "The police log says that at fourteen Kayla was {{jud|engaged in commercial sex}} in the town." },
  // Gender-stereotyped sayings named by domestic-abuse and parenting guides ('man up', 'boys will be boys').
  { text: "Dad tells his son to {{jud|man up}} whenever he cries." },
  { text: "When the boys fought, Grandad said {{jud|boys will be boys}} and sent them out." },
  // Family-law writing on the disparaging label for a non-resident parent.
  { text: "Mum's statement calls him a {{jud|Disneyland dad}} who never says no." },
  // Labels that case reviews of child sexual exploitation found in professionals' records (Oxfordshire, Derby, Rochdale).
  { text: "The home saw Kayla as a {{jud|rebellious}} girl who would not follow rules." },
  { text: "Police notes call her {{jud|a teenage rebel}} with no respect for curfew." },
  { text: "Her tutor finds Kayla {{jud|bolshie}} in the mornings." },
  { text: "The log says Kayla {{jud|brought the trouble upon herself}} by going to the flat." },
  { text: "Her foster carer thinks Kayla {{jud|exaggerates}} what happens at school." },
  // Sociological critiques of the 'troubled' label for poor families and their children (MacDonald et al.; Sayer).
  { text: "The school describes him as a {{jud|troubled teenager}} who needs a firm hand." },
  { text: "Dad, who has a {{jud|troubled background}}, arrived late to the review." },
];

const pass: Case[] = [
  // The same words in other senses.
  { text: "The kitchen was dirty and Kayla helped to wash the dishes." },
  { text: "Mum gave a urine sample at the clinic and the result was negative." },
  { text: "Kayla fell off her bike and grazed her knee." },
  { text: "Dad has a habit of humming when he cooks." },
  { text: "Kayla and her friend are splitting the cost of the tickets." },
  { text: "Mum is clean and tidy in her appearance and the flat was clean." },
  { text: "Kayla said her grandad is deaf and uses sign language." },
  { text: "Kayla has been in a relationship with Jordan, who is fifteen, for two months." },
  { text: "Mum's home is now a safe place for Kayla, after the move in June." },
  { text: "The asylum claim was refused and the family have appealed." },
  { text: "Dad was involved in the meeting and said he wants to help." },
  { text: "The club manned the tuck shop and the boys ran the raffle." },
  { text: "The family visited Disneyland in the summer holidays." },
  { text: "I do not want to exaggerate the concern, but the bruise was new." },
  { text: "The rebel forces in the film frightened Kayla, she said." },
  { text: "The family were referred to the Troubled Families programme in 2016." },
  { text: "Kayla looked troubled when I mentioned her brother." },
];

describe("published labels (stop 40)", () => {
  test.each(flag)("flagged: $text", (c) => {
    const { got, want } = judged(c);
    expect(got).toBe(want);
  });
  test.each(pass)("passes: $text", (c) => {
    const { got, want } = judged(c);
    expect(got).toBe(want);
  });
});
