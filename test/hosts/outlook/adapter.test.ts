import { analyse } from "../../../src/engine";
import { PSEUDONYM_POLICY, MASK_POLICY, withFixes } from "../../../src/redact";
import { createFakeClipboard, createFakeOutlook, OFFICE_ERRORS, type FakeOutlookOptions } from "../../../src/hosts/fake/outlook/fake-mailbox";
import { SAMPLE_CASE, SAMPLE_CC, SAMPLE_DATE, SAMPLE_FROM, SAMPLE_HTML, SAMPLE_SUBJECT, SAMPLE_TO } from "../../../src/hosts/fake/outlook/sample-thread";
import { COMPOSE_REWRITE_WARNING, OutlookAdapter, makeRedactedCopy } from "../../../src/hosts/outlook/adapter";
import { copyRedactedText, downloadsWork } from "../../../src/hosts/outlook/filing";
import { quotedStart } from "../../../src/hosts/outlook/send-check";
import { MailboxError, officeCall } from "../../../src/hosts/outlook/async";
import { HostError, describeLocation } from "../../../src/hosts/host";
import { htmlToText, decodeEntities } from "../../../src/hosts/outlook/html-text";
import { SESSION_CASE_KEY } from "../../../src/hosts/outlook/on-send";

const analyser = (text: string) => analyse(text, SAMPLE_CASE, { kind: "email" });
const fake = (over: Partial<FakeOutlookOptions> = {}) =>
  createFakeOutlook({ mode: "read", subject: SAMPLE_SUBJECT, body: SAMPLE_HTML, from: SAMPLE_FROM, to: SAMPLE_TO, cc: SAMPLE_CC, date: SAMPLE_DATE, ...over });

/** Every redacted original (other children, identifiers) of a copy. */
const secretsOf = (text: string) =>
  analyser(text)
    .findings.filter((f) => f.category === "other-child" || f.category === "identifier")
    .map((f) => f.text);

const decodeBase64Parts = (eml: string) =>
  [...eml.matchAll(/Content-Transfer-Encoding: base64\r\n\r\n([A-Za-z0-9+/=\r\n]+?)\r\n--/g)].map((m) => Buffer.from(m[1].replace(/\r\n/g, ""), "base64").toString("utf8"));

describe("officeCall", () => {
  it("turns a failed asyncResult into a MailboxError with Office's code", async () => {
    const err = (await officeCall("read the body", (cb) => setTimeout(() => cb({ status: "failed", value: undefined, error: OFFICE_ERRORS.internal }), 0)).catch(
      (e: unknown) => e,
    )) as MailboxError;
    expect(err).toBeInstanceOf(MailboxError);
    expect(err).toMatchObject({ kind: "failed", reason: "failed", operation: "read the body", officeCode: 9017, code: "9017" });
    expect(err).toBeInstanceOf(HostError);
    expect(err.message).toBe("Outlook could not read the body (An internal error has occurred.).");
  });
  it("a missing method is 'unavailable', a throw too, silence is a timeout", async () => {
    await expect(officeCall("x", undefined)).rejects.toMatchObject({ kind: "unsupported", reason: "unavailable" });
    await expect(
      officeCall("x", () => {
        throw new Error("no");
      }),
    ).rejects.toMatchObject({ kind: "unsupported", reason: "unavailable" });
    await expect(officeCall("x", () => undefined, 20)).rejects.toMatchObject({ kind: "busy", reason: "timeout" });
  });
});

