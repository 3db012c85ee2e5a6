// Fake Word documents for tests, the benchmark and the browser demo. The body text is passed in (the
// demo bundles samples/court-report.txt; tests read it from disk) and is wrapped in everything else a
// real file carries: a header and footer, a footnote, an endnote, a comment with a reply that quotes
// another child, and document properties that name people. All names are fictional.
import { emptyModel, type FakeDocumentModel } from "./fake-word";

/** Splits text into Word paragraphs (one per line; blank lines dropped, as Word has no empty line paragraphs here). */
export function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, "\n")
    .split("\n")
    .map((l) => l.replace(/\s+$/, ""))
    .filter((l) => l.length > 0);
}

/** The sample court report as a Word document with every part filled. */
export function courtReportModel(bodyText: string): FakeDocumentModel {
  const model = emptyModel();
  model.body = paragraphsOf(bodyText);
  model.sections = [
    {
      headers: { Primary: ["Re: Maisie Oyelaran. Case number WF25C00731. Official sensitive."] },
      footers: { Primary: ["Statement of Declan Foyle, social worker. Page 1."] },
    },
  ];
  model.footnotes = [["Taken from Tobias Oyelaran's school report for the summer term."]];
  model.endnotes = [["Contact notes are held on the case file."]];
  model.comments = [
    {
      content: "Check Tobias's date of birth with his dad before filing: 14/06/2016?",
      replies: ["Confirmed by phone on 07700 900418."],
    },
  ];
  model.properties = {
    title: "Evidence statement for Maisie Oyelaran",
    subject: "Care proceedings: Maisie and Tobias Oyelaran",
    author: "Declan Foyle",
    keywords: "Oyelaran; WF25C00731",
    comments: "",
  };
  return model;
}

/**
 * A long document: the body repeated until it reaches `pages` pages (about 500 words a page), each
 * copy in its own section with its own header and footer, and a footnote per copy.
 */
export function largeModel(bodyText: string, pages = 200): FakeDocumentModel {
  const base = courtReportModel(bodyText);
  const paras = base.body;
  const wordsPerCopy = paras.reduce((n, p) => n + p.split(/\s+/).length, 0);
  const copies = Math.max(1, Math.ceil((pages * 500) / Math.max(1, wordsPerCopy)));
  const body: string[] = [];
  const sections: FakeDocumentModel["sections"] = [];
  const footnotes: string[][] = [];
  for (let c = 0; c < copies; c++) {
    body.push(...paras);
    sections.push({
      headers: { Primary: [`Re: Maisie Oyelaran. Part ${c + 1}.`] },
      footers: { Primary: [`Statement of Declan Foyle. Part ${c + 1}.`] },
    });
    footnotes.push([`Part ${c + 1}: taken from Tobias Oyelaran's school report.`]);
  }
  return { ...base, body, sections, footnotes };
}
