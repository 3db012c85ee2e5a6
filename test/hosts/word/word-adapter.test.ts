import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../../src/engine";
import type { CaseProfile } from "../../../src/engine";
import { planRedactions, PSEUDONYM_POLICY } from "../../../src/redact";
import { HostError, buildSnapshot, describeLocation, redactionBlocker, segmentAt, splitEdit, type HostEdit, type Segment, type SegmentLocation } from "../../../src/hosts/host";
import { FakeWord, NOTE_MARK, deletion, emptyModel, field, type FakeDocumentModel } from "../../../src/hosts/fake/word/fake-word";
import { courtReportModel, largeModel } from "../../../src/hosts/fake/word/sample-document";
import { WordAdapter, SETTINGS_KEY, queueLocate, occurrenceIndex } from "../../../src/hosts/word/word-adapter";
import type { Paragraph, Range, RequestContext } from "../../../src/hosts/word/word-types";

const root = join(__dirname, "..", "..", "..");
const REPORT = readFileSync(join(root, "samples", "court-report.txt"), "utf8");
const PROFILE = JSON.parse(readFileSync(join(root, "samples", "profile.json"), "utf8")) as CaseProfile;

function setup(model: FakeDocumentModel, version = "1.6", options: ConstructorParameters<typeof FakeWord>[2] = { desktop: "1.2" }) {
  const word = new FakeWord(model, version, options);
  const adapter = new WordAdapter({ word, requirements: word.requirements });
  return { word, adapter };
}

/** A snapshot's text and segments from parts, as an adapter's read builds them. */
function buildSnapshotFor(parts: { location: SegmentLocation; text: string; partKey: string }[]) {
  return buildSnapshot(parts, { tracking: { mode: "off", pending: 0 }, notRead: [], syncs: 0 });
}

function model(body: string[], over: Partial<FakeDocumentModel> = {}): FakeDocumentModel {
  return { ...emptyModel(), body, ...over };
}

/** Finds [start, end) of a paragraph as apply does (search, sync, read back) and acts on it. */
async function locate(context: RequestContext, paragraph: Paragraph, text: string, start: number, end: number, act: (r: Range) => void) {
  const resolve = queueLocate(paragraph, text, start, end);
  await context.sync();
  const range = resolve();
  if (typeof range === "string") throw new Error(range);
  act(range);
  await context.sync();
}

/** Plans every edit the default policy makes on a snapshot's text. */
function redactAll(text: string): HostEdit[] {
  return planRedactions(text, analyse(text, PROFILE), PSEUDONYM_POLICY).map((e) => ({ start: e.start, end: e.end, replacement: e.replacement, category: e.category }));
}

describe("fake Word keeps Office.js semantics", () => {
  it("throws PropertyNotLoaded for a property read before load and sync", async () => {
    const word = new FakeWord(model(["One."]));
    await word.run(async (context) => {
      const paras = context.document.body.paragraphs;
      expect(() => paras.items).toThrow(/not available/);
      paras.load("items/text");
      expect(() => paras.items).toThrow(/not available/);
      await context.sync();
      expect(paras.items[0].text).toBe("One.");
    });
  });

  it("refuses a proxy used outside its Word.run", async () => {
    const word = new FakeWord(model(["One."]));
    const paras = await word.run(async (context) => {
      const p = context.document.body.paragraphs.load("items/text");
      await context.sync();
      return p;
    });
    expect(() => paras.items).toThrow(/outside the Word.run/);
  });

  it("counts syncs and throws ApiNotFound for members newer than the requirement set", async () => {
    const word = new FakeWord(model(["One."]), "1.3");
    await word.run(async (context) => {
      expect(() => context.document.body.footnotes).toThrow(/WordApi 1.5/);
      await context.sync();
      await context.sync();
    });
    expect(word.syncs).toBe(2);
  });
});

