import { ICO_PERSONAL_DATA, identifierRule } from "./identifier-rule";

export const postcode = identifierRule({
  id: "postcode",
  kind: "postcode",
  description: "Finds UK postcodes that are not part of a full address.",
  message: () => "This is a postcode; it narrows down where someone lives, so remove it before sharing.",
  note: "A postcode covers only a handful of homes; with a name it can show where a child or carer lives, which may put a placement or a family member at risk.",
  source: `GOV.UK postcode validation pattern (Home Office, Bulk data transfer: additional validation for valid postcodes); ${ICO_PERSONAL_DATA}`,
});
