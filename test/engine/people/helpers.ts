// Shared readers for the people-stage tests: what role a named person ends with, and which texts are
// flagged as another child's.
import { analyse } from "../../../src/engine";
import type { CaseProfile, PersonRole } from "../../../src/engine/types";

/** The role of the person one of whose forms is `name` or starts with it; "absent" when nobody is. */
export function roleOf(text: string, name: string, profile: CaseProfile): PersonRole | "absent" {
  const person = analyse(text, profile).people.find((p) => p.forms.some((f) => f === name || f.startsWith(name)));
  return person ? person.role : "absent";
}

/** The texts of the other-child findings (names and details). */
export function flagged(text: string, profile: CaseProfile): string[] {
  return analyse(text, profile)
    .findings.filter((f) => f.category === "other-child")
    .map((f) => text.slice(f.start, f.end));
}
