import { HostError, redactionBlocker, toHostError, type DocumentSnapshot, type Verification } from "../../../src/hosts/host";
import {
  consentWording,
  failureSentence,
  hostSentences,
  nothingFound,
  partlyReadSentence,
  quotedSentence,
  quotedSkips,
  readBackSentence,
  remainingLines,
  samePlan,
  scopeSentence,
} from "../../../src/taskpane/state/host-results";
import { FakeWord, emptyModel } from "../../../src/hosts/fake/word/fake-word";
import { WordAdapter } from "../../../src/hosts/word/word-adapter";
import { MailboxError } from "../../../src/hosts/outlook/async";

const snapshot: DocumentSnapshot = {
  text: "Child A was seen.\n\nFooter text",
  segments: [
    { location: { part: "body", paragraph: 0 }, start: 0, text: "Child A was seen.", editable: true },
    { location: { part: "footer", section: 0, variant: "primary" }, start: 19, text: "Footer text", editable: true },
  ],
  tracking: { mode: "off", pending: 0 },
  notRead: [],
  syncs: 1,
};

// Stop 40 (pane45): a failed click on a finding said only "Word could not finish; try again in a moment.", and a
// failed selection said "The text to change…" though nothing was being changed.
describe("failureSentence", () => {
  it("says what did not happen before Office's general sentence", () => {
    const busy = toHostError("select the text", { code: "GeneralException" });
    expect(failureSentence(busy)).toBe("Could not select the text. Word could not finish; try again in a moment.");
    expect(failureSentence(toHostError("change the document", { code: "GeneralException" }), "undo the last change")).toMatch(
      /^Could not undo the last change\. Word could not finish/,
    );
    const gone = toHostError("select the text", { code: "ItemNotFound" });
    expect(failureSentence(gone)).toMatch(/^Could not select the text\. The text was no longer where the check found it/);
    expect(failureSentence(gone)).not.toMatch(/to change/);
    // An Office error without a known code already says what could not be done.
    expect(failureSentence(toHostError("read the document", new Error("boom")))).toBe("Could not read the document; try again, and if it keeps failing close and reopen the pane.");
    expect(failureSentence(toHostError("read the document", { code: "SomethingNew" }))).toBe(
      "Could not read the document; try again, and if it keeps failing close and reopen the pane.",
    );
  });
  it("keeps the adapter's own sentence, which already says what and why", () => {
    const outlook = new MailboxError("failed", "read the body", "Outlook could not read the body (An error occurred.).", {
      name: "GenericResponseError",
      message: "An error occurred.",
      code: 9020,
    });
    expect(outlook.code).toBe("9020");
    expect(failureSentence(outlook)).toBe("Outlook could not read the body (An error occurred.).");
    expect(failureSentence(outlook, "undo the last change")).toBe(outlook.message);
    const own = new HostError("unsupported", "select the text", "This is in a comment: open Review > Show Comments to see it.");
    expect(failureSentence(own)).toBe("This is in a comment: open Review > Show Comments to see it.");
    expect(failureSentence(own, "undo the last change")).toBe(own.message);
  });
});

describe("consentWording", () => {
  it("asks to accept pending tracked changes, in plain words, keeping the adapter's count", () => {
    const blocker = redactionBlocker({ tracking: { mode: "trackAll", pending: 2 } })!;
    const w = consentWording(blocker);
    expect(blocker.kind).toBe("pending-changes");
    expect(w.body).toContain("2 tracked changes");
    expect(w.body).toMatch(/old wording .* redaction cannot reach/);
    expect(w.confirm).toMatch(/^Accept all changes/);
  });
  it("asks the worker to confirm tracking is off where Word cannot tell", () => {
    const blocker = redactionBlocker({ tracking: { mode: null, pending: null } })!;
    const w = consentWording(blocker);
    expect(blocker.kind).toBe("tracking-unknown");
    expect(w.body).toContain("Accept All Changes");
    expect(w.confirm).toMatch(/turned tracking off/);
  });
});

