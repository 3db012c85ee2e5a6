import { ICO_PERSONAL_DATA, identifierRule } from "./identifier-rule";

export const niNumber = identifierRule({
  id: "ni-number",
  kind: "National Insurance number",
  description: "Finds National Insurance numbers (two letters, six digits, a letter A to D).",
  message: () => "This is a National Insurance number; remove it before the record is shared.",
  note: "A National Insurance number stays with a young person for life and can be used to commit identity fraud, so it should not be passed on with the record.",
  source: `HMRC National Insurance Manual NIM39110, https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110; ${ICO_PERSONAL_DATA}`,
});
