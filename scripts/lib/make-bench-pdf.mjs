// Generated PDFs of fictional case recording (10-point Helvetica, 56 lines of up to 100 characters, about
// 500 words a page), made with MuPDF: for bench-pdf.mjs and the PDF tests' growth check.
import { makeBenchText } from "../make-bench-text.mjs";

const LINES_PER_PAGE = 56;
const CHARS_PER_LINE = 100;

/** `words` words of generated recording as page lines. */
export const benchLines = (words, seed) => pageLines(makeBenchText(words, seed));

/** Wraps the text into page lines (paragraphs separated by an empty line). */
function pageLines(text) {
  const out = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(/\s+/).filter(Boolean)) {
      if (line && line.length + word.length + 1 > CHARS_PER_LINE) {
        out.push(line);
        line = word;
      } else line = line ? `${line} ${word}` : word;
    }
    if (line) out.push(line);
    out.push("");
  }
  return out;
}
const pdfString = (s) =>
  "(" +
  [...s]
    .map((c) => (c.charCodeAt(0) > 126 ? "?" : c))
    .join("")
    .replace(/[()\\]/g, (c) => "\\" + c) +
  ")";

/** The bytes of a PDF of `pages` pages of generated recording (the same seed gives the same file). */
export function makeBenchPdf(mupdf, pages, seed) {
  return pdfOfLines(mupdf, benchLines(pages * 500, seed), pages);
}

/** The bytes of a PDF of `pages` pages holding the lines given, 56 to a page. */
export function pdfOfLines(mupdf, lines, pages = Math.ceil(lines.length / LINES_PER_PAGE)) {
  const doc = new mupdf.PDFDocument();
  try {
    const font = doc.addSimpleFont(new mupdf.Font("Helvetica"), "Latin");
    for (let p = 0; p < pages; p++) {
      const rows = lines.slice(p * LINES_PER_PAGE, (p + 1) * LINES_PER_PAGE);
      const content = rows.map((t, i) => `BT /F1 10 Tf 50 ${800 - i * 13} Td ${pdfString(t)} Tj ET`).join("\n");
      const res = doc.newDictionary();
      const fonts = doc.newDictionary();
      fonts.put("F1", font);
      res.put("Font", fonts);
      doc.insertPage(-1, doc.addPage([0, 0, 595, 842], 0, res, content));
    }
    return doc.saveToBuffer("compress").asUint8Array().slice();
  } finally {
    doc.destroy();
  }
}
