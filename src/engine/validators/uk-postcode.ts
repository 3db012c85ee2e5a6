// The shape of a UK postcode, following the GOV.UK postcode validation pattern (as published in
// the Home Office "Bulk data transfer: additional validation for valid postcodes", 2012):
// an outward code (area letters, district digit(s), optional letter) and an inward code (a digit
// and two letters, never C, I, K, M, O or V).

/** Source text of the postcode pattern, without anchors, for building larger patterns. */
export const UK_POSTCODE_PATTERN =
  "(?:GIR ?0AA|(?:[A-PR-UWYZ][0-9][0-9]?|[A-PR-UWYZ][A-HK-Y][0-9][0-9]?|[A-PR-UWYZ][0-9][A-HJKPSTUW]|[A-PR-UWYZ][A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})";

const WHOLE = new RegExp(`^${UK_POSTCODE_PATTERN}$`);

/** True when value (upper case, one optional space) has the shape of a UK postcode. */
export function isUkPostcode(value: string): boolean {
  return WHOLE.test(value);
}