describe("verification in the result", () => {
  const verification: Verification = {
    scope: ["body", "headers and footers"],
    remaining: [
      { edit: { start: 0, end: 7, replacement: "Child A", category: "other-child" }, in: "body", as: "tracked deletion" },
      { edit: { start: 20, end: 26, replacement: "[phone number]", category: "identifier" }, in: "headers and footers", as: "field code" },
    ],
  };
  it("says where and as what each remaining item is, never the words redacted", () => {
    const lines = remainingLines(verification, { ...snapshot, text: "Kayla Mensah was seen." });
    expect(lines).toEqual([
      "In the body (paragraph 1): still there inside a tracked deletion.",
      "In the headers and footers (footer, section 1): still there inside a field code.",
    ]);
    expect(lines.join(" ")).not.toMatch(/Kayla|Child A|phone/);
  });
  it("names the parts searched, and says when the saved file was not searched", () => {
    expect(scopeSentence(verification)).toBe("The saved file was searched for every redacted piece of text: body and headers and footers.");
    expect(scopeSentence(undefined)).toMatch(/not verified/);
    // In Outlook there is no saved file: the sentence speaks of the draft.
    expect(scopeSentence(undefined, "outlook")).toBe("Outlook does not let the pane search the saved email, so the redaction is not verified: read the draft before sending it.");
    expect(scopeSentence({ scope: [], remaining: [] })).toMatch(/not verified/);
  });
  it("says Nothing found only when the saved file was searched, nothing remains and nothing was skipped", () => {
    const clean: Verification = { scope: ["body"], remaining: [] };
    expect(nothingFound({ remaining: [], trackedLeft: 0, skipped: [], verification: clean })).toBe(true);
    expect(nothingFound({ remaining: [], trackedLeft: 0, skipped: [] })).toBe(false);
    expect(nothingFound({ remaining: [], trackedLeft: 0, skipped: [], verification })).toBe(false);
    expect(nothingFound({ remaining: [], trackedLeft: 0, skipped: [{}], verification: clean })).toBe(false);
    expect(nothingFound({ remaining: [{}], trackedLeft: 0, skipped: [], verification: clean })).toBe(false);
    expect(nothingFound({ remaining: [], trackedLeft: 1, skipped: [], verification: clean })).toBe(false);
  });

  it("never says Nothing found when part of the document could not be read (Word on the web and text boxes)", async () => {
    const word = new FakeWord({ ...emptyModel(), body: ["Tyler is 7."], shapes: [{ type: "TextBox", paras: ["Tyler"] }] }, "1.6", { client: "web" });
    const adapter = new WordAdapter({ word, requirements: word.requirements });
    const snap = await adapter.read();
    const result = await adapter.apply(snap, [{ start: 0, end: 5, replacement: "Child A", category: "other-child" }]);
    const after = await adapter.read();
    const o = { remaining: [], trackedLeft: 0, skipped: result.skipped, verification: result.verification };
    expect(nothingFound(o)).toBe(true);
    expect(nothingFound({ ...o, notRead: after.notRead })).toBe(false);
    expect(partlyReadSentence(after.notRead)).toMatch(/^Nothing found in what was read again, but 1 part .* not verified there: check it by hand/);
  });
});

describe("Outlook compose results", () => {
  const quoted = {
    edit: { start: 200, end: 205, replacement: "Child A" },
    reason: "it is in an earlier message quoted below the draft: remove the quoted text, or file a redacted copy instead",
  };
  it("says what the read-back found", () => {
    expect(readBackSentence("same")).toMatch(/exactly as changed/);
    expect(readBackSentence("reformatted")).toMatch(/formatting/);
    expect(readBackSentence("changed")).toMatch(/read the draft/);
    expect(readBackSentence(undefined)).toBeUndefined();
  });
  it("says plainly when names stay in quoted earlier messages, and what to do", () => {
    expect(quotedSkips([quoted, { edit: quoted.edit, reason: "not found" }])).toBe(1);
    expect(quotedSentence(0)).toBeUndefined();
    expect(quotedSentence(2)).toMatch(/2 items are in earlier messages quoted.*Delete the quoted messages.*check on Send will warn/);
  });
  it("reports each host sentence once (the adapter's own warning stands for a changed read-back)", () => {
    const warning = "Outlook changed the draft's text while applying the changes: read the draft before sending it.";
    expect(hostSentences({ warnings: [warning], readBack: "changed", skipped: [] })).toEqual([warning]);
    expect(hostSentences({ readBack: "reformatted", skipped: [quoted] })).toEqual([readBackSentence("reformatted"), quotedSentence(1)]);
    expect(hostSentences({ skipped: [] })).toEqual([]);
  });
});

describe("samePlan", () => {
  it("matches the previewed changes after deleted text left the document (offsets moved)", () => {
    const before = "old Kayla met Leo.";
    const after = "Kayla met Leo.";
    expect(samePlan(before, [{ start: 14, end: 17, replacement: "Child A" }], after, [{ start: 10, end: 13, replacement: "Child A" }])).toBe(true);
  });
  it("refuses when the words or the replacements differ, or there are more or fewer", () => {
    const t = "Kayla met Leo and Sam.";
    expect(samePlan(t, [{ start: 10, end: 13, replacement: "Child A" }], t, [{ start: 18, end: 21, replacement: "Child A" }])).toBe(false);
    expect(samePlan(t, [{ start: 10, end: 13, replacement: "Child A" }], t, [{ start: 10, end: 13, replacement: "Child B" }])).toBe(false);
    expect(samePlan(t, [], t, [{ start: 10, end: 13, replacement: "Child A" }])).toBe(false);
  });
});
