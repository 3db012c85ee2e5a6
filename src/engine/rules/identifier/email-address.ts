import { ICO_PERSONAL_DATA, identifierRule } from "./identifier-rule";

export const emailAddress = identifierRule({
  id: "email-address",
  kind: "email address",
  description: "Finds email addresses.",
  message: () => "This is an email address; remove it before the record is shared outside the team.",
  note: "An email address identifies a person and lets anyone who later reads the record contact them, so it should not travel with the record when it is disclosed.",
  source: ICO_PERSONAL_DATA,
});
