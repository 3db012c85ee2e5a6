import { caseNumber } from "../../../../src/engine/rules/identifier/case-number";
import { tableTest } from "./run-rule";

tableTest(
  caseNumber,
  [
    "In the Family Court sitting at Northmoor\nCase number: {{pid|NM24C00517}}\nRe: Hope",
    "Mohammed (Case No {{pid|NM24C00902}}): the court has directed",
    "Subject: Castillo – {{pid|NQ25C00645}} – directions following CMH",
    "The private law case ({{pid|ZW25P00123}}) is listed.",
    // A published judgment that masks the court code.
    "Case No: {{pid|[QQ]31C00042}}",
    "Case ref: {{pid|3398217}}",
    "Mosaic ID: {{pid|2290417}}",
    "Child: River Osei\nID: {{pid|2875531}}\nDate: 23/09/2025",
    "Police attended (crime reference {{pid|NP/25/004417}} and others).",
    "Our ref: {{pid|CS/2024/0173}}.",
    "LCS number {{pid|1234567}} is on the form.",
    "CP reference: {{pid|CP-00451}}",
    "The case number is {{pid|HX/19/88231}}.",
    // A record number after a person's name, or in a list of references (issue 12).
    "Subject: RE: Change of address – Lena Szczepaniak ({{pid|3319027}}) – from Mon 10/11",
    "Children and references: Ann Lee (15) {{pid|7730139}}; Ben Lee (12) {{pid|7730142}}",
    "Filed on: Cerys Bowen (case {{pid|88-41327}})",
    // Other numbering systems that identify a person, and references written in parts.
    "Dad's prison number is {{pid|A1234BC}}; hospital number: {{pid|K123456}}; PNC ID {{pid|12/345678A}}.",
    "Mum's hospital no. {{pid|45678912}} is on the letter.",
    "Appeal No: {{pid|B4/2024/1234}}",
    "Case No: {{pid|1234 of 2024}}",
    // A number printed in groups of digits after its label.
    "Complaint reference: {{pid|25 014 337}}",
    "Ref {{pid|1234 5678}} applies.",
    "3 children in house. pol ref CAD {{pid|1147 02/11/25}}. DASH high.",
    "Home Office ref: {{pid|Q7654321}}",
    "Council case reference: {{pid|CS-2025-001234}}.",
    "Ref: {{pid|LA/2025/00123}}. Mosaic ID {{pid|1234567}}. LCS no. {{pid|987654}}.",
    // A code in capitals and digits in parts needs no label; "number" in a label may be written "no".
    "Staff called the police at 23:10 ({{pid|XB-MP-24-8812}}) and again at 02:00 ({{pid|XB-MP-24-8840}}).",
    "Subject: Welfare concern – Occurrence {{pid|QT-24-550913}}",
    "Referred to early help (EH ref {{pid|EH-24-66120}}).",
    "Offender ID {{pid|31/774102Q}} was read out; the order number is {{pid|YO/118-4471}}.",
    "Person: DOYLE, Kai   Client no. {{pid|00417733}}",
    "Her crime no: {{pid|7741902}}; file no. {{pid|55102938}}.",
  ],
  [
    "Ref: ICPC for Aarav",
    "Photo ID: seen and copied.",
    "Ref: 12/03/2024",
    "See case number 12 in the list.",
    "Reference 2 of 3 123 pages; ref: 12 34 56.",
    "with reference to 2019 and 2020",
    "Our ref: 2018 guidance still applies.",
    "The case is 2021 in origin and was reopened.",
    "Re: Hope Mensah (born 14/06/2015)",
    "The idea was good: 12345 people.",
    "Ann Lee (15) 1234567 steps were counted.",
    "The Year 9 group (2024) did well.",
    "See https://democracy.example.gov.uk/mgAi.aspx?ID=52438 for the minutes.",
    // "case" alone before a short number, or a citation of another case, is not a reference.
    "In this case 300 families were affected, and in case 1234 the judge said otherwise.",
    "See Case C-123/45 and Re B (Care Proceedings) [2013] UKSC 33, [2013] 1 WLR 1911.",
    "Neutral Citation Number: [2025] EWFC 123 (B)",
    "Section 31(2) of the Children Act 1989; PD 12J para 37; s.13.",
    // Codes that are not references: year groups, financial years, years, illnesses, paper sizes.
    "He moved from Y10/11 sets in FY2024/25, after COVID-19 and the UK-2025 review; print on A4/A5.",
    "See www.example.org/AB-12345 and help@AB-99812.example.org for the form.",
    "Room no. 104 and bus number 135.",
  ],
);
