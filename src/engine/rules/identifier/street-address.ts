import { ICO_PERSONAL_DATA, identifierRule } from "./identifier-rule";

export const streetAddress = identifierRule({
  id: "street-address",
  kind: "address",
  description: "Finds street addresses: a house or flat number with a street, and the town and postcode after them.",
  message: () => "This is a home address; remove it before the record is shared.",
  note: "An address in a record that is later disclosed can reveal where a child, a carer or a parent lives, including a placement that must stay confidential.",
  source: `Royal Mail Postcode Address File programmers' guide (address structure); ${ICO_PERSONAL_DATA}`,
});
