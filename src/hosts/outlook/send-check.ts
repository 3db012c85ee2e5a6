// The check on Send, as a pure function over the email's text: what remains that should not go out,
// and the one sentence that tells the worker. No Office, DOM or Node: it runs in the JavaScript-only
// on-send runtime and in the benchmark.
import { analyseFindings as engineAnalyse, countWords } from "../../engine/pipeline";
import { lineEnd, lineStart } from "../../engine/text/lines";
import type { AnalyseOptions, CaseProfile, Category, Finding, Report } from "../../engine/types";
import { filingRecipients, type OutlookSettings } from "./settings";
import { QUOTE_START } from "./quoted";

export { quotedStart } from "./quoted";

export type SendInput = {
  subject: string;
  /** The body as plain text (see htmlToText). */
  bodyText: string;
  /** Every To, Cc and Bcc address. */
  recipients: string[];
  /** The worker's own address (their signature and the thread's headers are not "stray" details). */
  sender?: string;
  /** Who the email is about, from the task pane (absent when the worker has not opened it). */
  profile?: CaseProfile;
};

/** The Smart Alerts dialog's cancel button on Mailbox 1.14 (cancelLabel, at most 20 characters): it opens the pane. */
export const REVIEW_LABEL = "Open Clear Record";

export type SendVerdict = {
  /** allow: send; warn: tell the worker and let them send anyway; block: they must change it first. */
  action: "allow" | "warn" | "block";
  /** One sentence for the Smart Alerts dialog (absent when allowed). */
  message?: string;
  /** A filing mailbox is among the recipients, so the stricter rules applied. */
  strict: boolean;
  filing: string[];
  children: number;
  identifiers: number;
  judgemental: number;
  /** The case (subject child) was not known, so other children could not be checked. */
  noCase: boolean;
  /** A fingerprint of what was checked (subject, body, recipients), to recognise the same email again. */
  digest: string;
  words: number;
};

export type Analyser = (text: string, profile: CaseProfile, options?: AnalyseOptions) => Pick<Report, "findings">;

const HEADER_LINE = /^[ \t>]*(?:from|to|cc|bcc|sent|date|reply-to|subject)\s*:/i;
const WROTE_LINE = /\bwrote:\s*$/i;
const SIGN_OFF =
  /^[ \t]*(?:kind(?:est)? regards|best regards|warm regards|regards|best wishes|many thanks|thanks|thank you|best|cheers|yours sincerely|yours faithfully|with thanks)\b[ ,.!]*$/i;
const SIGNATURE_KINDS = new Set(["phone number", "email address"]);

