// The shared HostAdapter (src/hosts/host.ts) for Outlook, so the task pane components that run on
// Word run on an email too. The email is two segments: the subject (a "property") and the body (HTML
// read as text, quoted thread included). Edits go into the draft's HTML text nodes, keeping tags.
import type { CaseProfile } from "../../engine/types";
import {
  HostError,
  sanitiseSubject,
  type ApplyResult,
  type DocumentSnapshot,
  type HostAdapter,
  type HostCapabilities,
  type HostEdit,
  type SubjectDetails,
  type TrackingMode,
} from "../host";
import { officeTry } from "./async";
import { OutlookAdapter, type MailSnapshot } from "./adapter";
import { isComposeItem, type OfficeLike } from "./office-types";
import { parseCase, SESSION_CASE_KEY } from "./session";

export class OutlookHostAdapter implements HostAdapter {
  readonly outlook: OutlookAdapter;
  readonly capabilities: HostCapabilities;
  private readonly mail = new WeakMap<DocumentSnapshot, MailSnapshot>();

  constructor(office: OfficeLike) {
    this.outlook = new OutlookAdapter(office);
    const caps = this.outlook.capabilities();
    this.capabilities = {
      name: caps.mode === "compose" ? "Outlook draft" : "Outlook email",
      canEdit: caps.canEdit,
      canSelect: false,
      headersFooters: false,
      notes: false,
      comments: false,
      trackedChanges: false,
      settings: caps.canShareCase,
      properties: true,
    };
  }

  /** The open email as a snapshot; the MailSnapshot behind it is kept for apply() and filing. */
  async read(): Promise<DocumentSnapshot> {
    const mail = await this.outlook.read();
    const { doc } = mail;
    const segments: DocumentSnapshot["segments"] = [];
    // Named as the worker sees them in Outlook, not as a Word document's parts ("document property", "paragraph").
    const subject = { part: "property", property: "subject", label: "the subject line" } as const;
    const body = { part: "body", label: mail.mode === "compose" ? "the draft" : "the email" } as const;
    if (doc.subject) segments.push({ location: subject, start: 0, text: doc.subject, editable: mail.mode === "compose" });
    segments.push({ location: body, start: doc.bodyOffset, text: doc.body.text, editable: mail.mode === "compose" && this.capabilities.canEdit });
    const notRead = this.outlook.capabilities().canReadBody
      ? []
      : [{ part: "body" as const, message: "This version of Outlook cannot give add-ins the body of an email, so only the subject line was checked." }];
    const snapshot: DocumentSnapshot = { text: doc.text, segments, tracking: { mode: null, pending: null }, notRead, syncs: 1 };
    this.mail.set(snapshot, mail);
    return snapshot;
  }

  /** The email behind a snapshot (for the redacted copy and the .eml). */
  mailFor(snapshot: DocumentSnapshot): MailSnapshot | undefined {
    return this.mail.get(snapshot);
  }

  async apply(snapshot: DocumentSnapshot, edits: readonly HostEdit[]): Promise<ApplyResult> {
    const mail = this.mail.get(snapshot);
    if (!mail) throw new HostError("stale", "change this email", "Check the email again, then apply the changes.");
    const result = await this.outlook.applyEdits(mail, edits);
    const skipped: ApplyResult["skipped"] = result.skipped.map((s) => ({ edit: s.edit as HostEdit, reason: s.reason }));
    // The edits went in, but Outlook changed more than asked: say so rather than report success quietly.
    const warnings = result.readBack === "changed" ? ["Outlook changed the draft's text while applying the changes: read the draft before sending it."] : [];
    return {
      applied: edits.length - result.skipped.length,
      skipped,
      syncs: 3,
      ...(warnings.length ? { warnings } : {}),
      ...(result.readBack ? { readBack: result.readBack } : {}),
    };
  }

  async select(): Promise<void> {
    throw new HostError("unsupported", "show this in the email", "Outlook does not let add-ins select text in an email; the finding is shown in its sentence here.");
  }

  async readSubject(): Promise<SubjectDetails | null> {
    const item = this.outlook.office?.context?.mailbox?.item;
    if (!isComposeItem(item) || !item.sessionData) return null;
    const raw = await officeTry<string>("read who the draft is about", (cb) => item.sessionData!.getAsync(SESSION_CASE_KEY, cb));
    const profile = parseCase(raw);
    return profile ? sanitiseSubject(profile.subject as SubjectDetails) : null;
  }

  async writeSubject(subject: SubjectDetails): Promise<void> {
    const profile: CaseProfile = { subject: sanitiseSubject(subject) };
    await this.outlook.shareCase(profile);
  }

  /** An email has no tracked changes: nothing to accept. */
  async acceptAllTrackedChanges(): Promise<void> {}

  async setTracking(_mode: TrackingMode): Promise<void> {
    throw new HostError("unsupported", "turn on track changes", "Emails have no track changes.");
  }
}