describe("occurrenceIndex and locate", () => {
  it.each([
    ["Tyler and Tyler", "Tyler", 10, 1],
    ["Tyler and Tyler", "Tyler", 0, 0],
    ["aaaa", "aa", 2, 1],
    ["aaaa", "aa", 1, -1],
  ])("in %j, %j at %i is occurrence %i", (hay, needle, at, k) => {
    expect(occurrenceIndex(hay, needle, at)).toBe(k);
  });

  it("replaces the occurrence the offsets point at, not the first that looks the same", async () => {
    const { word } = setup(model(["Tyler saw Tyler's friend Tyler."]));
    const text = "Tyler saw Tyler's friend Tyler.";
    await word.run(async (context) => {
      const paras = context.document.body.paragraphs.load("items/text");
      await context.sync();
      await locate(context, paras.items[0], text, 10, 15, (r) => r.insertText("Child A", "Replace"));
    });
    expect(word.model.body[0]).toBe("Tyler saw Child A's friend Tyler.");
  });

  it("finds spans longer than Word's 255-character search limit by their two ends", async () => {
    const long = `Start ${"word ".repeat(80)}end. Kept.`;
    const { word } = setup(model([long]));
    await word.run(async (context) => {
      const paras = context.document.body.paragraphs.load("items/text");
      await context.sync();
      await locate(context, paras.items[0], long, 0, long.indexOf(" Kept."), (r) => r.delete());
    });
    expect(word.model.body[0]).toBe(" Kept.");
  });

  it("escapes Word's ^ search codes", async () => {
    const text = "Score ^2 then ^2 again";
    const { word } = setup(model([text]));
    await word.run(async (context) => {
      const paras = context.document.body.paragraphs.load("items/text");
      await context.sync();
      await locate(context, paras.items[0], text, text.lastIndexOf("^2"), text.lastIndexOf("^2") + 2, (r) => r.insertText("[x]", "Replace"));
    });
    expect(word.model.body[0]).toBe("Score ^2 then [x] again");
  });
});

describe("WordAdapter.read", () => {
  it("reads body, headers, footers, notes, comments, replies and properties in 2 syncs", async () => {
    const { word, adapter } = setup(courtReportModel(REPORT));
    const snap = await adapter.read();
    expect(snap.syncs).toBe(2);
    expect(word.syncs).toBe(2);
    const parts = new Set(snap.segments.map((s) => s.location.part));
    expect([...parts].sort()).toEqual(["body", "comment", "comment-reply", "endnote", "footer", "footnote", "header", "property"]);
    expect(snap.tracking).toEqual({ mode: "off", pending: 0 });
    expect(snap.notRead).toEqual([]);
    for (const s of snap.segments) expect(snap.text.slice(s.start, s.start + s.text.length)).toBe(s.text);
    expect(segmentAt(snap.segments, snap.text.indexOf("Tobias Oyelaran's school"))!.location.part).toBe("footnote");
  });

  it("says which parts an older Word cannot read instead of failing", async () => {
    const { adapter } = setup(courtReportModel(REPORT), "1.3", {});
    const snap = await adapter.read();
    expect(snap.notRead.map((n) => n.part).sort()).toEqual(["comment", "footnote", "text-box"]);
    expect(snap.tracking.mode).toBeNull();
    expect(snap.segments.some((s) => s.location.part === "header")).toBe(true);
  });

  it("turns an Office failure into a HostError with one sentence", async () => {
    const word = new FakeWord(model(["x"]));
    word.run = () => Promise.reject(Object.assign(new Error("busy"), { code: "ActivityLimitReached" }));
    const adapter = new WordAdapter({ word, requirements: word.requirements });
    await expect(adapter.read()).rejects.toMatchObject({ name: "HostError", kind: "busy", message: expect.stringMatching(/too many requests/) });
  });
});

