import { strToU8, zipSync } from "fflate";
import { verifyCopy } from "../../../src/cli/verify";

const secrets = [
  { text: "Kayden Marsh", kind: "name" as const },
  { text: "07700 900417", kind: "identifier" as const },
  { text: "NE9 5TP", kind: "identifier" as const },
];
const pkg = (files: Record<string, string | Uint8Array>) => zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v])));

describe("the independent verifier decodes every part itself", () => {
  test("clean copy passes", () => {
    expect(verifyCopy(pkg({ "word/document.xml": "<w:t>Child A came</w:t>" }), "a.docx", secrets).clean).toBe(true);
  });
  test.each([
    ["split across runs", pkg({ "word/document.xml": "<w:t>Kay</w:t></w:r><w:r><w:t>den Marsh</w:t>" })],
    ["UTF-16 part", pkg({ "customXml/item1.xml": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("<a>Kayden Marsh</a>", "utf16le")]) })],
    ["character references", pkg({ "x.xml": '<a v="K&#97;yden&#32;Marsh"/>' })],
    ["zip inside a zip", pkg({ "word/embeddings/x.docx": pkg({ "word/document.xml": "<t>Marsh, Kayden</t>" }) })],
    ["base64 (VML shape data)", pkg({ "word/document.xml": `<v:shape o:gfxdata="${Buffer.from(pkg({ "a.xml": "KaydenMarsh" })).toString("base64")}"/>` })],
    ["quoted-printable MHT", pkg({ "word/a.mht": "Content-Transfer-Encoding: quoted-printable\r\n\r\nKay=\r\nden Marsh" })],
    ["RFC 2047 encoded words split across words", strToU8("Subject: =?UTF-8?B?S2F5ZGVu?= =?UTF-8?Q?_Marsh?=\r\n\r\nx")],
    ["RFC 2231 file name", strToU8("Content-Disposition: attachment; filename*0*=utf-8''Kayden%20; filename*1*=Marsh.docx\r\n")],
    ["a file name inside the package", pkg({ "word/media/KaydenMarsh.png": new Uint8Array([1, 2, 3]) })],
    ["a phone number with +44", pkg({ "word/document.xml": "<t>tel:+44(0)7700-900-417</t>" })],
    ["a name that only touches other text across a tag", pkg({ "word/document.xml": "<w:t>x</w:t><w:t>Kayden</w:t><w:t>Marsh</w:t>" })],
    ["a number split across runs", pkg({ "word/document.xml": "<w:t>07700</w:t></w:r><w:r><w:t>900417</w:t>" })],
    ["a postcode split across runs at its space", pkg({ "word/document.xml": "<w:t>NE9</w:t></w:r><w:r><w:t>5TP</w:t>" })],
  ])("finds the name: %s", (_what, bytes) => {
    const v = verifyCopy(bytes as Uint8Array, "copy.docx", secrets);
    expect(v.clean).toBe(false);
    expect(v.leftovers.length).toBeGreaterThan(0);
  });
  test("its own name is searched", () => expect(verifyCopy(pkg({ a: "x" }), "Kayden Marsh note.docx", secrets).clean).toBe(false));
  test("a package over the budget is never called clean", () => {
    const v = verifyCopy(pkg({ "a.xml": "x".repeat(100000) }), "a.docx", secrets, { budget: 1000 });
    expect(v.clean).toBe(false);
    expect(v.undecodable.length).toBe(1);
  });
  test("a damaged package is never called clean", () => {
    const b = pkg({ "a.xml": "Child A" });
    expect(verifyCopy(b.subarray(0, 30), "a.docx", secrets).clean).toBe(false);
  });
});
