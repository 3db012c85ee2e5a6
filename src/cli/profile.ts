import { readFileSync } from "node:fs";
import type { CaseProfile } from "../engine/types";
import { validateProfile } from "../engine/profile";
import type { Args } from "./args";
import { describeFsError, UsageError } from "./errors";
import { decodeText } from "./readers/txt";

const EMPTY: CaseProfile = { subject: { name: "" } };

/** The case profile from --profile FILE or --subject/--aliases/--pronouns…; an empty one when neither is given. */
export function loadProfile(args: Args): CaseProfile {
  if (args.profile) return readProfile(args.profile);
  if (!args.subject) return EMPTY;
  const profile: CaseProfile = {
    subject: {
      name: args.subject,
      ...(args.aliases ? { aliases: args.aliases } : {}),
      ...(args.pronouns ? { pronouns: args.pronouns } : {}),
    },
    ...(args.otherChildren ? { otherChildren: args.otherChildren } : {}),
    ...(args.adults ? { adults: args.adults } : {}),
  };
  const problem = validateProfile(profile);
  if (problem) throw new UsageError(`--subject: ${problem}`);
  return profile;
}

export function readProfile(path: string): CaseProfile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw new UsageError(`cannot read the profile ${path}: ${describeFsError(err)}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(decodeText(bytes, `the profile ${path}`).text);
  } catch (err) {
    if (err instanceof UsageError) throw err;
    throw new UsageError(`the profile ${path} is not valid JSON`);
  }
  const problem = validateProfile(value);
  if (problem) throw new UsageError(`the profile ${path} is not usable: ${problem}`);
  return value as CaseProfile;
}
