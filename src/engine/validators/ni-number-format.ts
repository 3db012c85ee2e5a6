// National Insurance number format, from HMRC's National Insurance Manual (NIM39110):
// https://www.gov.uk/hmrc-internal-manuals/national-insurance-manual/nim39110
// Two prefix letters, six digits, one suffix letter A-D. D, F, I, Q, U and V are never used as
// either prefix letter, O is never the second, and BG, GB, KN, NK, NT, TN and ZZ are not allocated.

const NOT_FIRST = "DFIQUV";
const NOT_SECOND = "DFIOQUV";
const NOT_ALLOCATED = new Set(["BG", "GB", "KN", "NK", "NT", "TN", "ZZ"]);

/** HMRC's specimen prefix, used in forms, guidance and training records; never issued but always meant as a NINO. */
export const SPECIMEN_NI_PREFIX = "QQ";

/** True when a two-letter prefix (upper case) could be an issued National Insurance number prefix. */
export function isAllocatableNiPrefix(prefix: string): boolean {
  if (prefix.length !== 2) return false;
  const a = prefix[0];
  const b = prefix[1];
  if (a < "A" || a > "Z" || b < "A" || b > "Z") return false;
  if (NOT_FIRST.includes(a) || NOT_SECOND.includes(b)) return false;
  return !NOT_ALLOCATED.has(prefix);
}

/**
 * True when value (spaces ignored, upper case) has the shape of a National Insurance number with an
 * allocatable prefix, or HMRC's specimen prefix QQ when allowSpecimen is set.
 */
export function isValidNiNumber(value: string, allowSpecimen = true): boolean {
  const compact = value.replace(/\s+/g, "");
  if (!/^[A-Z]{2}\d{6}[A-D]$/.test(compact)) return false;
  const prefix = compact.slice(0, 2);
  return isAllocatableNiPrefix(prefix) || (allowSpecimen && prefix === SPECIMEN_NI_PREFIX);
}
