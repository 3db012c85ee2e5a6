// What this Outlook client can do, from Office.context.requirements.isSetSupported, with one sentence
// for each thing it cannot, so the pane says what is unavailable instead of failing.
import { isComposeItem, type OfficeLike } from "./office-types";

export type OutlookCapabilities = {
  mode: "read" | "compose" | "none";
  /** Mailbox 1.3: body.getAsync. */
  canReadBody: boolean;
  /** Compose mode with Mailbox 1.3: body.setAsync and subject.setAsync. */
  canEdit: boolean;
  /** Mailbox 1.11, compose: the case is kept with the draft for the check on send. */
  canShareCase: boolean;
  /** Mailbox 1.12: the check on Send (Smart Alerts). */
  canCheckOnSend: boolean;
  /** Mailbox 1.14: Send Anyway in the Smart Alerts dialog. */
  canPromptUser: boolean;
  /** Sentences for the pane, one per missing feature. */
  unavailable: string[];
};

export function outlookCapabilities(office: OfficeLike | undefined): OutlookCapabilities {
  const item = office?.context?.mailbox?.item ?? null;
  const supports = (v: string) => {
    try {
      return !!office?.context?.requirements?.isSetSupported("Mailbox", v);
    } catch {
      return false;
    }
  };
  const mode: OutlookCapabilities["mode"] = !item ? "none" : isComposeItem(item) ? "compose" : "read";
  const canReadBody = mode !== "none" && supports("1.3") && typeof item?.body?.getAsync === "function";
  const canEdit = mode === "compose" && canReadBody && isComposeItem(item) && typeof item.body.setAsync === "function";
  const canShareCase = mode === "compose" && supports("1.11") && isComposeItem(item) && !!item.sessionData;
  const canCheckOnSend = supports("1.12");
  const canPromptUser = supports("1.14");
  const unavailable: string[] = [];
  if (mode === "none") unavailable.push("Open an email to check it: no email is selected.");
  else if (!canReadBody) unavailable.push("This version of Outlook cannot give add-ins the body of an email (it needs Mailbox 1.3), so only the subject line is checked.");
  if (mode === "compose" && canReadBody && !canEdit) unavailable.push("This version of Outlook cannot let add-ins change a draft, so fixes must be made by hand.");
  if (mode === "compose" && !canCheckOnSend)
    unavailable.push("This version of Outlook cannot check emails when you press Send (it needs Mailbox 1.12): check the draft here before sending.");
  else if (mode === "compose" && !canShareCase)
    unavailable.push("This version of Outlook cannot pass the child's name to the check on Send, so that check looks for personal details only.");
  return { mode, canReadBody, canEdit, canShareCase, canCheckOnSend, canPromptUser, unavailable };
}