describe("read mode", () => {
  it("reads subject and HTML body, quoted thread included", async () => {
    const outlook = fake();
    const snap = await new OutlookAdapter(outlook.office).read();
    expect(snap.mode).toBe("read");
    expect(snap.doc.text.startsWith(`${SAMPLE_SUBJECT}\n\n`)).toBe(true);
    expect(snap.doc.text).toContain("Her friend Kayden Birch (11)"); // in the quoted message
    expect(snap.doc.text).toContain("From: Nasreen Qureshi <nasreen.qureshi@example.org>");
    const report = analyser(snap.doc.text);
    expect(report.findings.some((f) => f.text === "Kayden Birch")).toBe(true);
    expect(outlook.calls).toEqual(["body.getAsync:html"]);
  });

  it("a redacted copy for filing: HTML, text and .eml, none holding what was redacted, original untouched", async () => {
    const outlook = fake();
    const snap = await new OutlookAdapter(outlook.office).read();
    const secrets = secretsOf(snap.doc.text);
    expect(secrets).toEqual(expect.arrayContaining(["Tobias", "Sienna Marchetti", "QQ 12 34 56 C", "07700 900733"]));
    const copy = makeRedactedCopy(snap, analyser, PSEUDONYM_POLICY, new Date(Date.UTC(2025, 9, 22)));
    const [plainPart, htmlPart] = decodeBase64Parts(copy.eml);
    for (const secret of secrets) {
      const s = secret.toLowerCase();
      for (const [name, out] of [
        ["html", decodeEntities(copy.html)],
        ["text", copy.text],
        ["eml text", plainPart],
        ["eml html", decodeEntities(htmlPart)],
        ["subject", copy.subject],
      ] as const) {
        expect({ where: name, secret, found: out.toLowerCase().includes(s) || decodeURIComponent(out).toLowerCase().includes(s.replace(/ /g, "")) }).toEqual({
          where: name,
          secret,
          found: false,
        });
      }
    }
    // Formatting kept: the same tags, in the same order.
    const tags = (h: string) => (h.match(/<\/?[a-z][a-z0-9:]*/gi) ?? []).join(" ");
    expect(tags(copy.html)).toBe(tags(SAMPLE_HTML));
    expect(copy.html).toContain('<li class="MsoListParagraph"><b>Contact:</b> Child A (9)');
    expect(copy.html).not.toContain("mailto:"); // no link kept a redacted address...
    expect(copy.text).toMatch(/^Subject: RE: Maisie O/);
    expect(copy.stable).toBe(true);
    expect(copy.fileName).toBe("redacted-email-2025-10-22.eml");
    expect(copy.eml).toMatch(/^From: "Declan Foyle" <declan\.foyle@example\.org>\r\nTo: "Nasreen Qureshi" <nasreen\.qureshi@example\.org>\r\nCc: /);
    expect(copy.eml).toContain("Date: Tue, 21 Oct 2025 09:14:00 +0000");
    expect(copy.eml).toContain('Content-Type: multipart/alternative; boundary="');
    // The original is as it was.
    expect(outlook.state.body).toBe(SAMPLE_HTML);
    expect(outlook.calls.every((c) => !c.includes("setAsync"))).toBe(true);
    // Log entries never hold the redacted text.
    for (const entry of copy.log) for (const secret of secrets) expect(JSON.stringify(entry)).not.toContain(secret);
  });

  it("a mask policy and a non-ASCII subject", async () => {
    const outlook = fake({ subject: "Réunion: Tobias’s contact" });
    const snap = await new OutlookAdapter(outlook.office).read();
    const copy = makeRedactedCopy(snap, analyser, MASK_POLICY);
    expect(copy.subject).not.toContain("Tobias");
    expect(copy.eml).toMatch(/Subject: =\?UTF-8\?B\?/);
  });

  it("a change in read mode is refused", async () => {
    const adapter = new OutlookAdapter(fake().office);
    const snap = await adapter.read();
    await expect(adapter.applyEdits(snap, [{ start: 0, end: 2, replacement: "x" }])).rejects.toMatchObject({ kind: "unsupported" });
  });

  it("a body that cannot be read fails with one sentence", async () => {
    const adapter = new OutlookAdapter(fake({ failures: { "body.getAsync": OFFICE_ERRORS.internal } }).office);
    await expect(adapter.read()).rejects.toThrow("Outlook could not read the body (An internal error has occurred.).");
  });
});

