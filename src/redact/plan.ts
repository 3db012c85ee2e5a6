import type { ChildEntity, Finding, Report } from "../engine/types";
import { splitSentences } from "../engine/text/sentences";
import type { Span } from "../engine/text/span";
import type { Edit, RedactionPolicy } from "./types";
import { actionFor } from "./policy";
import { maskFor } from "./operators/mask";
import { detailPlaceholder, isPlaceholder, placeholderFor } from "./operators/replace";
import { isPseudonym, PseudonymRegistry, type LabelMap } from "./operators/pseudonym";
import { splitPossessive } from "./operators/possessive";
import { sentenceRemoval } from "./operators/remove-sentence";
import { fixReplacement, startsSentence } from "./operators/fix";

export type PlanOptions = {
  /**
   * Labels from earlier documents of the same bundle (name → "Child A"), or a registry. A map is
   * extended in place with the children of this document, so pass the same one to the next document.
   */
  labels?: LabelMap | PseudonymRegistry;
};

/**
 * Turns a report's findings into edits, following the policy. Pure: the text is not changed (see
 * applyEdits). Edits may overlap (a sentence removal and an identifier inside it); applyEdits keeps the
 * larger and reports the other. Edits never carry the redacted text in their reason.
 */
export function planRedactions(
  text: string,
  report: Pick<Report, "findings"> & Partial<Pick<Report, "otherChildren">>,
  policy: RedactionPolicy,
  options: PlanOptions = {},
): Edit[] {
  const registry = options.labels instanceof PseudonymRegistry ? options.labels : new PseudonymRegistry(options.labels, policy.labelPrefix);
  registry.reserveLabelsIn(text);
  const entities = new Map<string, ChildEntity>();
  for (const c of report.otherChildren ?? []) entities.set(c.id, c);
  const labelsById = new Map<string, string>();
  const idsByLabel = new Map<string, string>();
  const minConfidence = policy.minConfidence ?? 0;
  let sentences: Span[] | undefined;
  const removals: Edit[] = [];
  const edits: Edit[] = [];

  const findings = [...(report.findings ?? [])].filter((f) => valid(f, text)).sort((a, b) => a.start - b.start || a.end - b.end);
  for (const found of findings) {
    const f = pastedAsChild(found, policy);
    if (f.confidence < minConfidence) continue;
    const action = actionFor(policy, f.category);
    if (action === "keep") continue;
    const original = text.slice(f.start, f.end);
    const base = { start: f.start, end: f.end, category: f.category, ruleId: f.ruleId };
    const kind = kindOf(f);

    if (action === "remove-sentence") {
      sentences ??= splitSentences(text);
      const r = sentenceRemoval(text, sentences, f.start, f.end);
      removals.push({ ...base, start: r.start, end: r.end, replacement: "", operator: "remove-sentence", kind, reason: `the sentence mentions ${reasonOf(f)}` });
      continue;
    }

    if (action === "fix") {
      const replacement = fixReplacement(f.suggestions, startsSentence(text, f.start));
      if (replacement === undefined || replacement === original) continue;
      edits.push({ ...base, replacement, operator: "fix", kind, reason: `${reasonOf(f)}: the first suggestion was applied` });
      continue;
    }

    // Already anonymised text ("Child A", "[phone number]") stays as it is, so a second pass changes nothing.
    const { core, suffix } = splitPossessive(original, f.data?.possessive);
    if (isPlaceholder(core) || isPseudonym(core, registry.prefix)) continue;

    let replacement: string;
    let operator: Edit["operator"] = action;
    let label: string | undefined;
    if (f.category === "other-child" && f.data?.mentionKind === "detail") {
      // A child's date of birth or school is not a name: a pseudonym would read oddly, so say what it was.
      replacement = (action === "mask" ? undefined : detailPlaceholder(f.data?.identifierKind, original, f.suggestions)) ?? maskFor(policy);
      operator = replacement === maskFor(policy) ? "mask" : "replace";
    } else if (action === "pseudonym" && f.category === "other-child") {
      label = labelOf(f, core);
      replacement = label + suffix;
    } else if (action === "replace") {
      const placeholder = placeholderFor(f.data?.identifierKind);
      replacement = placeholder ?? maskFor(policy);
      operator = placeholder ? "replace" : "mask";
    } else {
      replacement = maskFor(policy) + (f.category === "other-child" ? suffix : "");
      operator = "mask";
    }
    if (replacement === original) continue;
    edits.push({ ...base, replacement, operator, kind, reason: reasonOf(f), ...(label ? { label } : {}) });
  }
  return removals.length ? [...mergeRemovals(removals), ...edits] : edits;

  function labelOf(f: Finding, core: string): string {
    const id = f.data?.childId;
    if (id !== undefined) {
      const known = labelsById.get(id);
      if (known) return known;
      const entity = entities.get(id);
      const names = entity ? [entity.displayName, ...entity.forms.filter((n) => n !== entity.displayName && n.includes(" "))] : [core];
      let label = registry.labelFor(names);
      // Two children of this document never share a label, even if they share a name.
      if (idsByLabel.has(label) && idsByLabel.get(label) !== id) label = registry.fresh(names);
      labelsById.set(id, label);
      idsByLabel.set(label, id);
      return label;
    }
    return registry.labelFor([core]);
  }
}

/**
 * Sentence removals that overlap (two findings in one sentence, or neighbouring sentences sharing the
 * space between them) become one removal, so none is skipped as an overlap.
 */
function mergeRemovals(removals: Edit[]): Edit[] {
  removals.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Edit[] = [];
  for (const r of removals) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) out[out.length - 1] = { ...last, end: r.end };
    } else out.push(r);
  }
  return out;
}

/**
 * Another child's name reported as pasted in the subject's place (a mix-up that carries the child's id) is still
 * another child's name. A full check reports it once, as the mix-up, so a redaction planned from that report would
 * leave the name in the copy: unless the policy fixes mix-ups (the first suggestion, the subject's name, replaces it),
 * the policy's other-child action applies to it, with the label of that child's other mentions.
 */
function pastedAsChild(f: Finding, policy: RedactionPolicy): Finding {
  if (f.category !== "mix-up" || f.data?.childId === undefined || actionFor(policy, "mix-up") === "fix" || actionFor(policy, "other-child") === "keep") return f;
  return { ...f, category: "other-child", data: { ...f.data, mentionKind: "name" } };
}

function valid(f: Finding, text: string): boolean {
  return !!f && Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.end > f.start && f.end <= text.length;
}

function kindOf(f: Finding): string | undefined {
  if (f.category === "identifier") return f.data?.identifierKind;
  if (f.category === "other-child") return f.data?.mentionKind ?? "name";
  return f.ruleId;
}

const ARTICLE: Record<string, string> = { "email address": "an", address: "an", "NHS number": "an" };

/** Why the edit was made, in general words: never the text itself. */
function reasonOf(f: Finding): string {
  switch (f.category) {
    case "other-child":
      return f.data?.mentionKind === "detail" ? "another child's identifying detail" : "another child's name";
    case "identifier": {
      const k = f.data?.identifierKind;
      return k ? `${ARTICLE[k] ?? "a"} ${k}` : "a personal identifier";
    }
    case "jargon":
      return "jargon";
    case "judgemental":
      return "judgemental wording";
    case "mix-up":
      return "a possible mix-up";
  }
  return "a finding";
}