describe("WordAdapter.apply", () => {
  it("redacts every part of the sample report in 3 syncs, the saved body holds none of it, and a re-read finds nothing more", async () => {
    const { word, adapter } = setup(courtReportModel(REPORT));
    const snap = await adapter.read();
    const edits = redactAll(snap.text);
    expect(edits.length).toBeGreaterThan(10);
    word.resetSyncs();
    const result = await adapter.apply(snap, edits);
    expect(result.syncs).toBe(3);
    expect(word.syncs).toBe(3);
    expect(result.skipped).toEqual([]);
    expect(result.verification).toEqual({ scope: ["body", "headers and footers", "notes"], remaining: [] });
    const after = await adapter.read();
    expect(after.text).not.toMatch(/Tobias/);
    expect(after.text).not.toMatch(/07700 900418/);
    expect(word.model.footnotes[0][0]).not.toMatch(/Tobias/);
    expect(word.model.comments[0].content).not.toMatch(/Tobias/);
    expect(word.model.comments[0].replies[0]).not.toMatch(/07700/);
    expect(word.model.properties.subject).not.toMatch(/Tobias/);
    // The planner's own check: nothing left to redact.
    expect(redactAll(after.text)).toEqual([]);
  });

  it("keeps to 3 syncs for apply and under 3 for the read on a 200-page document", async () => {
    const { word, adapter } = setup(largeModel(REPORT, 200));
    const snap = await adapter.read();
    expect(snap.syncs).toBeLessThanOrEqual(3);
    expect(word.model.body.length).toBeGreaterThan(1000);
    const edits = redactAll(snap.text);
    word.resetSyncs();
    const result = await adapter.apply(snap, edits);
    expect(word.syncs).toBe(3);
    expect(result.applied).toBe(edits.length);
    expect((await adapter.read()).text).not.toMatch(/Tobias/);
  });

  it("refuses to edit a document that changed since it was read", async () => {
    const { word, adapter } = setup(model(["Tyler is 7."]));
    const snap = await adapter.read();
    word.model.body[0] = "Tyler is now 8.";
    await expect(adapter.apply(snap, [{ start: 0, end: 5, replacement: "Child A" }])).rejects.toMatchObject({ kind: "stale" });
    expect(word.model.body[0]).toBe("Tyler is now 8.");
  });

  it("asks before editing with track changes on, and never changes the setting by itself", async () => {
    const { word, adapter } = setup(model(["Tyler is 7."], { changeTrackingMode: "TrackAll" }));
    const snap = await adapter.read();
    expect(snap.tracking.mode).toBe("trackAll");
    const edit = { start: 0, end: 5, replacement: "Child A" };
    await expect(adapter.apply(snap, [edit])).rejects.toBeInstanceOf(HostError);
    await expect(adapter.apply(snap, [edit])).rejects.toMatchObject({ kind: "tracking" });
    expect(word.model.body[0]).toBe("Tyler is 7.");
    expect(word.model.changeTrackingMode).toBe("TrackAll");
  });

  it("with tracking kept on, the original survives as a tracked deletion that the re-read finds", async () => {
    const { adapter } = setup(model(["Tyler is 7."], { changeTrackingMode: "TrackAll" }));
    const snap = await adapter.read();
    await adapter.apply(snap, [{ start: 0, end: 5, replacement: "Child A" }], { tracking: "keep" });
    const after = await adapter.read();
    const deletion = after.segments.find((s) => s.location.part === "tracked-deletion");
    expect(deletion?.text).toBe("Tyler");
    expect(deletion?.editable).toBe(false);
    await adapter.acceptAllTrackedChanges();
    expect((await adapter.read()).segments.some((s) => s.location.part === "tracked-deletion")).toBe(false);
  });

  it("with tracking suspended, edits leave no deletion and tracking is back on afterwards", async () => {
    const { word, adapter } = setup(model(["Tyler is 7."], { changeTrackingMode: "TrackAll" }));
    const snap = await adapter.read();
    const result = await adapter.apply(snap, [{ start: 0, end: 5, replacement: "Child A" }], { tracking: "suspend" });
    expect(result.syncs).toBe(3);
    expect(word.model.body[0]).toBe("Child A is 7.");
    expect(word.model.trackedChanges).toEqual([]);
    expect(word.model.changeTrackingMode).toBe("TrackAll");
  });

  it("splits an edit across a paragraph break into one piece per paragraph", async () => {
    const { word, adapter } = setup(model(["First Tyler.", "Tyler again."]));
    const snap = await adapter.read();
    const edit = { start: 6, end: snap.text.indexOf(" again"), replacement: "[removed]" };
    expect(splitEdit(snap.segments, edit)).toHaveLength(2);
    await adapter.apply(snap, [edit]);
    expect(word.model.body).toEqual(["First [removed]", " again."]);
  });
});

