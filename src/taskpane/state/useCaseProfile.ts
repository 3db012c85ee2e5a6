import { useMemo, useState } from "react";
import type { CaseProfile } from "../../engine";

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
  profile: CaseProfile;
};

/** Holds the case panel in memory only: nothing is saved, so closing the pane forgets the child. */
export function useCaseProfile(initial: CaseFields = EMPTY_CASE): UseCaseProfile {
  const [fields, setFields] = useState<CaseFields>(initial);
  const profile = useMemo(() => toProfile(fields), [fields]);
  const setField = <K extends keyof CaseFields>(key: K, value: CaseFields[K]) => setFields((f) => ({ ...f, [key]: value }));
  return { fields, setField, profile };
}
