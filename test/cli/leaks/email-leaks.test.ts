// The leak suite for e-mail: an invented other child in headers (encoded words split across words,
// display names), HTML attributes, attachments and their RFC 2231 names, and messages nested in
// messages, around the real e-mail fixtures; and the senders of the real .msg fixtures listed as
// children (their names are read from the files at run time, never copied here). Searched by this
// test's own decoder.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../../src/cli/main";
import { readBytes } from "../../../src/cli/readers";
import { leaks, sharedDir, squash } from "./helpers";

const shared = sharedDir();
const NAME = "Tavish Quorley";
const needles = { letters: ["tavish", "quorley"], digits: ["7700900417"] };
const SUBJECT_LINE = "Maisie Oyelaran enjoyed the visit and showed me her drawings.";
const b64 = (s: string | Buffer) => Buffer.from(s).toString("base64").replace(/.{76}/g, "$&\r\n");

function planted(inner: Buffer): string {
  const nested2 = `From: a@example.org\r\nSubject: deeper\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nTavish Quorley again, 07700 900417.\r\n`;
  const nested1 = `From: b@example.org\r\nSubject: inner\r\nContent-Type: multipart/mixed; boundary="n1"\r\n\r\n--n1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nMaisie's friend Tavish Quorley (aged 7).\r\n--n1\r\nContent-Type: message/rfc822\r\n\r\n${nested2}\r\n--n1--\r\n`;
  return [
    `From: =?UTF-8?Q?Quorley=2C_Tavish?= <tavish.quorley@example.org>`,
    `To: Social Worker <sw@example.org>`,
    `Subject: Visit =?UTF-8?B?VGF2aXNo?= =?UTF-8?Q?_Quorley?=`,
    `MIME-Version: 1.0`,
    `Content-Type: multipart/mixed; boundary="b0"`,
    ``,
    `--b0`,
    `Content-Type: multipart/alternative; boundary="b1"`,
    ``,
    `--b1`,
    `Content-Type: text/plain; charset=utf-8`,
    ``,
    `${SUBJECT_LINE}`,
    `Maisie played with her friend Tavish Quorley, aged 7, who goes to her school. Call 07700 900417.`,
    `--b1`,
    `Content-Type: text/html; charset=utf-8`,
    `Content-Transfer-Encoding: quoted-printable`,
    ``,
    `<p title=3D"Tavish Quorley">${SUBJECT_LINE}</p><a href=3D"mailto:tavish.quorley@example.org">Tav=`,
    `ish</a><img alt=3D"T&#97;vish">`,
    `--b1--`,
    `--b0`,
    `Content-Type: text/plain; charset=utf-8`,
    `Content-Disposition: attachment; filename*0*=utf-8''Tavish%20; filename*1*=Quorley.txt`,
    `Content-Transfer-Encoding: base64`,
    ``,
    b64(`Notes about ${NAME}.`),
    `--b0`,
    `Content-Type: application/pdf; name="Quorley.pdf"`,
    `Content-Disposition: attachment; filename="Quorley.pdf"`,
    `Content-Transfer-Encoding: base64`,
    ``,
    b64(`%PDF-1.4 ${NAME}`),
    `--b0`,
    `Content-Type: message/rfc822`,
    ``,
    nested1,
    `--b0`,
    `Content-Type: message/rfc822; name="fixture.eml"`,
    `Content-Disposition: attachment; filename="fixture.eml"`,
    ``,
    inner.toString("utf8"),
    `--b0--`,
    ``,
  ].join("\r\n");
}

/**
 * The copy of an input, as the run printed it. The terminal names each input as the report does (its name with labels in
 * place of names, or a neutral "document N"), never by its own name, so the input is found by its place: a bulk run
 * takes a folder's files in code-unit order and prints one line per file in that order.
 */
function copyOf(inputs: readonly string[], input: string, printed: string): string {
  const lines = [...printed.matchAll(/^(.+?) → (.+?): \d+ changes?/gm)];
  expect(lines).toHaveLength(inputs.length);
  const sorted = [...inputs].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return lines[sorted.indexOf(input)][2];
}