describe("splitEdit", () => {
  /** The plain walk over every segment that splitEdit replaced (the reference it must agree with). */
  function linearSplit(segments: readonly Segment[], edit: HostEdit) {
    const out: { segment: Segment; start: number; end: number; replacement: string }[] = [];
    let first = true;
    for (const s of segments) {
      const sEnd = s.start + s.text.length;
      if (sEnd < edit.start || s.start > edit.end) continue;
      const a = Math.max(edit.start, s.start) - s.start;
      const b = Math.min(edit.end, sEnd) - s.start;
      if (b < a || (a === b && !(first && edit.start === edit.end))) continue;
      out.push({ segment: s, start: a, end: b, replacement: first ? edit.replacement : "" });
      first = false;
    }
    return out;
  }

  it("agrees with a walk over every segment, for edits anywhere (empty paragraphs, gaps, insertions)", () => {
    let seed = 7;
    const random = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
    for (let round = 0; round < 50; round++) {
      const parts = Array.from({ length: 1 + random(30) }, (_, i) => ({
        location: { part: "body" as const, paragraph: i },
        text: "x".repeat(random(6)),
        partKey: random(4) === 0 ? `note:${i}` : "body",
      }));
      const { segments, text } = buildSnapshotFor(parts);
      for (let k = 0; k < 40; k++) {
        const start = random(text.length + 1);
        const edit = { start, end: start + random(12), replacement: "R" };
        expect(splitEdit(segments, edit)).toEqual(linearSplit(segments, edit));
      }
    }
  });

  it("finds its segment by binary search: a few dozen segment reads among 100,000 paragraphs", () => {
    const parts = Array.from({ length: 100_000 }, (_, i) => ({ location: { part: "body" as const, paragraph: i }, text: `Paragraph ${i}.`, partKey: "body" }));
    const { segments, text } = buildSnapshotFor(parts);
    let reads = 0;
    const counted = new Proxy(segments, {
      get(target, key, receiver) {
        if (typeof key === "string" && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver);
      },
    });
    const at = text.indexOf("Paragraph 73456.");
    const pieces = splitEdit(counted, { start: at, end: at + 16, replacement: "[removed]" });
    expect(pieces).toHaveLength(1);
    expect(pieces[0]).toMatchObject({ start: 0, end: 16, segment: { location: { paragraph: 73456 } } });
    expect(reads).toBeLessThan(40);
  });
});

describe("WordAdapter.select and settings", () => {
  it("selects exactly the finding's range", async () => {
    const { word, adapter } = setup(model(["Ann met Tyler.", "Tyler met Tyler."]));
    const snap = await adapter.read();
    const at = snap.text.lastIndexOf("Tyler");
    await adapter.select(snap, at, at + 5);
    expect(word.model.selection).toMatchObject({ story: "body", paragraph: 1, start: 10, end: 15, text: "Tyler" });
  });

  it("says where to look for text it cannot select", async () => {
    const { adapter } = setup(courtReportModel(REPORT));
    const snap = await adapter.read();
    const inComment = snap.text.indexOf("Check Tobias");
    await expect(adapter.select(snap, inComment, inComment + 5)).rejects.toMatchObject({ kind: "unsupported", message: expect.stringMatching(/comment/) });
  });

  it("keeps only the subject's details in the document settings", async () => {
    const { word, adapter } = setup(model(["x"]));
    expect(await adapter.readSubject()).toBeNull();
    const sneaky = { name: "Maisie Oyelaran", aliases: ["Mais"], pronouns: "she/her", otherChildren: ["Tobias Oyelaran"] } as never;
    await adapter.writeSubject(sneaky);
    expect(JSON.stringify(word.model.settings)).not.toMatch(/Tobias/);
    expect(word.model.settings[SETTINGS_KEY]).toEqual({ name: "Maisie Oyelaran", aliases: ["Mais"], pronouns: "she/her" });
    expect(await adapter.readSubject()).toEqual({ name: "Maisie Oyelaran", aliases: ["Mais"], pronouns: "she/her" });
  });
});

