import { useMemo, useState } from "react";
import type { CaseProfile, Person } from "../../engine";
import { applyDecisions, type ChosenRole, type Decision } from "./session";

/** The case panel's fields as the worker types them. */
export type CaseFields = {
  subjectName: string;
  /** Comma-separated, e.g. "Millie, Mils". */
  aliases: string;
  pronouns: string;
  /** Comma-separated names of other children the worker already knows about. */
  otherChildren: string;
  /** Comma-separated names of adults (parents, carers, professionals). */
  adults: string;
};

export const EMPTY_CASE: CaseFields = { subjectName: "", aliases: "", pronouns: "", otherChildren: "", adults: "" };

const splitNames = (value: string): string[] =>
  value
    .split(/[,;\n]/)
    .map((s) => s.trim())
    .filter(Boolean);

/** Turns the panel's fields into the engine's case profile. */
export function toProfile(fields: CaseFields): CaseProfile {
  const aliases = splitNames(fields.aliases);
  const otherChildren = splitNames(fields.otherChildren);
  const adults = splitNames(fields.adults);
  return {
    subject: {
      name: fields.subjectName.trim(),
      ...(aliases.length ? { aliases } : {}),
      ...(fields.pronouns ? { pronouns: fields.pronouns } : {}),
    },
    ...(otherChildren.length ? { otherChildren } : {}),
    ...(adults.length ? { adults } : {}),
  };
}

export type UseCaseProfile = {
  fields: CaseFields;
  setField: <K extends keyof CaseFields>(key: K, value: CaseFields[K]) => void;
  /** The case as the engine gets it: the panel's fields with the worker's People choices folded in. */
  profile: CaseProfile;
  /** The worker's People choices, by person id (this session only). */
  decisions: ReadonlyMap<string, Decision>;
  decide: (person: Person, role: ChosenRole) => void;
  undecide: (person: Person) => void;
};

/**
 * Holds the case panel and the People choices in memory only: nothing is saved, so closing the pane
 * forgets the child and everyone else (another child's name is never written anywhere new).
 */
export function useCaseProfile(initial: CaseFields = EMPTY_CASE): UseCaseProfile {
  const [fields, setFields] = useState<CaseFields>(initial);
  const [decisions, setDecisions] = useState<ReadonlyMap<string, Decision>>(new Map());
  const profile = useMemo(() => applyDecisions(toProfile(fields), decisions), [fields, decisions]);
  const setField = <K extends keyof CaseFields>(key: K, value: CaseFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  // Keyed by display name as well as id: ids are stable within one report only.
  const decide = (person: Person, role: ChosenRole) =>
    setDecisions((d) => new Map(d).set(person.displayName.toLowerCase(), { displayName: person.displayName, forms: person.forms, role }));
  const undecide = (person: Person) =>
    setDecisions((d) => {
      const next = new Map(d);
      next.delete(person.displayName.toLowerCase());
      return next;
    });
  return { fields, setField, profile, decisions, decide, undecide };
}
