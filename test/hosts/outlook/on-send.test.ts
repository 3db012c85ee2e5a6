import { createFakeOutlook, OFFICE_ERRORS, type FakeOutlookOptions } from "../../../src/hosts/fake/outlook/fake-mailbox";
import { SAMPLE_CASE, SAMPLE_CC, SAMPLE_HTML, SAMPLE_SUBJECT, SAMPLE_TO, longThread } from "../../../src/hosts/fake/outlook/sample-thread";
import { onMessageSend, SESSION_CASE_KEY, SESSION_WARNED_KEY, type SendOutcome, type OnSendOptions } from "../../../src/hosts/outlook/on-send";
import { checkForSend } from "../../../src/hosts/outlook/send-check";
import { DEFAULT_SETTINGS, filingRecipients, readSettings, type OutlookSettings } from "../../../src/hosts/outlook/settings";
import { htmlToText } from "../../../src/hosts/outlook/html-text";
import { expectLinearWork, scanWork } from "../../helpers/scaling";

const settings = (over: Partial<OutlookSettings> = {}): OutlookSettings => ({ ...DEFAULT_SETTINGS, ...over });

/** A compose item, the handler associated as in the bundle, and Send pressed. */
async function pressSend(fake: Partial<FakeOutlookOptions>, opts: OnSendOptions & { withCase?: boolean } = {}) {
  const outlook = createFakeOutlook({ mode: "compose", subject: SAMPLE_SUBJECT, body: SAMPLE_HTML, to: SAMPLE_TO, cc: SAMPLE_CC, ...fake });
  if (opts.withCase !== false) outlook.state.sessionData.set(SESSION_CASE_KEY, JSON.stringify({ subject: SAMPLE_CASE.subject })); // as the pane keeps it
  let outcome: SendOutcome | undefined;
  outlook.office.actions!.associate("onMessageSendHandler", (event) => {
    void onMessageSend(event, outlook.office, { settings: settings(), ...opts, onOutcome: (o) => (outcome = o) });
  });
  const result = await outlook.send();
  return { outlook, result, outcome: outcome! };
}