describe("real clients' differences (issue 11)", () => {
  const REDACT = { category: "other-child" as const };

  it("on WordApi 1.3 (tracking mode unknown) refuses a redaction until the worker confirms, then reports a deletion left in the saved body", async () => {
    // Tracking is on in the file, but this Word cannot say so.
    const { word, adapter } = setup(model(["Tyler is 7."], { changeTrackingMode: "TrackAll" }), "1.3", {});
    const snap = await adapter.read();
    expect(snap.tracking).toEqual({ mode: null, pending: null });
    const edit = { start: 0, end: 5, replacement: "Child A", ...REDACT };
    await expect(adapter.apply(snap, [edit])).rejects.toMatchObject({ kind: "tracking-unknown", message: expect.stringMatching(/Accept All Changes.*Track Changes off/) });
    expect(word.model.body[0]).toBe("Tyler is 7.");
    // The worker says it is off, but it is not: the saved body still holds the name as a deletion.
    const result = await adapter.apply(snap, [edit], { trackingConfirmedOff: true });
    expect(result.verification?.remaining).toEqual([{ edit, in: "body", as: "tracked deletion" }]);
    expect(JSON.stringify(result.verification)).not.toMatch(/Tyler/);
  });

  it("searches the saved headers too: a redaction kept as a tracked deletion there is reported", async () => {
    const { adapter } = setup(model(["Body."], { sections: [{ headers: { Primary: ["Re: Tyler Birch"] } }], changeTrackingMode: "TrackAll" }));
    const snap = await adapter.read();
    const at = snap.text.indexOf("Tyler Birch");
    const edit = { start: at, end: at + 11, replacement: "Child A", ...REDACT };
    const result = await adapter.apply(snap, [edit], { tracking: "keep" });
    expect(result.verification?.remaining).toEqual([{ edit, in: "headers and footers", as: "tracked deletion" }]);
  });

  it("reports a redacted string left in a field code", async () => {
    const { adapter } = setup(model([`Email ${field('HYPERLINK "mailto:tyler.b@example.org"', "tyler.b@example.org")} today.`]));
    const snap = await adapter.read();
    expect(snap.text).toBe("Email tyler.b@example.org today.");
    const at = snap.text.indexOf("tyler.b");
    const edit = { start: at, end: at + "tyler.b@example.org".length, replacement: "[email address]", category: "identifier" as const };
    const result = await adapter.apply(snap, [edit]);
    expect(result.applied).toBe(1);
    expect(result.verification?.remaining).toEqual([{ edit, in: "body", as: "field code" }]);
  });

  it("requires pending tracked changes to be accepted before redacting (web: deletions are in the paragraph text)", async () => {
    const body = [`Ann met ${deletion("Tyler ")}Sam.`];
    const web = setup(model([...body], { trackedChanges: [{ type: "Deleted", text: "Tyler " }] }), "1.6", { client: "web", desktop: undefined });
    const snap = await web.adapter.read();
    expect(snap.segments[0].text).toBe("Ann met Tyler Sam.");
    expect(snap.tracking.pending).toBe(1);
    const at = snap.text.indexOf("Tyler");
    await expect(web.adapter.apply(snap, [{ start: at, end: at + 5, replacement: "Child A", ...REDACT }])).rejects.toMatchObject({ kind: "pending-changes" });
    await web.adapter.acceptAllTrackedChanges();
    const after = await web.adapter.read();
    expect(after.text.startsWith("Ann met Sam.")).toBe(true);
    expect(after.tracking.pending).toBe(0);
  });

  it("on Mac, deleted text is empty: the deletion is counted and named as unread", async () => {
    const { adapter } = setup(model([`Ann met ${deletion("Tyler ")}Sam.`], { trackedChanges: [{ type: "Deleted", text: "Tyler " }] }), "1.6", { client: "mac", desktop: "1.2" });
    const snap = await adapter.read();
    expect(snap.text).not.toMatch(/Tyler/);
    expect(snap.tracking.pending).toBe(1);
    expect(snap.notRead).toEqual([{ part: "tracked-deletion", message: expect.stringMatching(/1 tracked deletion could not be read/) }]);
  });

  it("reads, redacts and accepts tracked changes in headers, footnotes and text boxes", async () => {
    const m = model(["Body."], {
      sections: [{ headers: { Primary: ["Header"] } }],
      footnotes: [["Note."]],
      trackedChanges: [
        { type: "Deleted", text: "Tyler", story: "headers:0:Primary" },
        { type: "Deleted", text: "Bella", story: "footnote:0" },
      ],
      shapes: [{ type: "Picture" }, { type: "TextBox", paras: ["Box about Tyler."] }],
    });
    m.sections[0].headers!.Primary = [`Header${deletion("Tyler")}`];
    m.footnotes[0] = [`Note.${deletion("Bella")}`];
    const { word, adapter } = setup(m);
    const snap = await adapter.read();
    expect(snap.tracking.pending).toBe(2);
    expect(snap.segments.filter((s) => s.location.part === "tracked-deletion").map((s) => s.text)).toEqual(["Tyler", "Bella"]);
    const box = snap.segments.find((s) => s.location.part === "text-box")!;
    expect(box).toMatchObject({ text: "Box about Tyler.", location: { item: 1, paragraph: 0 } });
    await adapter.acceptAllTrackedChanges();
    expect(word.model.trackedChanges).toEqual([]);
    expect(word.model.sections[0].headers!.Primary).toEqual(["Header"]);
    const clean = await adapter.read();
    const at = clean.text.indexOf("Tyler");
    const result = await adapter.apply(clean, [{ start: at, end: at + 5, replacement: "Child A", ...REDACT }]);
    expect(result.skipped).toEqual([]);
    expect(word.model.shapes![1].paras).toEqual(["Box about Child A."]);
    expect(result.verification).toEqual({ scope: ["body", "headers and footers", "notes", "text boxes"], remaining: [] });
  });

  it("skips and reports an edit Word's search sees differently, and writes nothing else", async () => {
    // Word's Find folds quotes: "Tyler's" also matches "Tyler’s". The add-in still picks the right one.
    const text = "Tyler’s bag and Tyler's coat.";
    const { word, adapter } = setup(model([text]));
    const snap = await adapter.read();
    const at = text.indexOf("Tyler's");
    const ok = await adapter.apply(snap, [{ start: at, end: at + 7, replacement: "Child A's" }]);
    expect(ok.skipped).toEqual([]);
    expect(word.model.body[0]).toBe("Tyler’s bag and Child A's coat.");
    // A span running into a field's result: Word's search cannot match across the field's edge.
    const withField = `Met Ty${field("MERGEFIELD first", "ler")} today.`;
    const second = setup(model([withField]));
    const s2 = await second.adapter.read();
    expect(s2.text).toBe("Met Tyler today.");
    const r2 = await second.adapter.apply(s2, [{ start: 4, end: 9, replacement: "Child A" }]);
    expect(r2.applied).toBe(0);
    expect(r2.skipped[0].reason).toMatch(/did not find this text/);
    expect(second.word.model.body[0]).toBe(withField);
  });

  it("splits an edit at a note reference mark and keeps the mark", async () => {
    const text = `Tyler${NOTE_MARK} said so.`;
    const { word, adapter } = setup(model([text]));
    const snap = await adapter.read();
    await adapter.apply(snap, [{ start: 0, end: 7, replacement: "Child A" }]);
    expect(word.model.body[0]).toBe(`Child A${NOTE_MARK}said so.`);
  });

  it("sizes long needles by their escaped length", async () => {
    const long = `${"^".repeat(200)} then Tyler and more ${"^".repeat(150)}.`;
    const { word, adapter } = setup(model([long]));
    const snap = await adapter.read();
    const result = await adapter.apply(snap, [{ start: 0, end: long.length - 1, replacement: "[removed]" }]);
    expect(result.skipped).toEqual([]);
    expect(word.model.body[0]).toBe("[removed].");
  });

  it("restores track changes when a suspended batch fails", async () => {
    const { word, adapter } = setup(model(["Tyler is 7."], { changeTrackingMode: "TrackAll" }));
    const snap = await adapter.read();
    word.failOn.edit = "GeneralException";
    await expect(adapter.apply(snap, [{ start: 0, end: 5, replacement: "Child A" }], { tracking: "suspend" })).rejects.toMatchObject({ kind: "failed" });
    expect(word.model.changeTrackingMode).toBe("TrackAll");
  });

  it.each([
    ["search", "SearchDialogIsOpen", /Find and Replace box is open/],
    ["search", "SearchStringInvalidOrTooLong", /could not search for this text/],
    ["edit", "NotAllowed", /does not allow add-ins to change this document/],
    ["edit", "ActivityLimitReached", /too many requests/],
  ] as const)("maps a %s failure with %s to a plain message", async (op, code, message) => {
    const { word, adapter } = setup(model(["Tyler is 7."]));
    const snap = await adapter.read();
    word.failOn[op] = code;
    await expect(adapter.apply(snap, [{ start: 0, end: 5, replacement: "Child A" }])).rejects.toMatchObject({ name: "HostError", code, message: expect.stringMatching(message) });
    expect(word.model.body[0]).toBe("Tyler is 7.");
  });

  it("a read-only document refuses edits with a plain message and loses nothing", async () => {
    const { word, adapter } = setup(model(["Tyler is 7."], { readOnly: true }));
    const snap = await adapter.read();
    await expect(adapter.apply(snap, [{ start: 0, end: 5, replacement: "Child A" }])).rejects.toMatchObject({ code: "AccessDenied", message: expect.stringMatching(/read-only/) });
    expect(word.model.body[0]).toBe("Tyler is 7.");
  });

  it.each(["windows", "mac"] as const)(
    "on %s, reads text boxes in headers and footers (a linked header's once), accepts their tracked changes and redacts them",
    async (client) => {
      const m = model(["Body."], {
        sections: [{ headers: { Primary: ["Statement"] } }, { headers: { Primary: ["Statement"] } }],
        shapes: [
          { type: "Picture", story: "headers:0:Primary" },
          // A header linked to the previous section's shows the same text box in both.
          { type: "TextBox", paras: [`School: Tyler Birch${deletion(" and Bella")}`], story: ["headers:0:Primary", "headers:1:Primary"], id: 41 },
          { type: "GeometricShape", paras: ["Tyler"], story: "footers:1:Primary", id: 42 },
          { type: "Group", story: "footers:0:Primary", id: 43 },
        ],
        trackedChanges: [{ type: "Deleted", text: " and Bella", story: "shape:1" }],
      });
      const { word, adapter } = setup(m, "1.6", { client, desktop: "1.2" });
      const snap = await adapter.read();
      // Text boxes in headers cost one more round trip, only in a document that has them.
      expect(snap.syncs).toBe(3);
      const boxes = snap.segments.filter((s) => s.location.part === "text-box");
      expect(boxes.map((b) => [b.text, b.location])).toEqual([
        ["School: Tyler Birch", { part: "text-box", item: 1, paragraph: 0, within: "header", section: 0, variant: "primary" }],
        ["Tyler", { part: "text-box", item: 0, paragraph: 0, within: "footer", section: 1, variant: "primary" }],
      ]);
      expect(describeLocation(boxes[0].location)).toBe("text box 2 in the header, section 1");
      // The group may hold text boxes the add-in cannot reach: it is named, not passed over.
      expect(snap.notRead).toEqual(
        client === "mac"
          ? [
              { part: "text-box", message: expect.stringMatching(/^1 grouped shape, drawing canvas or other object could not be read/) },
              { part: "tracked-deletion", message: expect.stringMatching(/1 tracked deletion could not be read/) },
            ]
          : [{ part: "text-box", message: expect.stringMatching(/^1 grouped shape/) }],
      );
      expect(snap.tracking.pending).toBe(1);
      if (client === "windows") expect(snap.segments.some((s) => s.location.part === "tracked-deletion" && s.text === " and Bella")).toBe(true);
      const first = snap.text.indexOf("Tyler");
      await expect(adapter.apply(snap, [{ start: first, end: first + 5, replacement: "Child A", category: "other-child" }])).rejects.toMatchObject({ kind: "pending-changes" });
      await adapter.acceptAllTrackedChanges();
      expect(word.model.trackedChanges).toEqual([]);
      expect(word.model.shapes![1].paras).toEqual(["School: Tyler Birch"]);

      const clean = await adapter.read();
      const at = clean.text.indexOf("Tyler Birch");
      const select = clean.text.lastIndexOf("Tyler");
      await adapter.select(clean, select, select + 5);
      expect(word.model.selection).toMatchObject({ story: "shape:2", text: "Tyler" });
      const result = await adapter.apply(clean, [
        { start: at, end: at + 11, replacement: "Child A", category: "other-child" },
        { start: select, end: select + 5, replacement: "Child A", category: "other-child" },
      ]);
      expect(result.skipped).toEqual([]);
      expect(word.model.shapes![1].paras).toEqual(["School: Child A"]);
      expect(word.model.shapes![2].paras).toEqual(["Child A"]);
      expect(result.verification).toEqual({ scope: ["body", "headers and footers", "text boxes"], remaining: [] });
      expect((await adapter.read()).text).not.toMatch(/Tyler/);
    },
  );

  it("outside Word on Windows and Mac, text boxes (body, headers and footers) are named as unread", async () => {
    const shapes: FakeDocumentModel["shapes"] = [
      { type: "TextBox", paras: ["Tyler"] },
      { type: "TextBox", paras: ["Bella"], story: "headers:0:Primary" },
    ];
    const { adapter } = setup(model(["x"], { shapes }), "1.6", { client: "web" });
    const snap = await adapter.read();
    expect(snap.text).not.toMatch(/Tyler|Bella/);
    expect(snap.syncs).toBe(2);
    expect(snap.notRead).toEqual([{ part: "text-box", message: expect.stringMatching(/Text boxes.*headers or footers/) }]);
  });

  it.each(["windows", "web", "mac"] as const)("redacts the sample report on the %s client with nothing left in the saved body", async (client) => {
    const { adapter } = setup(courtReportModel(REPORT), "1.6", { client, desktop: client === "web" ? undefined : "1.2" });
    const snap = await adapter.read();
    const result = await adapter.apply(snap, redactAll(snap.text));
    expect(result.skipped).toEqual([]);
    expect(result.verification?.remaining).toEqual([]);
    expect(redactAll((await adapter.read()).text)).toEqual([]);
  });
});

describe("redactionBlocker (what the pane asks before Redact)", () => {
  it("names pending changes, an unknown mode, or nothing", async () => {
    const pending = await setup(model([`a${deletion("b")}`], { trackedChanges: [{ type: "Deleted", text: "b" }] })).adapter.read();
    expect(redactionBlocker(pending)).toMatchObject({ kind: "pending-changes", message: expect.stringMatching(/1 tracked change not yet accepted/) });
    const old = await setup(model(["a"]), "1.3", {}).adapter.read();
    expect(redactionBlocker(old)?.kind).toBe("tracking-unknown");
    expect(redactionBlocker(old, { trackingConfirmedOff: true })).toBeNull();
    expect(redactionBlocker(await setup(model(["a"])).adapter.read())).toBeNull();
  });
});
