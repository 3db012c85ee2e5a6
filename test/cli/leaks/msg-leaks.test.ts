// The .msg leak test: an invented other child planted in a real Outlook message (its subject, the
// sender's and a recipient's display names, the body, an attachment's file name), redacted with the
// child listed and not listed, then searched by this test's own decoder (helpers.ts), never the
// product's verifier. The message is planted by rewriting its UTF-16 strings in place with text of
// the same length, so the compound file stays exactly as Outlook wrote it.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import MsgReader from "@kenjiuno/msgreader";
import { main } from "../../../src/cli/main";
import { readBytes } from "../../../src/cli/readers";
import { leaks, sharedDir } from "./helpers";

const shared = sharedDir();
const FIXTURE = "poi-example_received_unicode.msg";
const NAME = "Tavi Quorl";
const needles = { letters: ["taviquorl", "quorl"], digits: [] as string[] };
const SUBJECT_LINE = "Maisie Oyelaran enjoyed the visit and showed me her drawings.";

/** Replaces every UTF-16 (and 8-bit) copy of `from` with `to`, cut or padded with spaces to the same length. */
function rewrite(bytes: Buffer, from: string, to: string): number {
  const fitted = (to + " ".repeat(from.length)).slice(0, from.length);
  let n = 0;
  for (const enc of ["utf16le", "latin1"] as const) {
    const a = Buffer.from(from, enc);
    const b = Buffer.from(fitted, enc);
    for (let at = bytes.indexOf(a); at >= 0; at = bytes.indexOf(a, at + b.length)) {
      b.copy(bytes, at);
      n++;
    }
  }
  return n;
}

function plantedMessage(): Buffer {
  const bytes = readFileSync(join(shared as string, "fixtures", "email", FIXTURE));
  const data = new MsgReader(bytes as unknown as ArrayBuffer).getFileData();
  // A stretch of the body stored in one piece (a compound file keeps a stream in 512-byte sectors).
  const body = data.body ?? "";
  let sentence = "";
  const plant = `${SUBJECT_LINE} Maisie played with her friend ${NAME}, aged 7, who goes to her school.`;
  for (let at = 0; at + plant.length <= body.length && !sentence; at++) {
    const candidate = body.slice(at, at + plant.length);
    if (bytes.indexOf(Buffer.from(candidate, "utf16le")) >= 0) sentence = candidate;
  }
  // The body first: the other fields' text may recur inside it.
  const planted = [
    rewrite(bytes, sentence, plant),
    rewrite(bytes, data.subject as string, `Visit: ${NAME} and Maisie`),
    rewrite(bytes, data.senderName as string, NAME),
    rewrite(bytes, (data.recipients ?? [])[0]?.name as string, NAME),
    rewrite(bytes, (data.attachments ?? [])[0]?.fileName as string, "Quorl001.gif"),
  ];
  // Every field really was planted (the fixture holds each one in UTF-16).
  expect(planted.every((n) => n > 0)).toBe(true);
  return bytes;
}

const d = shared ? describe : describe.skip;
if (!shared) test("msg leak test (skipped: ../shared/fixtures not found)", () => console.log("msg leak test skipped"));

d("leak test: an Outlook message with a child hidden in its subject, names, body and attachment", () => {
  const dir = mkdtempSync(join(tmpdir(), "clear-record-msg-leaks-"));
  const input = join(dir, "in");
  let message: Buffer;
  beforeAll(() => {
    mkdirSync(input);
    message = plantedMessage();
    writeFileSync(join(input, "visit.msg"), message);
  });

  test("the planted message holds the name where this test's search finds it, and the reader sees it everywhere", async () => {
    expect(leaks(message, "", needles)).toContain("quorl");
    const text = (await readBytes(message, "visit.msg")).text;
    expect(text).toContain(`Visit: ${NAME}`);
    expect(text).toContain(`From: ${NAME}`);
    expect(text).toContain("Quorl001.gif");
    expect(text).toContain(SUBJECT_LINE);
  });

  const profiles = {
    listed: { subject: { name: "Maisie Oyelaran", pronouns: "she/her" }, otherChildren: [NAME] },
    unlisted: { subject: { name: "Maisie Oyelaran", pronouns: "she/her" } },
  };
  for (const [which, profile] of Object.entries(profiles)) {
    test(`${which} profile: nothing of the child survives in the copy, its name, the log, the report or what was printed`, async () => {
      const out = join(dir, `out-${which}`);
      const pf = join(dir, `${which}.json`);
      writeFileSync(pf, JSON.stringify(profile));
      let printed = "";
      const report = join(dir, `${which}.html`);
      const code = await main(["redact", "--jobs", "1", "--profile", pf, "--out", out, "--report", report, input], {
        stdout: (s) => void (printed += s),
        stderr: (s) => void (printed += s),
      });
      expect(code).toBe(1);
      expect(printed).not.toMatch(/FAILED|could not/);
      const copy = readdirSync(out).find((n) => n.endsWith(".eml")) as string;
      expect(copy).toBeDefined();
      const bytes = readFileSync(join(out, copy));
      expect(leaks(bytes, copy, needles)).toEqual([]);
      for (const t of [printed, readFileSync(join(out, "redaction-log.csv"), "utf8"), readFileSync(report, "utf8")]) expect(leaks(Buffer.from(t), "", needles)).toEqual([]);
      // The subject child's text is intact.
      expect((await readBytes(bytes, copy)).text).toContain(SUBJECT_LINE);
    }, 120000);
  }
});
