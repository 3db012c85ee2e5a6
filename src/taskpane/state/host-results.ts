// Pure helpers that turn what the host adapters report (a redaction blocker, a verification of the
// saved file, warnings, Outlook's read-back) into what the pane says. No React, no Office: tested in
// test/taskpane/state/host-results.test.ts.
import { describeLocation, segmentAt, type ApplyResult, type DocumentSnapshot, type HostEdit, type HostError, type Verification } from "../../hosts/host";

/**
 * What the pane says when a call to Word or Outlook fails. Office's own failures carry a general sentence ("Word could
 * not finish; try again in a moment."): shown alone, after a click on a finding or an Undo, it left the worker unsure
 * what had failed and what to try again. So what did not happen is said first (`doing` where the pane knows better than
 * the adapter: "undo the last change"). The adapter's own sentences (the document changed, a part Word cannot select)
 * already say it, and are shown as they are.
 */
export function failureSentence(e: Pick<HostError, "message" | "operation" | "code">, doing?: string): string {
  // A sentence that already names what it could not do ("Outlook could not read the body (…)", an Office code the
  // Word adapter does not know: "Could not read the document; …") is shown as it is.
  const named = e.message.toLowerCase().includes(e.operation.toLowerCase());
  return e.code && !named ? `Could not ${doing ?? e.operation}. ${e.message}` : e.message;
}

/** What the pane must ask the worker before a redaction can go ahead. */
export type Consent = {
  kind: "pending-changes" | "tracking-unknown";
  /** The adapter's own sentence (counts, where to click in Word). */
  message: string;
};

/** The pane's plain question for each kind of blocker, and the button that answers it. */
export function consentWording(consent: Consent): { title: string; body: string; confirm: string } {
  if (consent.kind === "pending-changes") {
    return {
      title: "Accept the tracked changes first?",
      body: `${consent.message} Tracked changes keep the old wording in the file, where a redaction cannot reach it. The pane can accept them all now, check the document again, then redact.`,
      confirm: "Accept all changes, then redact",
    };
  }
  return {
    title: "Is track changes off?",
    body: `${consent.message} Tracked changes keep the old wording in the file, where a redaction cannot reach it. Press the button only once you have done both.`,
    confirm: "I have accepted all changes and turned tracking off: redact",
  };
}

/** One redacted item still found in the saved file: where and as what, never the words themselves. */
export function remainingLines(verification: Verification | undefined, snapshot: DocumentSnapshot): string[] {
  if (!verification) return [];
  return verification.remaining.map((r) => {
    const seg = segmentAt(snapshot.segments, r.edit.start);
    const where = seg ? describeLocation(seg.location) : r.in;
    const as = r.as === "text" ? "as text" : r.as === "tracked deletion" ? "inside a tracked deletion" : "inside a field code";
    return `In the ${r.in} (${where}): still there ${as}.`;
  });
}

/** Which parts of the saved file were searched, in a sentence. */
export function scopeSentence(verification: Verification | undefined, host: "word" | "outlook" = "word"): string {
  if (!verification && host === "outlook") return "Outlook does not let the pane search the saved email, so the redaction is not verified: read the draft before sending it.";
  if (!verification) return "The saved file itself could not be searched here, so the redaction is not verified: read the document before sharing it.";
  if (!verification.scope.length) return "No part of the saved file could be searched, so the redaction is not verified.";
  const parts = verification.scope;
  const list = parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
  return `The saved file was searched for every redacted piece of text: ${list}.`;
}

/**
 * "Nothing found" is said only when the re-read found nothing, no tracked deletion holds text, the
 * saved file was searched and nothing remained there, no change was skipped, and every part of the
 * document was read (a text box Word on the web cannot reach was never checked).
 */
export function nothingFound(o: {
  remaining: readonly unknown[];
  trackedLeft: number;
  verification?: Verification;
  skipped: readonly unknown[];
  notRead?: readonly unknown[];
}): boolean {
  return (
    o.remaining.length === 0 &&
    o.trackedLeft === 0 &&
    o.skipped.length === 0 &&
    !o.notRead?.length &&
    !!o.verification &&
    o.verification.scope.length > 0 &&
    o.verification.remaining.length === 0
  );
}

/** What to say when nothing was found in what was read, but some parts could not be read at all. */
export function partlyReadSentence(notRead: readonly unknown[]): string {
  const n = notRead.length;
  return `Nothing found in what was read again, but ${n} ${n === 1 ? "part" : "parts"} of the document could not be read, so the redaction is not verified there: check ${n === 1 ? "it" : "them"} by hand before sharing.`;
}

/** What Outlook did with the body it was given, in a sentence (undefined: the body was not changed). */
export function readBackSentence(readBack: ApplyResult["readBack"]): string | undefined {
  switch (readBack) {
    case "same":
      return "Outlook kept the draft exactly as changed.";
    case "reformatted":
      return "Outlook adjusted the draft's formatting while saving the change; the words are as intended.";
    case "changed":
      return "Outlook changed the draft's text while saving it: read the draft before sending.";
    default:
      return undefined;
  }
}

/** Skipped edits because they sit in quoted earlier messages (the Outlook adapter refuses those). */
export function quotedSkips(skipped: readonly { edit: HostEdit; reason: string }[]): number {
  return skipped.filter((s) => /quoted/i.test(s.reason)).length;
}

/** The sentence for names left in quoted earlier messages of a draft. */
export function quotedSentence(count: number): string | undefined {
  if (!count) return undefined;
  return `${count} ${count === 1 ? "item is" : "items are"} in earlier messages quoted below your reply and ${count === 1 ? "was" : "were"} not changed. Delete the quoted messages from the draft if they should not go out; otherwise the check on Send will warn about them.`;
}

/**
 * Whether the plan after accepting tracked changes is the one the worker previewed: the same words
 * replaced by the same text, in the same order (offsets move when deleted text leaves the document).
 */
export function samePlan(beforeText: string, before: readonly HostEdit[], afterText: string, after: readonly HostEdit[]): boolean {
  if (before.length !== after.length) return false;
  return before.every((b, i) => {
    const a = after[i];
    return beforeText.slice(b.start, b.end) === afterText.slice(a.start, a.end) && b.replacement === a.replacement;
  });
}

/** Every sentence the host reported about a change, once each (Outlook's "changed" already warns). */
export function hostSentences(result: Pick<ApplyResult, "warnings" | "readBack" | "skipped">): string[] {
  const warnings = result.warnings ?? [];
  const readBack = result.readBack === "changed" && warnings.length ? undefined : readBackSentence(result.readBack);
  return [...warnings, readBack, quotedSentence(quotedSkips(result.skipped))].filter((w): w is string => !!w);
}
