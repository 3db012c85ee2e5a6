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

// The placeholders a detail may take: an identifier kind's, or "[school]". Nothing else from a
// finding's suggestions is written into a redacted copy.
const DETAIL_PLACEHOLDERS: ReadonlySet<string> = new Set([...Object.values(IDENTIFIER_PLACEHOLDERS), "[school]"]);

/**
 * The placeholder for an identifying detail of another child (their date of birth, school, address):
 * by identifier kind when the rule gave one, else the placeholder the finding itself suggests (a rule
 * that says "another child's date of birth" suggests "[date of birth]" without naming a kind), else
 * "[school]" when the detail names a school, else undefined.
 */
export function detailPlaceholder(kind: string | undefined, text: string, suggestions: readonly string[] = []): string | undefined {
  return placeholderFor(kind) ?? suggestions.find((s) => DETAIL_PLACEHOLDERS.has(s)) ?? (SCHOOL.test(text) ? "[school]" : undefined);
}

// "[phone number]", "[redacted]", "[school]": anything the planner writes in square brackets.
const BRACKETED = /^\[[^[\]\n]{1,40}\]$/;

/** True when the text is already a placeholder, so redacting it again must change nothing. */
export function isPlaceholder(text: string): boolean {
  return BRACKETED.test(text);
}
