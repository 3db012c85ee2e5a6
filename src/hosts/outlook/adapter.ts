// The Outlook adapter: reads the open email (subject and body, HTML or text, quoted thread included),
// applies edits into a draft while keeping its formatting, keeps the case with the draft for the check
// on Send, and makes a redacted copy for filing without touching the original.
import type { CaseProfile } from "../../engine/types";
import type { RedactionPolicy } from "../../redact";
import { sanitiseSubject } from "../host";
import { MailboxError, officeCall, officeTry } from "./async";
import { buildEml, type EmlAddress } from "./eml";
import { htmlToText, type TextEdit } from "./html-text";
import { applyToMail, mailDocument, redactMail, textToHtml, type BodyType, type MailAnalyser, type MailDocument, type RedactedMail } from "./mail-document";
import { isComposeItem, type ComposeItem, type EmailAddressDetails, type OfficeLike, type ReadItem } from "./office-types";
import { SESSION_CASE_KEY } from "./session";
import { quotedStart } from "./quoted";
import { outlookCapabilities, type OutlookCapabilities } from "./requirements";

/** The open email as read: enough to check it, edit it and file a copy. */
export type MailSnapshot = {
  mode: "read" | "compose";
  subject: string;
  /** The body in its own format. */
  body: string;
  bodyType: BodyType;
  from?: EmailAddressDetails;
  to: EmailAddressDetails[];
  cc: EmailAddressDetails[];
  date?: Date;
  /** Subject and body as one text (what the engine analyses) with the map back to the HTML. */
  doc: MailDocument;
};

export type RedactedCopy = RedactedMail & {
  /** HTML for the clipboard and the .eml (a plain-text email is wrapped in simple HTML). */
  html: string;
  /** The .eml file's content (RFC 5322, multipart/alternative). */
  eml: string;
  /** A file name for the .eml that does not contain the original subject. */
  fileName: string;
};

const TIMEOUT_MS = 15_000;
/** displayNewMessageForm takes an HTML body of at most 32 KB. */
const NEW_FORM_MAX_HTML = 32 * 1024;

/**
 * What the pane says before changing a draft: Outlook's body.setAsync replaces the whole body, may
 * rewrite its HTML, and classic Outlook and Outlook on Mac cannot undo it.
 */
export const COMPOSE_REWRITE_WARNING =
  "Applying changes replaces the whole body of this draft. Outlook may adjust its formatting, and in classic Outlook and on Mac Undo cannot bring the old body back. Earlier messages quoted below your reply are never changed.";

export type ApplyMailResult = {
  subjectChanged: boolean;
  bodyChanged: boolean;
  /** Edits not made: inside earlier messages quoted below the draft (and their header lines). */
  skipped: { edit: TextEdit; reason: string }[];
  /**
   * The body read back after setAsync, compared with what was set: "same" (as set), "reformatted"
   * (Outlook rewrote the HTML but the text is what was intended), "changed" (the text differs: check
   * the draft). Undefined when the body was not changed.
   */
  readBack?: "same" | "reformatted" | "changed";
};

export class OutlookAdapter {
  readonly office: OfficeLike;
  constructor(office: OfficeLike) {
    this.office = office;
  }

  capabilities(): OutlookCapabilities {
    return outlookCapabilities(this.office);
  }

  private item(): ReadItem | ComposeItem {
    const item = this.office?.context?.mailbox?.item;
    if (!item) throw new MailboxError("unavailable", "find the open email", "Open an email to check it: no email is selected.");
    return item;
  }

