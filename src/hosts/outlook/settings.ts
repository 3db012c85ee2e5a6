// Organisation settings for the Outlook add-in. They are set by whoever deploys the add-in, in
// org-settings.json beside this file (bundled at build time, so the on-send runtime needs no network),
// not by each worker: the mode of the check on send and the team's filing mailboxes.
import orgSettings from "./org-settings.json";

/** What happens on Send when other children or personal details remain. */
export type SendCheckMode =
  /** No check on send. */
  | "off"
  /** Tell the worker in one sentence and let them review; they can still send (the default). */
  | "soft"
  /** The email cannot be sent until they are removed (or the worker sends it without the add-in). */
  | "hard";

export type OutlookSettings = {
  sendCheck: SendCheckMode;
  /**
   * Filing or court mailboxes: sending to one of them is checked more strictly (judgemental wording
   * counts too, and a soft check becomes a hard one). "records@council.example.gov.uk" matches that
   * address; "@court.example.gov.uk" matches every address at that domain. Case is ignored.
   */
  filingAddresses: string[];
  /** The check on send gives up (and lets the email go) after this long. Outlook warns the user at 5 s. */
  timeoutMs: number;
  /** When filing, block if the worker has not said who the email is about (other children cannot be told apart). */
  requireCaseForFiling: boolean;
};

export const DEFAULT_SETTINGS: OutlookSettings = { sendCheck: "soft", filingAddresses: [], timeoutMs: 4000, requireCaseForFiling: true };

const MODES: readonly SendCheckMode[] = ["off", "soft", "hard"];

/** Reads settings from untrusted JSON: anything missing or malformed falls back to the default. */
export function readSettings(raw: unknown): OutlookSettings {
  const o = raw && typeof raw === "object" ? (raw as Record<string, unknown>) : {};
  const mode = typeof o.sendCheck === "string" && (MODES as string[]).includes(o.sendCheck) ? (o.sendCheck as SendCheckMode) : DEFAULT_SETTINGS.sendCheck;
  const filing = Array.isArray(o.filingAddresses)
    ? o.filingAddresses
        .filter((a): a is string => typeof a === "string")
        .map((a) => a.trim().toLowerCase())
        .filter((a) => a.includes("@"))
    : [];
  const timeout = typeof o.timeoutMs === "number" && Number.isFinite(o.timeoutMs) && o.timeoutMs > 0 ? Math.min(o.timeoutMs, 240_000) : DEFAULT_SETTINGS.timeoutMs;
  const requireCase = typeof o.requireCaseForFiling === "boolean" ? o.requireCaseForFiling : DEFAULT_SETTINGS.requireCaseForFiling;
  return { sendCheck: mode, filingAddresses: filing, timeoutMs: timeout, requireCaseForFiling: requireCase };
}

/** The deployed settings. */
export const ORG_SETTINGS: OutlookSettings = readSettings(orgSettings);

/** The recipients that are filing mailboxes under these settings. */
export function filingRecipients(recipients: readonly string[], settings: Pick<OutlookSettings, "filingAddresses">): string[] {
  if (settings.filingAddresses.length === 0) return [];
  return recipients.filter((r) => {
    const address = r.trim().toLowerCase();
    return settings.filingAddresses.some((f) => (f.startsWith("@") ? address.endsWith(f) : address === f));
  });
}