describe("compose mode", () => {
  it("applies redactions into the HTML body and the subject, keeping every tag", async () => {
    const outlook = fake({ mode: "compose" });
    const adapter = new OutlookAdapter(outlook.office);
    const snap = await adapter.read();
    const { applied } = makeRedactedCopy(snap, analyser, PSEUDONYM_POLICY);
    const report = analyser(snap.doc.text);
    const { applyEdits: apply, planRedactions } = await import("../../../src/redact");
    const edits = apply(snap.doc.text, planRedactions(snap.doc.text, report, PSEUDONYM_POLICY)).applied;
    expect(edits.length).toBeGreaterThan(3);
    expect(applied.length).toBeGreaterThanOrEqual(edits.length);
    const result = await adapter.applyEdits(snap, edits);
    expect(result.bodyChanged).toBe(true);
    expect(outlook.calls).toContain("body.setAsync:html");
    const after = outlook.state.body;
    const tags = (h: string) => (h.match(/<\/?[a-z][a-z0-9:]*/gi) ?? []).join(" ");
    expect(tags(after)).toBe(tags(SAMPLE_HTML)); // never flattened to text
    expect(after).toContain('<span style="color:#C00000">putting herself at risk</span>'); // untouched findings stay
    const text = htmlToText(after).text;
    // The draft itself is redacted; the earlier message quoted below it is left as it was sent.
    const quoteAt = quotedStart(text);
    expect(quoteAt).toBeGreaterThan(0);
    const [draft, quoted] = [text.slice(0, quoteAt), text.slice(quoteAt)];
    expect(draft).not.toContain("Tobias");
    expect(draft).not.toContain("QQ 12 34 56 C");
    expect(draft).toContain("Child A (9)");
    expect(quoted).toBe(htmlToText(SAMPLE_HTML).text.slice(quotedStart(htmlToText(SAMPLE_HTML).text)));
    expect(result.skipped.length).toBeGreaterThan(0);
    expect(result.skipped[0].reason).toMatch(/earlier message quoted below the draft/);
    expect(result.readBack).toBe("same");
  });

  it("Outlook's HTML rewriting on setAsync is read back and told apart from a changed text", async () => {
    const rewritten = fake({ mode: "compose", body: "<p>Tobias (9) came.</p>", htmlRewrite: "outlook" });
    const a1 = new OutlookAdapter(rewritten.office);
    const s1 = await a1.read();
    const at = s1.doc.text.indexOf("Tobias");
    const r1 = await a1.applyEdits(s1, [{ start: at, end: at + 6, replacement: "Child A" }]);
    expect(rewritten.state.body).toContain('<p class="MsoNormal">Child A (9) came.<o:p></o:p></p>');
    expect(r1.readBack).toBe("reformatted");
    // A client that drops part of the body: the adapter says the text changed.
    const lossy = fake({ mode: "compose", body: "<p>Tobias (9) came.</p><p>Kept?</p>", htmlRewrite: (h) => h.replace("<p>Kept?</p>", "") });
    const a2 = new OutlookAdapter(lossy.office);
    const s2 = await a2.read();
    const r2 = await a2.applyEdits(s2, [{ start: s2.doc.text.indexOf("Tobias"), end: s2.doc.text.indexOf("Tobias") + 6, replacement: "Child A" }]);
    expect(r2.readBack).toBe("changed");
    expect(COMPOSE_REWRITE_WARNING).toMatch(/replaces the whole body.*Undo/);
  });

  it("opens the redacted copy as a new draft (Mailbox 1.6), and says why not on older or oversized copies", async () => {
    const outlook = fake({ mode: "read", platform: "Mac" });
    const adapter = new OutlookAdapter(outlook.office);
    const copy = makeRedactedCopy(await adapter.read(), analyser, PSEUDONYM_POLICY);
    adapter.openAsNewDraft(copy);
    expect(outlook.newForms).toEqual([{ subject: copy.subject, htmlBody: copy.html }]);
    expect(outlook.newForms[0].htmlBody).not.toContain("Tobias");
    expect(() => adapter.openAsNewDraft({ subject: "x", html: "x".repeat(40_000) })).toThrow(/too long/);
    expect(() => new OutlookAdapter(fake({ mode: "read", mailbox: "1.5" }).office).openAsNewDraft(copy)).toThrow(/cannot open a new email/);
    expect(downloadsWork("Mac")).toBe(false);
    expect(downloadsWork("OfficeOnline")).toBe(true);
  });

  it("copies in Outlook on the web, where navigator.clipboard rejects, by the older route", async () => {
    const owa = createFakeClipboard("owa");
    expect(await copyRedactedText({ ...owa, htmlItem: (h) => h }, "<p>Child A</p>", "Child A")).toBe("text");
    expect(owa.copied).toEqual(["Child A"]);
    const desktop = createFakeClipboard("desktop");
    expect(await copyRedactedText(desktop, "<p>Child A</p>", "Child A")).toBe("text");
    expect(desktop.copied).toEqual(["Child A"]);
    // Nothing can copy: the pane shows the text to copy by hand.
    expect(await copyRedactedText(createFakeClipboard("none"), "", "Child A")).toBe("none");
  });

  it("applies wording fixes into the subject too", async () => {
    const outlook = fake({ mode: "compose", subject: "Maisie refused to engage again", body: "<p>Hello</p>" });
    const adapter = new OutlookAdapter(outlook.office);
    const snap = await adapter.read();
    const { applyEdits: apply, planRedactions } = await import("../../../src/redact");
    const policy = withFixes({ name: "none", actions: {} }, ["judgemental"]);
    const edits = apply(snap.doc.text, planRedactions(snap.doc.text, analyser(snap.doc.text), policy)).applied;
    if (edits.length === 0) return; // no suggestion for this phrase in the lexicon: nothing to apply
    const result = await adapter.applyEdits(snap, edits);
    expect(result.subjectChanged).toBe(true);
    expect(outlook.state.subject).not.toContain("refused to engage");
    expect(outlook.calls).toContain("subject.setAsync");
  });

  it("a plain-text draft is edited as text", async () => {
    const outlook = fake({ mode: "compose", subject: "Contact", body: "Tobias (9) can come.\nRing 07700 900733.", bodyType: "text" });
    const adapter = new OutlookAdapter(outlook.office);
    const snap = await adapter.read();
    expect(snap.bodyType).toBe("text");
    const { applyEdits: apply, planRedactions } = await import("../../../src/redact");
    await adapter.applyEdits(snap, apply(snap.doc.text, planRedactions(snap.doc.text, analyser(snap.doc.text), PSEUDONYM_POLICY)).applied);
    expect(outlook.calls).toContain("body.setAsync:text");
    expect(outlook.state.body).toBe("Child A (9) can come.\nRing [phone number].");
  });

  it("refuses when the draft changed since it was checked", async () => {
    const outlook = fake({ mode: "compose" });
    const adapter = new OutlookAdapter(outlook.office);
    const snap = await adapter.read();
    outlook.state.body += "<p>one more line</p>";
    await expect(adapter.applyEdits(snap, [{ start: 0, end: 2, replacement: "x" }])).rejects.toMatchObject({
      kind: "stale",
      message: expect.stringMatching(/changed since it was checked/),
    });
  });

  it("a failed setAsync is reported", async () => {
    const outlook = fake({ mode: "compose", failures: { "body.setAsync": OFFICE_ERRORS.noPermission } });
    const adapter = new OutlookAdapter(outlook.office);
    const snap = await adapter.read();
    await expect(adapter.applyEdits(snap, [{ start: snap.doc.bodyOffset, end: snap.doc.bodyOffset + 2, replacement: "Hello" }])).rejects.toMatchObject({
      kind: "failed",
      operation: "change the body",
    });
  });

  it("keeps the case with the draft for the check on Send (Mailbox 1.11)", async () => {
    const outlook = fake({ mode: "compose" });
    expect(await new OutlookAdapter(outlook.office).shareCase(SAMPLE_CASE)).toBe(true);
    // Only the subject child's own details: never the other children's names.
    expect(JSON.parse(outlook.state.sessionData.get(SESSION_CASE_KEY)!)).toEqual({ subject: SAMPLE_CASE.subject });
    const old = fake({ mode: "compose", mailbox: "1.8" });
    expect(await new OutlookAdapter(old.office).shareCase(SAMPLE_CASE)).toBe(false);
  });
});