  /** Reads the open email. In compose mode it reads the draft as it is now. */
  async read(): Promise<MailSnapshot> {
    const item = this.item();
    const caps = this.capabilities();
    if (isComposeItem(item)) {
      const [subject, bodyType, to, cc] = await Promise.all([
        officeCall<string>("read the subject", (cb) => item.subject.getAsync(cb), TIMEOUT_MS),
        officeTry<string>("find the body's format", item.body.getTypeAsync ? (cb) => item.body.getTypeAsync(cb) : undefined, TIMEOUT_MS),
        officeTry<EmailAddressDetails[]>("read the To line", item.to ? (cb) => item.to!.getAsync(cb) : undefined, TIMEOUT_MS),
        officeTry<EmailAddressDetails[]>("read the Cc line", item.cc ? (cb) => item.cc!.getAsync(cb) : undefined, TIMEOUT_MS),
      ]);
      const type: BodyType = bodyType === "text" ? "text" : "html";
      const body = caps.canReadBody ? await officeCall<string>("read the body", (cb) => item.body.getAsync(type, cb), TIMEOUT_MS) : "";
      const from = this.office.context.mailbox.userProfile?.emailAddress
        ? { emailAddress: this.office.context.mailbox.userProfile.emailAddress, displayName: this.office.context.mailbox.userProfile.displayName }
        : undefined;
      return { mode: "compose", subject: subject ?? "", body, bodyType: type, ...(from ? { from } : {}), to: to ?? [], cc: cc ?? [], doc: mailDocument(subject ?? "", body, type) };
    }
    const read = item as ReadItem;
    const body = caps.canReadBody ? await officeCall<string>("read the body", (cb) => read.body.getAsync("html", cb), TIMEOUT_MS) : "";
    const subject = typeof read.subject === "string" ? read.subject : "";
    const date = read.dateTimeCreated instanceof Date ? read.dateTimeCreated : undefined;
    const from = read.from ?? read.sender;
    return {
      mode: "read",
      subject,
      body,
      bodyType: "html",
      ...(from ? { from } : {}),
      to: read.to ?? [],
      cc: read.cc ?? [],
      ...(date ? { date } : {}),
      doc: mailDocument(subject, body, "html"),
    };
  }

  /**
   * Applies edits (offsets into snapshot.doc.text) to the draft: the subject with subject.setAsync and
   * the body with body.setAsync in its own format, so an HTML draft stays HTML with every tag. Refuses
   * (HostError-like MailboxError "failed") when the draft changed since it was read.
   */
  async applyEdits(snapshot: MailSnapshot, edits: readonly TextEdit[]): Promise<ApplyMailResult> {
    const item = this.item();
    if (!isComposeItem(item) || !this.capabilities().canEdit) {
      throw new MailboxError("unavailable", "change this email", "Only a draft can be changed: use a redacted copy for an email you have received.");
    }
    const [subjectNow, bodyNow] = await Promise.all([
      officeCall<string>("read the subject", (cb) => item.subject.getAsync(cb), TIMEOUT_MS),
      officeCall<string>("read the body", (cb) => item.body.getAsync(snapshot.bodyType, cb), TIMEOUT_MS),
    ]);
    if (subjectNow !== snapshot.subject || bodyNow !== snapshot.body) {
      throw new MailboxError("failed", "change this email", "The draft changed since it was checked: check it again, then apply the changes.", undefined, "stale");
    }
    // Earlier messages quoted below the draft were written and sent by others: never rewritten here.
    const quoted = quotedStart(snapshot.doc.text.slice(snapshot.doc.bodyOffset));
    const quoteAt = quoted < 0 ? Infinity : snapshot.doc.bodyOffset + quoted;
    const skipped: ApplyMailResult["skipped"] = [];
    const allowed = edits.filter((e) => {
      if (e.end <= quoteAt) return true;
      skipped.push({ edit: e, reason: "it is in an earlier message quoted below the draft: remove the quoted text, or file a redacted copy instead" });
      return false;
    });
    const next = applyToMail(snapshot.doc, allowed);
    const subjectChanged = next.subject !== snapshot.subject;
    const bodyChanged = next.body !== snapshot.body;
    let readBack: ApplyMailResult["readBack"];
    if (bodyChanged) {
      const coercionType = snapshot.bodyType;
      await officeCall<void>("change the body", (cb) => item.body.setAsync(next.body, { coercionType }, cb), TIMEOUT_MS);
      // Outlook may rewrite what it is given: read it back and compare the text a reader sees.
      const now = await officeCall<string>("read the body back", (cb) => item.body.getAsync(coercionType, cb), TIMEOUT_MS);
      if (now === next.body) readBack = "same";
      else {
        const seen = (body: string) => mailDocument("", body, coercionType).text.replace(/\s+/g, " ").trim();
        readBack = seen(now) === seen(next.body) ? "reformatted" : "changed";
      }
    }
    if (subjectChanged) await officeCall<void>("change the subject", (cb) => item.subject.setAsync(next.subject, cb), TIMEOUT_MS);
    return { subjectChanged, bodyChanged, skipped, ...(readBack ? { readBack } : {}) };
  }

