import type { IdentifierKind } from "../../engine/types";

/** What an identifier becomes: its kind in square brackets, so the record still reads naturally. */
export const IDENTIFIER_PLACEHOLDERS: Readonly<Record<IdentifierKind, string>> = {
  "phone number": "[phone number]",
  "email address": "[email address]",
  postcode: "[postcode]",
  address: "[address]",
  "NHS number": "[NHS number]",
  "National Insurance number": "[National Insurance number]",
  "date of birth": "[date of birth]",
  "case number": "[case number]",
};

/** The placeholder for an identifier kind, or undefined when the kind is unknown. */
export function placeholderFor(kind: string | undefined): string | undefined {
  if (!kind) return undefined;
  return Object.prototype.hasOwnProperty.call(IDENTIFIER_PLACEHOLDERS, kind) ? IDENTIFIER_PLACEHOLDERS[kind as IdentifierKind] : undefined;
}

// Words that say an identifying detail of another child is their school or nursery.
const SCHOOL = /\b(?:school|academy|primary|nursery|college|infants|juniors|pre-school|preschool)\b/i;

/**
 * The placeholder for an identifying detail of another child (their date of birth, school, address):
 * by identifier kind when the rule gave one, "[school]" when the detail names a school, else undefined.
 */
export function detailPlaceholder(kind: string | undefined, text: string): string | undefined {
  return placeholderFor(kind) ?? (SCHOOL.test(text) ? "[school]" : undefined);
}

// "[phone number]", "[redacted]", "[school]": anything the planner writes in square brackets.
const BRACKETED = /^\[[^[\]\n]{1,40}\]$/;

/** True when the text is already a placeholder, so redacting it again must change nothing. */
export function isPlaceholder(text: string): boolean {
  return BRACKETED.test(text);
}
