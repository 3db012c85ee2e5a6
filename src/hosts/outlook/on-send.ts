// The OnMessageSend handler (Smart Alerts, Mailbox 1.12). It completes the event on every path:
// success, findings, an Office call that fails, a thrown error and a check that takes too long. When
// the checker itself fails the email is allowed to go: the add-in must never be the reason a worker
// cannot send. Pure over an Office-like object, so tests drive it with the fake and the bundle
// (on-send-entry.ts) binds it to the real Office global.
import { officeTry } from "./async";
import { htmlToText } from "./html-text";
import { isComposeItem, type ComposeItem, type EmailAddressDetails, type MailboxEvent, type OfficeLike, type SmartAlertsCompletedOptions } from "./office-types";
import { checkForSend, REVIEW_LABEL, type CheckOptions, type SendVerdict } from "./send-check";
import { ORG_SETTINGS, type OutlookSettings } from "./settings";
import { parseCase, SESSION_CASE_KEY, SESSION_WARNED_KEY } from "./session";

export { SESSION_CASE_KEY, SESSION_WARNED_KEY, parseCase } from "./session";

/** The compose task pane button's id in manifest.outlook.xml (the dialog's cancel button opens it on Mailbox 1.14). */
export const COMPOSE_PANE_COMMAND_ID = "ClearRecord.ComposeButton";

export type OnSendOptions = CheckOptions & {
  settings?: OutlookSettings;
  /** Called once with what happened (tests, the benchmark); never with the email's text. */
  onOutcome?: (outcome: SendOutcome) => void;
};

export type SendOutcome = {
  completed: SmartAlertsCompletedOptions;
  /** How the handler ended. */
  path: "off" | "no-item" | "allowed" | "warned" | "warned-before" | "blocked" | "error" | "timeout";
  verdict?: SendVerdict;
  error?: string;
  ms: number;
};

// When session data is missing (never on a client with Mailbox 1.12, which includes 1.11) the drafts
// already warned about are remembered for the life of the runtime instead.
const warnedInMemory = new Set<string>();

const now = () => (typeof performance !== "undefined" && performance.now ? performance.now() : Date.now());

async function readDraft(item: ComposeItem, timeoutMs: number) {
  const addresses = (list?: EmailAddressDetails[]) => (list ?? []).map((r) => r?.emailAddress).filter((a): a is string => typeof a === "string" && a.length > 0);
  const [subject, html, to, cc, bcc, caseJson, warned] = await Promise.all([
    officeTry<string>("read the subject", item.subject?.getAsync ? (cb) => item.subject.getAsync(cb) : undefined, timeoutMs),
    officeTry<string>("read the body", item.body?.getAsync ? (cb) => item.body.getAsync("html", cb) : undefined, timeoutMs),
    officeTry<EmailAddressDetails[]>("read the To line", item.to?.getAsync ? (cb) => item.to!.getAsync(cb) : undefined, timeoutMs),
    officeTry<EmailAddressDetails[]>("read the Cc line", item.cc?.getAsync ? (cb) => item.cc!.getAsync(cb) : undefined, timeoutMs),
    officeTry<EmailAddressDetails[]>("read the Bcc line", item.bcc?.getAsync ? (cb) => item.bcc!.getAsync(cb) : undefined, timeoutMs),
    officeTry<string>("read the case", item.sessionData?.getAsync ? (cb) => item.sessionData!.getAsync(SESSION_CASE_KEY, cb) : undefined, timeoutMs),
    officeTry<string>("read the last warning", item.sessionData?.getAsync ? (cb) => item.sessionData!.getAsync(SESSION_WARNED_KEY, cb) : undefined, timeoutMs),
  ]);
  let bodyText: string;
  if (typeof html === "string") bodyText = htmlToText(html, { map: false }).text;
  else {
    const text = await officeTry<string>("read the body as text", item.body?.getAsync ? (cb) => item.body.getAsync("text", cb) : undefined, timeoutMs);
    if (typeof text !== "string") throw new Error("the body could not be read");
    bodyText = text;
  }
  return {
    subject: typeof subject === "string" ? subject : "",
    bodyText,
    recipients: [...addresses(to), ...addresses(cc), ...addresses(bcc)],
    profile: parseCase(caseJson),
    warned: typeof warned === "string" ? warned : undefined,
  };
}

/**
 * Handles OnMessageSend. Resolves when event.completed has been called (exactly once).
 */
export function onMessageSend(event: MailboxEvent, office: OfficeLike | undefined, options: OnSendOptions = {}): Promise<void> {
  const settings = options.settings ?? ORG_SETTINGS;
  const started = now();
  let done = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  return new Promise<void>((resolve) => {
    const finish = (completed: SmartAlertsCompletedOptions, path: SendOutcome["path"], extra: Partial<SendOutcome> = {}) => {
      if (done) return;
      done = true;
      if (timer !== undefined) clearTimeout(timer);
      try {
        event.completed(completed);
      } catch {
        // Nothing more can be done: Outlook owns the event now.
      }
      try {
        options.onOutcome?.({ completed, path, ms: now() - started, ...extra });
      } catch {
        // A listener's failure must not matter to sending.
      }
      resolve();
    };
    const allow = (path: SendOutcome["path"], extra?: Partial<SendOutcome>) => finish({ allowEvent: true }, path, extra);

    if (settings.sendCheck === "off") return allow("off");
    timer = setTimeout(() => allow("timeout"), settings.timeoutMs);

    (async () => {
      const item = office?.context?.mailbox?.item;
      if (!item || !isComposeItem(item)) return allow("no-item");
      const requirements = office?.context?.requirements;
      const supports = (v: string) => {
        try {
          return !!requirements?.isSetSupported("Mailbox", v);
        } catch {
          return false;
        }
      };
      const canPromptUser = options.canPromptUser ?? supports("1.14");
      const draft = await readDraft(item, settings.timeoutMs);
      if (done) return;
      const verdict = checkForSend(draft, settings, { ...options, canPromptUser });
      if (verdict.action === "allow") return allow("allowed", { verdict });
      if (verdict.action === "block") {
        return finish(
          { allowEvent: false, errorMessage: verdict.message, ...(canPromptUser ? { cancelLabel: REVIEW_LABEL, commandId: COMPOSE_PANE_COMMAND_ID } : {}) },
          "blocked",
          { verdict },
        );
      }
      // A soft warning: Send Anyway where the client offers it; elsewhere the same email sent again goes.
      if (canPromptUser) {
        return finish(
          { allowEvent: false, errorMessage: verdict.message, cancelLabel: REVIEW_LABEL, commandId: COMPOSE_PANE_COMMAND_ID, sendModeOverride: "promptUser" },
          "warned",
          { verdict },
        );
      }
      if (draft.warned === verdict.digest || warnedInMemory.has(verdict.digest)) return allow("warned-before", { verdict });
      warnedInMemory.add(verdict.digest);
      if (item.sessionData?.setAsync) await officeTry<void>("remember the warning", (cb) => item.sessionData!.setAsync(SESSION_WARNED_KEY, verdict.digest, cb), settings.timeoutMs);
      return finish({ allowEvent: false, errorMessage: verdict.message }, "warned", { verdict });
    })().catch((error: unknown) => allow("error", { error: error instanceof Error ? error.message : String(error) }));
  });
}
