import type { CaseFields } from "./state/useCaseProfile";

// A short, fictional example so a worker can see what the checker does before pasting a real record.
export const EXAMPLE_CASE: CaseFields = {
  subjectName: "Maisie Oyelaran",
  aliases: "Maisie, Mais",
  pronouns: "she/her",
  otherChildren: "",
  adults: "Donna Oyelaran, Rosalind Ellingham",
};

export const EXAMPLE_TEXT = [
  "Statutory visit, 14/10/2025. Maisie was seen alone in her bedroom. Her half-brother Tobias (9) was visiting with his dad.",
  "Maisie kicked off when the taxi for contact did not come, and Rosalind said she has been attention seeking at bedtime.",
  'He said he is happy at school. Maisie told me "I just want to see my brother more."',
  "Mum refused to engage with the PEP meeting. Her mobile is 07700 900418 and the IRO can be emailed at iro.team@example.org.",
].join("\n\n");
