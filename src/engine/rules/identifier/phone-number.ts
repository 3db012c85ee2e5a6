import { ICO_PERSONAL_DATA, identifierRule } from "./identifier-rule";

export const phoneNumber = identifierRule({
  id: "phone-number",
  kind: "phone number",
  description: "Finds UK phone numbers: mobiles, landlines and +44 forms.",
  message: () => "This is a phone number; check it needs to be here and remove it before the record is shared.",
  note: "When the child or family read or receive this record, a phone number can let someone contact or trace a person who may need to stay safe, so it should be removed before sharing.",
  source: `Ofcom National Telephone Numbering Plan, https://www.ofcom.org.uk/phones-and-broadband/phone-numbers/numbering; ${ICO_PERSONAL_DATA}`,
});
