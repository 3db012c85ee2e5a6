import MsgReader from "@kenjiuno/msgreader";
import type { FieldsData } from "@kenjiuno/msgreader";
import { htmlToText, layoutMail, type MailAttachment, type MailParts } from "./mail";
import type { AttachmentReader } from "./eml";
import { isCompoundFile, ReaderError, type ReadResult } from "./types";

const person = (name?: string, email?: string) => (name && email && name !== email ? `${name} <${email}>` : name || email || "");

/** Reads an Outlook message (.msg) into the same layout as an .eml. */
export async function readMsg(bytes: Uint8Array, what: string, readAttachment: AttachmentReader, depth = 0): Promise<ReadResult> {
  if (bytes.length === 0) throw new ReaderError("empty", `${what} is empty.`);
  if (!isCompoundFile(bytes)) throw new ReaderError("corrupt", `${what} is not an Outlook message (.msg) file.`);
  let reader: MsgReader;
  let data: FieldsData;
  try {
    reader = new MsgReader(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
    data = reader.getFileData();
  } catch {
    throw new ReaderError("corrupt", `${what} is damaged and cannot be read as an Outlook message.`);
  }
  if (!data || data.error) throw new ReaderError("corrupt", `${what} is damaged and cannot be read as an Outlook message.`);
  const parts = await fieldsToParts(data, (att) => reader.getAttachment(att).content, readAttachment, depth);
  return { ...layoutMail(parts), format: "msg" };
}

async function fieldsToParts(data: FieldsData, content: (att: FieldsData) => Uint8Array, readAttachment: AttachmentReader, depth: number): Promise<MailParts> {
  const recipients = (type: string) =>
    (data.recipients ?? [])
      .filter((r) => (r.recipType ?? "to") === type)
      .map((r) => person(r.name, r.email))
      .join(", ");
  const headers: [string, string][] = [
    ["From", person(data.senderName, data.senderSmtpAddress ?? data.senderEmail)],
    ["To", recipients("to")],
    ["Cc", recipients("cc")],
    ["Date", data.messageDeliveryTime ?? data.clientSubmitTime ?? ""],
    ["Subject", data.subject ?? ""],
  ];
  let body = data.body ?? "";
  if (!body.trim()) {
    const html = data.bodyHtml ?? (data.html ? new TextDecoder("utf-8").decode(data.html) : "");
    if (html) body = htmlToText(html);
  }
  const attachments: MailAttachment[] = [];
  for (const att of data.attachments ?? []) {
    if (att.attachmentHidden) continue; // inline images of the HTML body
    const name = att.fileName ?? att.fileNameShort ?? att.name ?? "attachment";
    const a: MailAttachment = { name: att.innerMsgContent ? att.innerMsgContentFields?.subject || name : name };
    try {
      if (att.innerMsgContent && att.innerMsgContentFields && depth < 3) {
        a.read = { ...layoutMail(await fieldsToParts(att.innerMsgContentFields, content, readAttachment, depth + 1)), format: "msg" };
      } else {
        a.read = await readAttachment(content(att), name, depth + 1);
      }
    } catch (err) {
      a.problem = err instanceof ReaderError ? err.message : "it could not be read";
    }
    attachments.push(a);
  }
  return { headers, body, attachments };
}
