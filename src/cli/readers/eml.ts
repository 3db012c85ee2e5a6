import PostalMime from "postal-mime";
import { htmlToText, layoutMail, type MailAttachment } from "./mail";
import { isCompoundFile, ReaderError, type ReadResult } from "./types";

/** Reads an attachment's bytes (a .docx, .eml, .msg or .txt) or says why not; given by readers/index. */
export type AttachmentReader = (bytes: Uint8Array, name: string, depth: number) => Promise<ReadResult>;

const addr = (a?: { name?: string; address?: string; group?: unknown[] }): string => {
  if (!a) return "";
  if (Array.isArray(a.group)) return (a.group as { name?: string; address?: string }[]).map(addr).join(", ");
  return a.name && a.address ? `${a.name} <${a.address}>` : a.name || a.address || "";
};

/** Reads an e-mail (.eml): headers, body, quoted thread, attachment names, and readable attachments recursively. */
export async function readEml(bytes: Uint8Array, what: string, readAttachment: AttachmentReader, depth = 0): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReaderError("empty", `${what} is empty.`);
  if (isCompoundFile(bytes)) throw new ReaderError("unsupported", `${what} is an Outlook .msg file saved with the .eml extension; rename it to .msg.`);
  if (bytes.indexOf(0) >= 0 && bytes.indexOf(0) < 1024) throw new ReaderError("corrupt", `${what} is not an e-mail message (it holds binary data).`);
  let email: PostalMime.Email;
  try {
    email = await PostalMime.parse(bytes, { forceRfc822Attachments: true, attachmentEncoding: "arraybuffer" });
  } catch {
    throw new ReaderError("corrupt", `${what} is not a readable e-mail message.`);
  }
  if (!email.headers.length && !email.text && !email.html) throw new ReaderError("corrupt", `${what} is not an e-mail message (it has no headers).`);
  const headers: [string, string][] = [
    ["From", addr(email.from)],
    ["To", (email.to ?? []).map(addr).join(", ")],
    ["Cc", (email.cc ?? []).map(addr).join(", ")],
    ["Date", email.date ?? ""],
    ["Subject", email.subject ?? ""],
  ];
  const body = email.text?.trim() ? email.text : email.html ? htmlToText(email.html) : "";
  const attachments: MailAttachment[] = [];
  for (const a of email.attachments) {
    if (a.related) continue; // an inline image of the HTML body
    const name = a.filename ?? (a.mimeType === "message/rfc822" ? "attached message.eml" : a.mimeType);
    const content = a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : typeof a.content === "string" ? Buffer.from(a.content) : new Uint8Array(0);
    const att: MailAttachment = { name };
    const readable = a.mimeType === "message/rfc822" ? "attached.eml" : name;
    try {
      att.read = await readAttachment(content, readable, depth + 1);
    } catch (err) {
      att.problem = err instanceof ReaderError ? err.message : "it could not be read";
    }
    attachments.push(att);
  }
  return { ...layoutMail({ headers, body, attachments }), format: "eml" };
}
