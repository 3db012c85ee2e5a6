import { ICO_PERSONAL_DATA, identifierRule } from "./identifier-rule";

export const dateOfBirth = identifierRule({
  id: "date-of-birth",
  kind: "date of birth",
  description: "Finds dates of birth: a date after DOB, date of birth, born or b.",
  message: () => "This is a date of birth; remove it before the record is shared.",
  note: "A date of birth, with a name, identifies a child for certain and is used to open accounts and records in their name, so it should leave the record when it is shared.",
  source: ICO_PERSONAL_DATA,
});
