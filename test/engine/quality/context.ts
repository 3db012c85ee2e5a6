// Builds the RuleContext the quality checks read, as the pipeline does.
import { createContext } from "../../../src/engine/pipeline";
import type { CaseProfile, DocumentKind } from "../../../src/engine/types";
import type { RuleContext } from "../../../src/engine/rule";
import { Voices } from "../../../src/engine/quality/voice";

export const AMIR: CaseProfile = { subject: { name: "Amir Khan", aliases: ["Amir"], pronouns: "he/him" } };
export const LILY: CaseProfile = { subject: { name: "Lily Moran", aliases: ["Lily"], pronouns: "she/her" } };
export const ROBIN: CaseProfile = { subject: { name: "Robin Hale", aliases: ["Robin"], pronouns: "they/them" } };

export function ctxFor(text: string, profile: CaseProfile = AMIR, kind?: DocumentKind): RuleContext {
  return createContext(text, profile, kind ? { kind } : {});
}

export function voicesFor(ctx: RuleContext): Voices {
  return new Voices(ctx);
}
