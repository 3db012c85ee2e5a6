import { readFileSync } from "node:fs";
import { join } from "node:path";
import { readBytes } from "../../src/cli/readers";
import { htmlToText, writeRedactedEml } from "../../src/cli/readers/mail";
import { segmentAt } from "../../src/cli/readers/types";
import { buildDocx, p } from "./helpers/build-docx";

const FIX = join(__dirname, "..", "fixtures", "email");
const fx = (name: string) => readFileSync(join(FIX, name));

describe("eml", () => {
  test("headers, plain body with the quoted thread, one part per blank line", async () => {
    const r = await readBytes(fx("talon-outlook-reply.eml"), "talon-outlook-reply.eml");
    expect(r.text).toMatch(/^From: me@example\.com\nTo: you@example\.com\nSubject: Test\n\nHello\n/);
    expect(r.text).toContain("Subject: The manager has commented on your Loop");
    expect(segmentAt(r.segments, r.text.indexOf("you@example.com"))?.location).toBe("header To");
    expect(segmentAt(r.segments, r.text.indexOf("Hello"))?.location).toBe("body, line 1");
  });

  test("an attached message is read recursively", async () => {
    const r = await readBytes(fx("mimekit-simple-embedded-message.eml"), "x.eml");
    expect(r.text).toContain("Attachment: attached message.eml");
    expect(r.text).toContain("This is the embedded message body.");
    expect(segmentAt(r.segments, r.text.indexOf("embedded message body"))?.location).toMatch(/^attachment attached message\.eml: body/);
  });

  test("an attached .docx is read", async () => {
    const docx = Buffer.from(buildDocx({ body: p("Notes from the visit.") })).toString("base64");
    const eml = `From: a@example.org\r\nTo: b@example.org\r\nSubject: notes\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n--XX\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Hello &amp; welcome</p><p>Second</p>\r\n--XX\r\nContent-Type: application/vnd.openxmlformats-officedocument.wordprocessingml.document; name=notes.docx\r\nContent-Disposition: attachment; filename=notes.docx\r\nContent-Transfer-Encoding: base64\r\n\r\n${docx}\r\n--XX--\r\n`;
    const r = await readBytes(Buffer.from(eml), "m.eml");
    expect(r.text).toContain("Hello & welcome\n\nSecond");
    expect(r.text).toContain("Attachment: notes.docx\n\nNotes from the visit.");
  });

  test("a redacted .eml reads back as the same text", async () => {
    const text = "From: Child A\nSubject: Visit\n\nCall [phone number] today.\nÀ bientôt";
    const back = await readBytes(writeRedactedEml(text), "r.eml");
    expect(back.text).toBe("From: Child A\nSubject: Visit\n\nCall [phone number] today.\nÀ bientôt");
  });

  test.each([
    ["empty", Buffer.alloc(0), "empty"],
    ["binary", Buffer.from([0, 1, 2, 3, 0, 0]), "corrupt"],
  ])("%s e-mail is a reader error", async (_n, bytes, kind) => {
    await expect(readBytes(bytes, "x.eml")).rejects.toMatchObject({ name: "ReaderError", kind });
  });
});

describe("msg", () => {
  test("attached .docx files are read in order", async () => {
    const r = await readBytes(fx("msgreader-attachmentsOrder.msg"), "x.msg");
    expect(r.format).toBe("msg");
    const order = ["A", "B", "C", "D"].map((n) => r.text.indexOf(`Attachment: ${n}.docx`));
    expect(order.every((o, i) => o > 0 && (i === 0 || o > order[i - 1]))).toBe(true);
  });

  test("an HTML-only message gives its body as text", async () => {
    const r = await readBytes(fx("msgreader-newOutlook-html-only.msg"), "x.msg");
    expect(r.text).toMatch(/Subject: .+\n\n\S/);
    expect(r.text.slice(r.text.indexOf("\n\n"))).not.toMatch(/<\w+/);
  });

  test("a damaged .msg is a reader error, not a crash", async () => {
    await expect(readBytes(fx("bad/poi-clusterfuzz-5336473854148608.msg"), "x.msg")).rejects.toMatchObject({ name: "ReaderError", kind: "corrupt" });
    await expect(readBytes(Buffer.from("not a msg"), "x.msg")).rejects.toMatchObject({ name: "ReaderError" });
  });
});

test("htmlToText skips styles and scripts and decodes entities", () => {
  expect(htmlToText("<html><head><style>p{x}</style></head><body><p>A&nbsp;b &lt;c&gt;</p><script>x()</script><div>d</div></body></html>")).toBe("A b <c>\n\nd");
});
