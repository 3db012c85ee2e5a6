import type { RedactionPolicy } from "../types";

export const DEFAULT_MASK = "[redacted]";

/** The mask text of a policy. */
export function maskFor(policy: RedactionPolicy): string {
  return policy.maskText ?? DEFAULT_MASK;
}
