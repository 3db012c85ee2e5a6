import type { Report } from "../engine/types";
import type { ApplyResult, RedactionPolicy } from "./types";
import { planRedactions, type PlanOptions } from "./plan";
import { applyEdits } from "./apply";
import { redactionLog, type RedactionLogEntry } from "./log";
import { PseudonymRegistry } from "./operators/pseudonym";
import type { Edit, SkippedEdit } from "./types";

export type { Action, ApplyResult, Edit, RedactionPolicy, SkippedEdit } from "./types";
export { planRedactions, type PlanOptions } from "./plan";
export { applyEdits } from "./apply";
export { redactionLog, countByCategory, type RedactionLogEntry } from "./log";
export { lineIndex, type Location } from "./location";
export { PSEUDONYM_POLICY, MASK_POLICY, REMOVE_SENTENCE_POLICY, POLICIES, POLICY_NAMES, policyNamed, withFixes, actionFor, analysisFor } from "./policy";
export { PseudonymRegistry, labelLetters, isPseudonym, type LabelMap } from "./operators/pseudonym";
export { IDENTIFIER_PLACEHOLDERS, placeholderFor, isPlaceholder } from "./operators/replace";
export { DEFAULT_MASK } from "./operators/mask";

export type RedactionResult = ApplyResult & { log: RedactionLogEntry[] };

/** Plans and applies in one go: the redacted text, what was applied and skipped, and the log. */
export function redact(text: string, report: Pick<Report, "findings"> & Partial<Pick<Report, "otherChildren">>, policy: RedactionPolicy, options?: PlanOptions): RedactionResult {
  const result = applyEdits(text, planRedactions(text, report, policy, options));
  return { ...result, log: redactionLog(text, result.applied, result.skipped) };
}

/** Anything that reports findings on a text: the engine's analyse() with the profile bound. */
export type Analyser = (text: string) => Pick<Report, "findings"> & Partial<Pick<Report, "otherChildren">>;

export type StableRedactionResult = RedactionResult & {
  /** How many passes ran (the last one found nothing more to change unless `stable` is false). */
  rounds: number;
  stable: boolean;
};

/**
 * Redacts, then checks the output and redacts again until nothing more changes (at most maxRounds,
 * default 3). A placeholder changes the text around it, so a detector can find something on a second
 * look (an identifier glued to the one before it, a child named next to a redacted cue); the result is
 * idempotent by construction. Labels are shared across the passes. Edits and log entries from later
 * passes are located in the original text (an edit inside an earlier replacement is put at its start).
 */
export function redactStable(text: string, analyser: Analyser, policy: RedactionPolicy, options: PlanOptions & { maxRounds?: number } = {}): StableRedactionResult {
  const labels = options.labels instanceof PseudonymRegistry ? options.labels : new PseudonymRegistry(options.labels, policy.labelPrefix);
  const maxRounds = Math.max(1, options.maxRounds ?? 3);
  const rounds: Edit[][] = [];
  const applied: Edit[] = [];
  const skipped: SkippedEdit[] = [];
  const roundOf = new Map<Edit, number>();
  let current = text;
  let stable = false;
  let n = 0;
  while (n < maxRounds) {
    n++;
    const result = applyEdits(current, planRedactions(current, analyser(current), policy, { labels }));
    if (result.applied.length === 0 && n > 1) {
      stable = true;
      break;
    }
    const back = (e: Edit): Edit => {
      let start = e.start;
      let end = e.end;
      for (let r = rounds.length - 1; r >= 0; r--) {
        start = toEarlier(rounds[r], start, false);
        end = Math.max(start, toEarlier(rounds[r], end, true));
      }
      const mapped = { ...e, start, end };
      roundOf.set(mapped, n);
      return mapped;
    };
    for (const e of result.applied) applied.push(back(e));
    for (const s of result.skipped) skipped.push({ ...s, edit: back(s.edit), ...(s.keptInstead ? { keptInstead: back(s.keptInstead) } : {}) });
    rounds.push(result.applied);
    current = result.text;
    if (result.applied.length === 0) {
      stable = true;
      break;
    }
  }
  if (!stable) stable = applyEdits(current, planRedactions(current, analyser(current), policy, { labels })).applied.length === 0;
  applied.sort((a, b) => a.start - b.start || a.end - b.end);
  const log = redactionLog(text, applied, skipped);
  const entries = [...applied, ...skipped.map((s) => s.edit)];
  entries.forEach((e, i) => {
    const round = roundOf.get(e);
    if (round && round > 1) log[i].round = round;
  });
  return { text: current, applied, skipped, log, rounds: n, stable };
}

/** Maps an offset in the output of one pass back to the text before it (inside a replacement: its start, or its end). */
function toEarlier(applied: readonly Edit[], offset: number, isEnd: boolean): number {
  let delta = 0;
  for (const e of applied) {
    const outStart = e.start + delta;
    if (offset <= outStart) return offset - delta;
    if (offset < outStart + e.replacement.length) return isEnd ? e.end : e.start;
    delta += e.replacement.length - (e.end - e.start);
  }
  return offset - delta;
}
