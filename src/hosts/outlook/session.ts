// What the task pane and the on-send handler share through the draft's session data. A module of its
// own so the pane can read it without importing the handler, whose send check pulls in the engine
// (the pane runs the engine in its worker).
import type { CaseProfile } from "../../engine/types";

/** Session-data keys shared with the task pane (per draft, discarded by Outlook with the draft). */
export const SESSION_CASE_KEY = "clearRecord.case";
export const SESSION_WARNED_KEY = "clearRecord.warned";

export function parseCase(raw: string | undefined): CaseProfile | undefined {
  if (!raw) return undefined;
  try {
    const value = JSON.parse(raw) as CaseProfile;
    return value && value.subject && typeof value.subject.name === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}