  /**
   * Keeps who the draft is about with it (Mailbox 1.11 session data, discarded by Outlook with the
   * draft) so the check on Send can tell the subject from other children. Only the subject child's own
   * details are kept, never other children's names.
   */
  async shareCase(profile: CaseProfile): Promise<boolean> {
    const item = this.office?.context?.mailbox?.item;
    if (!isComposeItem(item) || !item.sessionData) return false;
    const value = JSON.stringify({ subject: sanitiseSubject(profile.subject) } satisfies CaseProfile);
    await officeCall<void>("keep the case with the draft", (cb) => item.sessionData!.setAsync(SESSION_CASE_KEY, value, cb), TIMEOUT_MS);
    return true;
  }

  /**
   * Opens the redacted copy as a new draft (Mailbox 1.6 displayNewMessageForm), for filing where a
   * download does nothing (Outlook on Mac). No recipients are filled in: the worker chooses them.
   */
  openAsNewDraft(copy: Pick<RedactedCopy, "subject" | "html">): void {
    const mailbox = this.office?.context?.mailbox;
    const supported = (() => {
      try {
        return !!this.office?.context?.requirements?.isSetSupported("Mailbox", "1.6");
      } catch {
        return false;
      }
    })();
    if (!supported || typeof mailbox?.displayNewMessageForm !== "function") {
      throw new MailboxError(
        "unavailable",
        "open the redacted copy as a new email",
        "This version of Outlook cannot open a new email for the add-in: copy the redacted text instead.",
      );
    }
    if (copy.html.length > NEW_FORM_MAX_HTML) {
      throw new MailboxError(
        "unavailable",
        "open the redacted copy as a new email",
        "The redacted copy is too long for Outlook to open as a new email (32 KB at most): copy the redacted text instead.",
      );
    }
    try {
      mailbox.displayNewMessageForm({ subject: copy.subject, htmlBody: copy.html });
    } catch (error) {
      throw new MailboxError("failed", "open the redacted copy as a new email", `Outlook could not open a new email (${error instanceof Error ? error.message : String(error)}).`);
    }
  }

  /** A redacted copy for filing: subject, HTML, text and an .eml; the email itself is not changed. */
  redactedCopy(snapshot: MailSnapshot, analyser: MailAnalyser, policy: RedactionPolicy): RedactedCopy {
    return makeRedactedCopy(snapshot, analyser, policy);
  }
}

/** Builds the redacted copy (pure: used by the adapter and the tests). */
export function makeRedactedCopy(
  snapshot: Omit<MailSnapshot, "doc"> & Partial<Pick<MailSnapshot, "doc">>,
  analyser: MailAnalyser,
  policy: RedactionPolicy,
  now = new Date(),
): RedactedCopy {
  const redacted = redactMail(snapshot.subject, snapshot.body, snapshot.bodyType, analyser, policy);
  const html = redacted.bodyType === "html" ? redacted.body : textToHtml(redacted.body);
  const bodyText =
    redacted.bodyType === "html"
      ? htmlToText(redacted.body, { map: false })
          .text.replace(/\n{3,}/g, "\n\n")
          .trim()
      : redacted.body;
  const text = `Subject: ${redacted.subject}\n\n${bodyText}`;
  const person = (a: EmailAddressDetails | undefined): EmlAddress | undefined =>
    a?.emailAddress ? { emailAddress: a.emailAddress, ...(a.displayName ? { displayName: a.displayName } : {}) } : undefined;
  const eml = buildEml({
    subject: redacted.subject,
    text: bodyText,
    html,
    ...(person(snapshot.from) ? { from: person(snapshot.from) } : {}),
    to: snapshot.to.map(person).filter((a): a is EmlAddress => !!a),
    cc: snapshot.cc.map(person).filter((a): a is EmlAddress => !!a),
    ...(snapshot.date ? { date: snapshot.date } : {}),
    headers: { "X-Clear-Record": `redacted copy (${policy.name}), ${redacted.applied.length} change${redacted.applied.length === 1 ? "" : "s"}` },
  });
  const stamp = now.toISOString().slice(0, 10);
  return { ...redacted, text, html, eml, fileName: `redacted-email-${stamp}.eml` };
}