/** FNV-1a over the strings, as 8 hex digits. */
export function digestOf(...parts: string[]): string {
  let h = 0x811c9dc5;
  for (const p of parts) {
    for (let i = 0; i < p.length; i++) {
      h ^= p.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    h ^= 0x1f;
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

/**
 * Identifier findings that are routine in an email and not a stray detail: the addresses in the
 * header lines of a quoted message ("From: … <…>"), the sender's and recipients' own addresses, and
 * the phone numbers and addresses in a signature (after "Kind regards" and before the quoted thread).
 */
export function isRoutineIdentifier(f: Finding, text: string, known: Set<string>): boolean {
  const kind = f.data?.identifierKind;
  if (kind === "email address" && known.has(f.text.trim().toLowerCase())) return true;
  // The engine's line starts (text/lines.ts: found once per text, searched by halves), not a copy of them here.
  const start = lineStart(text, f.start);
  const lineText = text.slice(start, lineEnd(text, f.start));
  if ((kind === "email address" || kind === undefined) && (HEADER_LINE.test(lineText) || WROTE_LINE.test(lineText))) return true;
  if (kind && SIGNATURE_KINDS.has(kind)) {
    // Walk back up to 8 lines (each ends at the line break before the next): a sign-off line before any quoted-message start means a signature.
    for (let n = 0, end = start - 1; n < 8 && end >= 0; n++) {
      const from = lineStart(text, end);
      const t = text.slice(from, end);
      if (QUOTE_START.test(t)) return false;
      if (SIGN_OFF.test(t)) return true;
      end = from - 1;
    }
  }
  return false;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

function describe(children: number, identifiers: number, judgemental: number): string {
  const parts: string[] = [];
  if (children) parts.push(`names ${plural(children, "other child", "other children")}`);
  if (identifiers) parts.push(`has ${plural(identifiers, "personal detail", "personal details")} such as a phone number or address`);
  if (judgemental) parts.push(`uses judgemental wording ${judgemental === 1 ? "once" : `${judgemental} times`}`);
  if (parts.length <= 1) return parts.join("");
  return `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`;
}

export type CheckOptions = {
  analyse?: Analyser;
  /** The client can show Send Anyway (Mailbox 1.14 sendModeOverride). */
  canPromptUser?: boolean;
};

/** Checks an email about to be sent. Never throws on odd input (the handler still guards it). */
export function checkForSend(input: SendInput, settings: OutlookSettings, options: CheckOptions = {}): SendVerdict {
  const analyse = options.analyse ?? engineAnalyse;
  const subject = typeof input.subject === "string" ? input.subject : "";
  const body = typeof input.bodyText === "string" ? input.bodyText : "";
  const recipients = (input.recipients ?? []).filter((r) => typeof r === "string");
  const text = subject ? `${subject}\n\n${body}` : body;
  const digest = digestOf(subject, body, recipients.join(",").toLowerCase());
  const filing = filingRecipients(recipients, settings);
  const strict = filing.length > 0;
  const profile = input.profile && input.profile.subject && typeof input.profile.subject.name === "string" && input.profile.subject.name.trim() ? input.profile : undefined;
  const base: SendVerdict = { action: "allow", strict, filing, children: 0, identifiers: 0, judgemental: 0, noCase: !profile, digest, words: countWords(text) };
  if (settings.sendCheck === "off") return base;

  const categories: Category[] = ["identifier"];
  if (profile) categories.push("other-child");
  if (strict) categories.push("judgemental");
  // Without a case the engine cannot tell the subject from other children: check only the rest.
  const report = analyse(text, profile ?? { subject: { name: "" } }, { kind: "email", categories });

  const known = new Set<string>(recipients.map((r) => r.trim().toLowerCase()));
  if (input.sender) known.add(input.sender.trim().toLowerCase());
  const childKeys = new Set<string>();
  let identifiers = 0;
  let judgemental = 0;
  for (const f of report.findings) {
    if (f.category === "other-child" && profile) childKeys.add(f.data?.childId ?? f.text.trim().toLowerCase());
    else if (f.category === "identifier" && !isRoutineIdentifier(f, text, known)) identifiers++;
    else if (f.category === "judgemental" && strict) judgemental++;
  }
  const verdict: SendVerdict = { ...base, children: childKeys.size, identifiers, judgemental };
  const missingCase = strict && !profile && settings.requireCaseForFiling;
  if (!verdict.children && !identifiers && !judgemental && !missingCase) return verdict;

  const what = describe(verdict.children, identifiers, judgemental);
  if (strict) {
    const to = filing.length === 1 ? `the filing mailbox ${filing[0].toLowerCase()}` : "filing mailboxes";
    verdict.action = "block";
    verdict.message =
      missingCase && !what
        ? `This email is going to ${to}, so open Clear Record and say which child it is about before sending, so other children's details can be checked.`
        : missingCase
          ? `This email is going to ${to} and ${what}: open Clear Record, say which child it is about and remove them before it goes on a child's file.`
          : `This email is going to ${to} and ${what}: remove them in Clear Record before it goes on a child's file.`;
    return verdict;
  }
  if (settings.sendCheck === "hard") {
    verdict.action = "block";
    verdict.message = options.canPromptUser
      ? `This email ${what}: choose ${REVIEW_LABEL} to see where they are and remove them before sending.`
      : `This email ${what}: remove them before sending (open Clear Record to see where they are).`;
    return verdict;
  }
  verdict.action = "warn";
  // On Mailbox 1.14 the dialog's cancel button is labelled REVIEW_LABEL and opens the pane (commandId);
  // elsewhere it is Don't Send, which only cancels.
  verdict.message = options.canPromptUser
    ? `This email ${what}: choose ${REVIEW_LABEL} to review them, or Send Anyway if they are meant to be there.`
    : `This email ${what}: choose Don't Send and open Clear Record to review them, or select Send again to send it as it is.`;
  return verdict;
}
