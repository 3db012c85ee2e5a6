import { ICO_PERSONAL_DATA, identifierRule } from "./identifier-rule";

export const caseNumber = identifierRule({
  id: "case-number",
  kind: "case number",
  description: "Finds court case numbers and local reference numbers (case, Mosaic, LCS, crime references).",
  message: () => "This is a case or reference number; remove it before the record is shared.",
  note: "A court or council reference number can be used to find every record about a child and their family, and family court case numbers must not be shared outside the proceedings.",
  source: `Family Procedure Rules 2010, Part 12 Chapter 7 (communication of information relating to proceedings), https://www.justice.gov.uk/courts/procedure-rules/family/parts/part_12; ${ICO_PERSONAL_DATA}`,
});