describe("checkForSend", () => {
  const text = htmlToText(SAMPLE_HTML).text;
  const input = { subject: SAMPLE_SUBJECT, bodyText: text, recipients: ["nasreen.qureshi@example.org"], sender: "declan.foyle@example.org", profile: SAMPLE_CASE };

  it("warns when other children or stray details remain, in one sentence", () => {
    const v = checkForSend(input, settings(), { canPromptUser: true });
    expect(v.action).toBe("warn");
    expect(v.children).toBeGreaterThanOrEqual(2);
    expect(v.identifiers).toBeGreaterThanOrEqual(2); // the NI number and the mum's phone number
    expect(v.message).toMatch(/^This email names \d+ other children and has \d+ personal details/);
    expect(v.message!.split(/[.!?](\s|$)/).filter((s) => s && s.trim()).length).toBe(1);
    expect(v.message).toContain("Send Anyway");
    expect(v.message!.length).toBeLessThan(500);
  });

  it("does not count the thread's header addresses or the signature's phone number", () => {
    const v = checkForSend(
      {
        ...input,
        bodyText:
          "Hi,\nSee below.\nKind regards,\nDeclan\nTel: 01632 960275\n\nFrom: Nasreen Qureshi <nasreen.qureshi@example.org>\nSent: 20 October 2025\nTo: Declan <declan.foyle@example.org>\nSubject: hi\n\nThanks.",
      },
      settings(),
    );
    expect(v.identifiers).toBe(0);
    expect(v.action).toBe("allow");
  });

  it("allows a clean email", () => {
    expect(checkForSend({ ...input, subject: "Review", bodyText: "Maisie enjoyed the review and chose the snacks." }, settings()).action).toBe("allow");
  });

  it("mode off allows everything, hard blocks", () => {
    expect(checkForSend(input, settings({ sendCheck: "off" })).action).toBe("allow");
    const hard = checkForSend(input, settings({ sendCheck: "hard" }));
    expect(hard.action).toBe("block");
    expect(hard.message).toMatch(/remove them before sending/);
  });

  it("is stricter for a filing address: judgemental wording counts and a soft check blocks", () => {
    const filing = settings({ filingAddresses: ["records@council.example.gov.uk"] });
    const v = checkForSend({ ...input, recipients: ["Records@Council.example.gov.uk"] }, filing);
    expect(v.strict).toBe(true);
    expect(v.action).toBe("block");
    expect(v.judgemental).toBeGreaterThanOrEqual(2); // putting herself at risk, refused to engage
    expect(v.message).toContain("records@council.example.gov.uk");
    // The same email to someone else is only a warning, and wording is not counted.
    const normal = checkForSend(input, filing);
    expect(normal.strict).toBe(false);
    expect(normal.judgemental).toBe(0);
    expect(normal.action).toBe("warn");
  });

  it("judgemental wording alone blocks only when filing", () => {
    const body = "Maisie was attention seeking at school today.";
    const filing = settings({ filingAddresses: ["@court.example.gov.uk"] });
    expect(checkForSend({ ...input, subject: "x", bodyText: body }, filing).action).toBe("allow");
    expect(checkForSend({ ...input, subject: "x", bodyText: body, recipients: ["clerk@court.example.gov.uk"] }, filing).action).toBe("block");
  });

  it("filing without a case asks who the email is about; other mail without a case checks identifiers only", () => {
    const filing = settings({ filingAddresses: ["records@council.example.gov.uk"] });
    const noCase = checkForSend({ ...input, profile: undefined, subject: "x", bodyText: "All fine.", recipients: ["records@council.example.gov.uk"] }, filing);
    expect(noCase.action).toBe("block");
    expect(noCase.message).toMatch(/say which child it is about/);
    const relaxed = checkForSend(
      { ...input, profile: undefined, subject: "x", bodyText: "All fine.", recipients: ["records@council.example.gov.uk"] },
      { ...filing, requireCaseForFiling: false },
    );
    expect(relaxed.action).toBe("allow");
    const other = checkForSend({ ...input, profile: undefined }, settings());
    expect(other.children).toBe(0);
    expect(other.noCase).toBe(true);
  });

  it("settings are read defensively", () => {
    expect(readSettings({ sendCheck: "nuclear", filingAddresses: ["A@B.C", 7, "nope"], timeoutMs: -1 })).toEqual({ ...DEFAULT_SETTINGS, filingAddresses: ["a@b.c"] });
    expect(readSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(filingRecipients(["x@court.gov.uk", "y@other.uk"], { filingAddresses: ["@court.gov.uk"] })).toEqual(["x@court.gov.uk"]);
  });

  // The time itself (aim: under 300 ms for 5,000 words) is measured by npm run bench:send.
  it("checks a 5,000-word thread, with work linear in its length", () => {
    const html = longThread(5000);
    const v = checkForSend({ ...input, bodyText: htmlToText(html, { map: false }).text }, settings());
    expect(v.words).toBeGreaterThan(5000);
    // Counted, not timed (scanWork: characters read by the check's patterns and string scans), the text built outside the count.
    const work = (words: number) => {
      const bodyText = htmlToText(longThread(words), { map: false }).text;
      return scanWork(() => checkForSend({ ...input, bodyText }, settings()));
    };
    const { small, large } = expectLinearWork(work, 2500);
    expect(large / small).toBeGreaterThan(1.5);
  });
});

describe("onMessageSend: completes the event on every path", () => {
  it("findings on a Mailbox 1.14 client: Send Anyway (promptUser), and the cancel button is named in the message and opens the pane", async () => {
    const { result, outcome } = await pressSend({});
    expect(result.calls).toBe(1);
    expect(result.violations).toEqual([]);
    expect(result.completed).toMatchObject({ allowEvent: false, sendModeOverride: "promptUser", cancelLabel: "Open Clear Record", commandId: "ClearRecord.ComposeButton" });
    expect(result.completed!.errorMessage).toMatch(/other child/);
    expect(result.completed!.errorMessage).not.toMatch(/Don't Send/);
    expect(result.dialog!.buttons).toEqual(["Send Anyway", "Open Clear Record"]);
    expect(result.dialog!.press("Open Clear Record")).toEqual({ sent: false, opened: "ClearRecord.ComposeButton" });
    expect(result.dialog!.press("Send Anyway")).toEqual({ sent: true });
    expect(outcome.path).toBe("warned");
  });

  it("the fake dialog catches a message naming a button the client does not show", async () => {
    const outlook = createFakeOutlook({ mode: "compose", mailbox: "1.14" });
    outlook.handlers.set("onMessageSendHandler", (e) => e.completed({ allowEvent: false, errorMessage: "Choose Don't Send to review.", cancelLabel: "Review", commandId: "x" }));
    const result = await outlook.send();
    expect(result.violations).toEqual(['the message names "Don\'t Send", which this dialog does not show', "the message does not name the cancel button"]);
  });

  it("findings on a Mailbox 1.12 client: warns once, the same email sent again goes", async () => {
    const first = await pressSend({ mailbox: "1.12" });
    expect(first.result.violations).toEqual([]);
    expect(first.result.completed).toEqual({ allowEvent: false, errorMessage: expect.stringMatching(/choose Don't Send and open Clear Record.*select Send again/) });
    // Before Mailbox 1.14 the only button is Don't Send, and it opens nothing.
    expect(first.result.dialog!.buttons).toEqual(["Don't Send"]);
    expect(first.result.dialog!.press("Don't Send")).toEqual({ sent: false });
    expect(first.outlook.state.sessionData.get(SESSION_WARNED_KEY)).toBe(first.outcome.verdict!.digest);
    // Send again on the same draft.
    let outcome: SendOutcome | undefined;
    first.outlook.handlers.set("onMessageSendHandler", (e) => void onMessageSend(e, first.outlook.office, { settings: settings(), onOutcome: (o) => (outcome = o) }));
    const second = await first.outlook.send();
    expect(second.completed).toEqual({ allowEvent: true });
    expect(outcome!.path).toBe("warned-before");
  });

  it("a changed email is checked again", async () => {
    const first = await pressSend({ mailbox: "1.12" });
    first.outlook.state.body = first.outlook.state.body.replace("Tobias (9)", "Tobias (9) and Leo (4)");
    first.outlook.handlers.set("onMessageSendHandler", (e) => void onMessageSend(e, first.outlook.office, { settings: settings() }));
    expect((await first.outlook.send()).completed?.allowEvent).toBe(false);
  });

  it("a clean email is allowed", async () => {
    const { result, outcome } = await pressSend({ subject: "Review", body: "<p>Maisie chose the snacks for her review.</p>" });
    expect(result).toMatchObject({ calls: 1, completed: { allowEvent: true }, violations: [] });
    expect(outcome.path).toBe("allowed");
  });

  it("hard mode blocks without Send Anyway", async () => {
    const { result } = await pressSend({}, { settings: settings({ sendCheck: "hard" }) });
    expect(result.completed?.allowEvent).toBe(false);
    expect(result.completed?.sendModeOverride).toBeUndefined();
    expect(result.violations).toEqual([]);
  });

  it("a filing recipient blocks even in soft mode", async () => {
    const { result, outcome } = await pressSend(
      { to: [{ emailAddress: "records@council.example.gov.uk" }] },
      { settings: settings({ filingAddresses: ["records@council.example.gov.uk"] }) },
    );
    expect(result.completed?.allowEvent).toBe(false);
    expect(result.completed?.sendModeOverride).toBeUndefined();
    expect(outcome.verdict?.strict).toBe(true);
  });

  it("mode off completes at once", async () => {
    const { result, outcome, outlook } = await pressSend({}, { settings: settings({ sendCheck: "off" }) });
    expect(result.completed).toEqual({ allowEvent: true });
    expect(outcome.path).toBe("off");
    expect(outlook.calls).toEqual([]);
  });

  it("the body cannot be read (asyncResult failed): allowed, never blocked by the checker", async () => {
    const { result, outcome } = await pressSend({ failures: { "body.getAsync": OFFICE_ERRORS.internal } });
    expect(result).toMatchObject({ calls: 1, completed: { allowEvent: true } });
    expect(outcome.path).toBe("error");
  });

  it("a method that throws: allowed", async () => {
    const { result, outcome } = await pressSend({ failures: { "body.getAsync": { how: "throw", message: "boom" } } });
    expect(result.completed).toEqual({ allowEvent: true });
    expect(outcome.path).toBe("error");
  });

  it("the engine throws: allowed", async () => {
    const { result, outcome } = await pressSend(
      {},
      {
        analyse: () => {
          throw new Error("engine bug");
        },
      },
    );
    expect(result.completed).toEqual({ allowEvent: true });
    expect(outcome).toMatchObject({ path: "error", error: "engine bug" });
  });

  it("Office never calls back: the time limit allows the email", async () => {
    const { result, outcome } = await pressSend({ failures: { "body.getAsync": { how: "hang" } } }, { settings: settings({ timeoutMs: 50 }) });
    expect(result).toMatchObject({ calls: 1, completed: { allowEvent: true } });
    expect(outcome.path).toBe("timeout");
  });

  it("a slow client past the time limit: completed once, by the time limit", async () => {
    const { result, outcome } = await pressSend({ latencyMs: 80 }, { settings: settings({ timeoutMs: 20 }) });
    await new Promise((r) => setTimeout(r, 150));
    expect(result.calls).toBe(1);
    expect(outcome.path).toBe("timeout");
  });

  it("optional data missing (no case, no Cc, no session data) still checks", async () => {
    const { result } = await pressSend({ failures: { "cc.getAsync": OFFICE_ERRORS.generic, "sessionData.getAsync": OFFICE_ERRORS.generic } });
    expect(result.calls).toBe(1);
    expect(result.completed?.allowEvent).toBe(false); // identifiers remain even without the case
  });

  it("read mode or no item: allowed", async () => {
    const fake = createFakeOutlook({ mode: "read", subject: "x", body: "<p>x</p>" });
    const completed: unknown[] = [];
    await onMessageSend({ completed: (o) => completed.push(o) }, fake.office, { settings: settings() });
    await onMessageSend({ completed: (o) => completed.push(o) }, undefined, { settings: settings() });
    expect(completed).toEqual([{ allowEvent: true }, { allowEvent: true }]);
  });

  it("completed throwing does not escape", async () => {
    const fake = createFakeOutlook({ mode: "compose", subject: "x", body: "<p>x</p>" });
    await expect(
      onMessageSend(
        {
          completed: () => {
            throw new Error("gone");
          },
        },
        fake.office,
        { settings: settings() },
      ),
    ).resolves.toBeUndefined();
  });
});
