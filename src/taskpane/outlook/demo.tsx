// The Outlook pane in a plain browser over the fake Mailbox API and a sample email thread, for the
// end-to-end test and for trying the pane without Outlook. ?mode=compose|read, ?mailbox=1.12.
// ?platform=Mac plays Outlook on Mac (no downloads); ?clipboard=owa|desktop|none plays each client's clipboard.
// The fake is exposed as window.clearRecordFake so the test can look at the draft after a change.
import { createFakeClipboard, createFakeOutlook, type FakeFailure } from "../../hosts/fake/outlook/fake-mailbox";
import { SAMPLE_CC, SAMPLE_DATE, SAMPLE_FROM, SAMPLE_HTML, SAMPLE_SUBJECT, SAMPLE_TO, sampleWithBareFrom } from "../../hosts/fake/outlook/sample-thread";
import { OutlookHostAdapter } from "../../hosts/outlook/host-adapter";
import { onMessageSend } from "../../hosts/outlook/on-send";
import { OutlookApp, renderPane } from "./OutlookApp";

const params = new URLSearchParams(location.search);
// For the end-to-end test: Mailbox calls it makes fail mid-session (method name → failure), as window.clearRecordFailures.
const failures: Record<string, FakeFailure> = {};
const mode = params.get("mode") === "compose" ? "compose" : "read";
const fake = createFakeOutlook({
  mode,
  subject: SAMPLE_SUBJECT,
  // ?from=bare: the quoted message's From line is "a@b.org [mailto:a@b.org]", as desktop Outlook quotes it.
  body: params.get("from") === "bare" ? sampleWithBareFrom() : SAMPLE_HTML,
  from: SAMPLE_FROM,
  to: SAMPLE_TO,
  cc: SAMPLE_CC,
  date: SAMPLE_DATE,
  mailbox: params.get("mailbox") ?? "1.14",
  ...(params.get("platform") ? { platform: params.get("platform")! } : {}),
  failures,
});
const clipboardKind = params.get("clipboard");
const clipboard = clipboardKind === "owa" || clipboardKind === "desktop" || clipboardKind === "none" ? createFakeClipboard(clipboardKind) : undefined;
// The check on Send, as the on-send bundle registers it (the test presses Send with fake.send()).
fake.office.actions?.associate("onMessageSendHandler", (event) => void onMessageSend(event, fake.office));
(window as unknown as { clearRecordFake: typeof fake }).clearRecordFake = fake;
(window as unknown as { clearRecordFailures: typeof failures }).clearRecordFailures = failures;
(window as unknown as { clearRecordClipboard?: typeof clipboard }).clearRecordClipboard = clipboard;

renderPane(<OutlookApp host={new OutlookHostAdapter(fake.office)} {...(clipboard ? { clipboard } : {})} />);
