// Writes a PDF with text in every place a PDF can hide it, for the PDF tests (fictional people only):
//   node make-pdf.mjs OUT.pdf
// Page 1: the record's text, invisible text and text outside the page box. Page 2: a link and a
// comment. Page 3: a scanned page (an image of text, no text layer). Page 4: turned. Plus bookmarks, a filled form
// field, an attached file, document information and XMP metadata.
import { writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const mupdf = await import(pathToFileURL(require.resolve("mupdf")).href);
const doc = new mupdf.PDFDocument();
const font = doc.addSimpleFont(new mupdf.Font("Helvetica"), "Latin");
const resources = () => {
  const r = doc.newDictionary();
  const f = doc.newDictionary();
  f.put("F1", font);
  r.put("Font", f);
  return r;
};
const lines = (rows, x = 72, y = 720) => rows.map((t, i) => `BT /F1 11 Tf ${x} ${y - i * 16} Td (${t}) Tj ET`).join("\n");

const page1 = [
  lines([
    "Home visit to Amelia Hughes on 3 March.",
    "Amelia was in the living room with her cousin Tyler Brown (7).",
    "Mum's mobile is 07700 900871 and she says Amelia is sleeping well.",
    "Tyler was collected by his aunt later in the afternoon.",
  ]),
  // Invisible text (render mode 3), as an OCR layer or a hidden note would be.
  "BT 3 Tr /F1 11 Tf 72 500 Td (Hidden note: Tyler Brown was upset.) Tj ET",
  // Text placed outside the page box: not shown, still in the file.
  "BT /F1 11 Tf 700 900 Td (Off the page: Tyler Brown.) Tj ET",
].join("\n");
doc.insertPage(-1, doc.addPage([0, 0, 612, 792], 0, resources(), page1));
doc.insertPage(-1, doc.addPage([0, 0, 612, 792], 0, resources(), lines(["Amelia's school called about her reading.", "See the attached note."])));

// Page 3: an image of a typed letter naming the cousin (a scan: no text layer).
const scanSource = new mupdf.PDFDocument();
const sf = scanSource.addSimpleFont(new mupdf.Font("Helvetica"), "Latin");
const sr = scanSource.newDictionary();
const sfd = scanSource.newDictionary();
sfd.put("F1", sf);
sr.put("Font", sfd);
scanSource.insertPage(-1, scanSource.addPage([0, 0, 300, 80], 0, sr, "BT /F1 14 Tf 10 40 Td (Letter about Tyler Brown) Tj ET"));
const pix = scanSource.loadPage(0).toPixmap(mupdf.Matrix.scale(2, 2), mupdf.ColorSpace.DeviceRGB, false);
const img = doc.addImage(new mupdf.Image(pix));
const imgRes = doc.newDictionary();
const xo = doc.newDictionary();
xo.put("Im1", img);
imgRes.put("XObject", xo);
doc.insertPage(-1, doc.addPage([0, 0, 612, 792], 0, imgRes, "q 450 0 0 120 72 600 cm /Im1 Do Q"));

// Page 4: turned a quarter (Rotate 90), with a line written upright on the turned page.
doc.insertPage(
  -1,
  doc.addPage(
    [0, 0, 612, 792],
    90,
    resources(),
    lines(["Amelia's cousin Tyler Brown came to the review."]) + "\nq 0 1 -1 0 500 100 cm BT /F1 12 Tf 0 0 Td (Upright: Tyler Brown waved.) Tj ET Q",
  ),
);

// A comment on page 2 and a link to an e-mail address.
const p2 = doc.loadPage(1);
const note = p2.createAnnotation("Text");
note.setRect([300, 100, 320, 120]);
note.setContents("Check with Tyler Brown's school too.");
note.setAuthor("Amelia's social worker");
note.update();
p2.createLink([72, 60, 300, 80], "mailto:tyler.brown@example.org");

// A filled form field on page 2.
const p2obj = doc.findPage(1);
const field = doc.addObject(doc.newDictionary());
field.put("Type", doc.newName("Annot"));
field.put("Subtype", doc.newName("Widget"));
field.put("FT", doc.newName("Tx"));
field.put("T", doc.newString("sibling"));
field.put("TU", doc.newString("Name of the cousin"));
field.put("V", doc.newString("Tyler Brown"));
const rect = doc.newArray();
for (const v of [72, 400, 300, 420]) rect.push(doc.newReal(v));
field.put("Rect", rect);
field.put("P", p2obj);
let annots = p2obj.get("Annots");
if (annots.isNull()) {
  annots = doc.newArray();
  p2obj.put("Annots", annots);
}
annots.push(field);
const root = doc.getTrailer().get("Root");
const acro = doc.newDictionary();
const fields = doc.newArray();
fields.push(field);
acro.put("Fields", fields);
root.put("AcroForm", acro);

// An attached file, document information, XMP metadata and bookmarks.
doc.insertEmbeddedFile("contact.txt", doc.addEmbeddedFile("contact.txt", "text/plain", "Tyler Brown, 07700 900871\n", new Date(0), new Date(0)));
doc.setMetaData("info:Title", "Record for Amelia Hughes");
doc.setMetaData("info:Author", "Tyler Brown");
doc.setMetaData("info:Subject", "Contact with Tyler Brown");
const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator><rdf:Seq><rdf:li>Tyler Brown</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
const metaDict = doc.newDictionary();
metaDict.put("Type", doc.newName("Metadata"));
metaDict.put("Subtype", doc.newName("XML"));
root.put("Metadata", doc.addRawStream(xmp, metaDict));
const it = doc.outlineIterator();
it.insert({ title: "Visit (Amelia)", uri: "#page=1", open: true });
it.insert({ title: "Tyler Brown's school", uri: "#page=2", open: true });

writeFileSync(process.argv[2], doc.saveToBuffer("compress").asUint8Array());