describe("capabilities: what the pane says is unavailable", () => {
  it.each([
    ["1.14", "compose", []],
    ["1.12", "compose", []],
    ["1.8", "compose", [/cannot pass the child's name|Mailbox 1.12/]],
    ["1.1", "compose", [/Mailbox 1.3/, /Mailbox 1.12/]],
    ["1.1", "read", [/Mailbox 1.3/]],
  ] as const)("Mailbox %s, %s mode", (mailbox, mode, expected) => {
    const caps = new OutlookAdapter(fake({ mailbox, mode }).office).capabilities();
    expect(caps.unavailable).toHaveLength(expected.length);
    expected.forEach((re, i) => expect(caps.unavailable[i]).toMatch(re));
  });

  it("on an old client the subject is still checked", async () => {
    const snap = await new OutlookAdapter(fake({ mailbox: "1.1" }).office).read();
    expect(snap.body).toBe("");
    expect(snap.doc.text.trim()).toBe(SAMPLE_SUBJECT);
  });
});

describe("OutlookHostAdapter: the shared HostAdapter over an email", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { OutlookHostAdapter } = require("../../../src/hosts/outlook/host-adapter") as typeof import("../../../src/hosts/outlook/host-adapter");

  it("reads the email as a subject segment and a body segment", async () => {
    const host = new OutlookHostAdapter(fake({ mode: "compose" }).office);
    const snap = await host.read();
    expect(snap.segments.map((s) => s.location.part)).toEqual(["property", "body"]);
    expect(snap.text.slice(snap.segments[1].start, snap.segments[1].start + 8)).toBe(snap.segments[1].text.slice(0, 8));
    expect(host.capabilities).toMatchObject({ canEdit: true, canSelect: false, settings: true });
  });

  it("names the parts as Outlook shows them: the subject line, the draft or the email (not a document property or a paragraph)", async () => {
    const compose = await new OutlookHostAdapter(fake({ mode: "compose" }).office).read();
    expect(compose.segments.map((s) => describeLocation(s.location))).toEqual(["the subject line", "the draft"]);
    const read = await new OutlookHostAdapter(fake({ mode: "read" }).office).read();
    expect(read.segments.map((s) => describeLocation(s.location))).toEqual(["the subject line", "the email"]);
  });

  it("applies edits of the combined text into the HTML draft", async () => {
    const outlook = fake({ mode: "compose" });
    const host = new OutlookHostAdapter(outlook.office);
    const snap = await host.read();
    const start = snap.text.indexOf("Tobias (9)");
    expect(await host.apply(snap, [{ start, end: start + 6, replacement: "Child A" }])).toMatchObject({ applied: 1, skipped: [] });
    expect(outlook.state.body).toContain("<b>Contact:</b> Child A (9)");
  });

  it("a snapshot it did not make is stale; select is unsupported; the subject round-trips", async () => {
    const outlook = fake({ mode: "compose" });
    const host = new OutlookHostAdapter(outlook.office);
    await expect(host.apply({ text: "", segments: [], tracking: { mode: null, pending: null }, notRead: [], syncs: 0 }, [])).rejects.toMatchObject({ kind: "stale" });
    await expect(host.select()).rejects.toMatchObject({ kind: "unsupported" });
    expect(await host.readSubject()).toBeNull();
    await host.writeSubject({ name: " Maisie Oyelaran ", aliases: ["Mais"], pronouns: "she/her" });
    expect(await host.readSubject()).toEqual({ name: "Maisie Oyelaran", aliases: ["Mais"], pronouns: "she/her" });
  });

  it("in read mode nothing is editable", async () => {
    const host = new OutlookHostAdapter(fake().office);
    const snap = await host.read();
    expect(snap.segments.every((s) => !s.editable)).toBe(true);
    expect(host.capabilities.canEdit).toBe(false);
  });
});
