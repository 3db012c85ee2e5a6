/** A letter or digit of any script (ASCII decided without a regex). Combining marks are not included. */
export const isLetterOrDigitCode = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /[\p{L}\p{N}]/u.test(String.fromCharCode(c)));
