// NHS number check digit (modulus 11), as the NHS Data Dictionary defines it:
// https://www.datadictionary.nhs.uk/attributes/nhs_number.html

/**
 * True when the ten digits of an NHS number pass the modulus 11 check. Spaces and hyphens are
 * ignored; anything else, or a digit count other than ten, fails.
 */
export function isValidNhsNumber(value: string): boolean {
  let digits = 0;
  let sum = 0;
  let check = -1;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 32 || c === 45) continue;
    if (c < 48 || c > 57) return false;
    const d = c - 48;
    if (digits < 9) sum += d * (10 - digits);
    else if (digits === 9) check = d;
    digits++;
  }
  if (digits !== 10) return false;
  let expected = 11 - (sum % 11);
  if (expected === 11) expected = 0;
  // A remainder giving 10 means no valid check digit exists: the number is never issued.
  return expected !== 10 && expected === check;
}
