import type { Finding } from "../../engine";
import { splitPossessive } from "../../redact/operators/possessive";

/**
 * A pasted name: another child's name written where the record's child is meant (a sentence copied from a sibling's
 * record). The engine cannot tell a paste from a genuine mention of a listed sibling, so it reports another child; the
 * worker, who knows the family, can say "this one is the record's child" and put the child's name in its place. Built
 * here in the pane, never in the engine: a redaction (the CLI, or Redact in the pane) never writes the subject's name
 * over another child's, only the worker's own click does, on one mention of the text last checked.
 */

/** True for a finding naming another child (not their school or date of birth): a paste could be behind it. */
export function mayBePaste(f: Pick<Finding, "category" | "data">): boolean {
  return f.category === "other-child" && f.data?.mentionKind !== "detail";
}

/**
 * The record's child's name shaped like the mention it would replace: the first name for a one-word mention, the full
 * name otherwise, with the mention's "'s" kept ("Tyler's" → "Amelia's"). Null when no child is named for the check or
 * the mention is already that name.
 */
export function subjectWording(mention: string, subject: string, possessive?: boolean): string | null {
  const name = subject.trim().replace(/\s+/g, " ");
  if (!name) return null;
  const { core, suffix } = splitPossessive(mention.trim(), possessive);
  const one = !/\s/.test(core);
  const form = one ? name.split(" ")[0] : name;
  if (form.toLowerCase() === core.toLowerCase()) return null;
  return form + suffix;
}

/** The finding's wording that puts the record's child in its place, or null where it offers none. */
export function pasteFixFor(f: Pick<Finding, "category" | "data" | "text">, subject: string | undefined): string | null {
  return subject && mayBePaste(f) ? subjectWording(f.text, subject, f.data?.possessive) : null;
}

/** A mention in a few words either side, cut at spaces, for choosing one mention of a person. */
export function mentionContext(source: string, start: number, end: number, width = 32): { before: string; words: string; after: string } {
  let from = Math.max(0, start - width);
  let to = Math.min(source.length, end + width);
  if (from > 0) from = Math.min(start, source.indexOf(" ", from) + 1 || start);
  if (to < source.length) to = Math.max(end, source.lastIndexOf(" ", to));
  const flat = (s: string) => s.replace(/\s+/g, " ");
  return {
    before: (from > 0 ? "…" : "") + flat(source.slice(from, start)),
    words: source.slice(start, end),
    after: flat(source.slice(end, to)) + (to < source.length ? "…" : ""),
  };
}
