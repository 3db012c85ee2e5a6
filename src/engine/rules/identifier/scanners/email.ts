import { type Candidate, isWordCode } from "./candidate";

// Found from each "@" outward instead of with one big pattern: a pattern that starts with a
// character class is tried at every letter of the text, which is slow on long records.

function isLocalCode(c: number): boolean {
  return isWordCode(c) || c === 46 || c === 45 || c === 43 || c === 37 || c === 39;
}

function isDomainCode(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

export function scanEmails(text: string, out: Candidate[]): void {
  let at = text.indexOf("@");
  let floor = 0;
  while (at >= 0) {
    let s = at;
    while (s > floor && isLocalCode(text.charCodeAt(s - 1))) s--;
    while (s < at && text.charCodeAt(s) === 46) s++;
    let e = at + 1;
    while (e < text.length && isDomainCode(text.charCodeAt(e))) e++;
    while (e > at + 1 && (text.charCodeAt(e - 1) === 46 || text.charCodeAt(e - 1) === 45)) e--;
    const domain = text.slice(at + 1, e);
    const dot = domain.lastIndexOf(".");
    if (s < at && dot > 0 && /^[A-Za-z]{2,}$/.test(domain.slice(dot + 1)) && !domain.includes("..")) {
      out.push({ start: s, end: e, kind: "email address", confidence: 0.95, rank: 0 });
      floor = e;
    }
    at = text.indexOf("@", Math.max(e, at + 1));
  }
}