const d = shared ? describe : describe.skip;
if (!shared) test("e-mail leak suite (skipped: ../shared/fixtures not found; set CLEAR_RECORD_SHARED)", () => console.log("e-mail leak suite skipped"));

d("leak suite: e-mail structures around real fixtures", () => {
  const dir = mkdtempSync(join(tmpdir(), "clear-record-mail-leaks-"));
  const input = join(dir, "in");
  mkdirSync(input);
  const emlFixtures = readdirSync(join(shared as string, "fixtures", "email")).filter((n) => n.endsWith(".eml"));
  beforeAll(() => {
    for (const f of emlFixtures) writeFileSync(join(input, `planted ${f}`), planted(readFileSync(join(shared as string, "fixtures", "email", f))));
  });
  for (const listed of [true, false]) {
    describe(listed ? "listed profile" : "unlisted profile", () => {
      const out = join(dir, listed ? "out-listed" : "out-unlisted");
      let printed = "";
      beforeAll(async () => {
        const pf = join(dir, `p${listed}.json`);
        writeFileSync(pf, JSON.stringify({ subject: { name: "Maisie Oyelaran", pronouns: "she/her" }, ...(listed ? { otherChildren: [NAME] } : {}) }));
        await main(["redact", "--jobs", "1", "--profile", pf, "--out", out, input], { stdout: (s) => void (printed += s), stderr: (s) => void (printed += s) });
      }, 240000);
      test("every copy written; nothing printed or logged holds the name", () => {
        expect(readdirSync(out).filter((n) => n.endsWith(".eml"))).toHaveLength(emlFixtures.length);
        expect(leaks(Buffer.from(printed + readFileSync(join(out, "redaction-log.csv"), "utf8")), "", needles)).toEqual([]);
      });
      test.each(emlFixtures)("around %s: nothing survives, the subject's text is intact", async (f) => {
        const bytes = readFileSync(
          join(
            out,
            copyOf(
              emlFixtures.map((e) => `planted ${e}`),
              `planted ${f}`,
              printed,
            ),
          ),
        );
        expect(leaks(bytes, f, needles)).toEqual([]);
        expect((await readBytes(bytes, "x.eml")).text).toContain(SUBJECT_LINE);
      });
    });
  }

  test("the planted e-mail holds the name where this test's search finds it (the search can fail)", () => {
    expect(leaks(Buffer.from(planted(Buffer.from("x"))), "", needles).sort()).toEqual(["7700900417", "quorley", "tavish"]);
  });

  // Real Outlook messages: each sender's display name is listed as a child, then must be gone from the copy.
  const msgs = readdirSync(join(shared as string, "fixtures", "email")).filter((n) => n.endsWith(".msg"));
  test.each(msgs)(
    "%s: the sender, listed as a child, is gone from every part of the copy",
    async (f) => {
      const bytes = readFileSync(join(shared as string, "fixtures", "email", f));
      const from = /^From: ([^<\n]*)/m.exec((await readBytes(bytes, f)).text)?.[1]?.trim() ?? "";
      const words = from.split(/[^\p{L}]+/u).filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w));
      if (words.length < 2) return; // no personal display name in this message
      const name = words.slice(0, 2).join(" ");
      const o = join(dir, `msg-${f}`);
      const pf = join(dir, `msg-${f}.json`);
      writeFileSync(pf, JSON.stringify({ subject: { name: "Maisie Oyelaran" }, otherChildren: [name] }));
      writeFileSync(join(dir, f), bytes);
      let printed = "";
      await main(["redact", "--jobs", "1", "--profile", pf, "--out", o, join(dir, f)], { stdout: (s) => void (printed += s), stderr: (s) => void (printed += s) });
      const copy = readdirSync(o).find((n) => n.endsWith(".eml")) as string;
      const found = leaks(readFileSync(join(o, copy)), copy, { letters: [squash(name)], digits: [] });
      expect(found).toEqual([]);
      expect(leaks(Buffer.from(printed), "", { letters: [squash(name)], digits: [] })).toEqual([]);
    },
    60000,
  );
});
