import { ICO_PERSONAL_DATA, identifierRule } from "./identifier-rule";

export const nhsNumber = identifierRule({
  id: "nhs-number",
  kind: "NHS number",
  description: "Finds NHS numbers (ten digits, often written 3-3-4), checked with the modulus 11 check digit.",
  message: (m) =>
    m.checksum === "fail"
      ? "This looks like an NHS number but its check digit is wrong, so it may be mistyped; check it and remove it before sharing."
      : "This is an NHS number; remove it before the record is shared.",
  note: "An NHS number links a child to their whole health record; it should appear only where it is needed and be removed before the record is disclosed.",
  source: `NHS Data Dictionary, NHS number (modulus 11 check), https://www.datadictionary.nhs.uk/attributes/nhs_number.html; ${ICO_PERSONAL_DATA}`,
});
