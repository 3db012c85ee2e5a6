import { strToU8, zipSync } from "fflate";

/** Builds small .docx packages for tests: a body (raw WordprocessingML paragraphs) and optional parts. */
export type DocxSpec = {
  body: string;
  header?: string;
  footnotes?: string;
  comments?: string;
  core?: { creator?: string; title?: string; lastModifiedBy?: string };
  custom?: Record<string, string>;
  customXml?: string;
};

const W =
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';

/** A paragraph of one plain run. */
export const p = (text: string) => `<w:p><w:r><w:t xml:space="preserve">${esc(text)}</w:t></w:r></w:p>`;
/** A paragraph whose text is split into the given runs (bold every other one). */
export const runs = (...parts: string[]) =>
  `<w:p>${parts.map((t, i) => `<w:r>${i % 2 ? "<w:rPr><w:b/></w:rPr>" : ""}<w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join("")}</w:p>`;
export const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

export function buildDocx(spec: DocxSpec): Uint8Array {
  const rels: string[] = [];
  const overrides: string[] = [];
  const files: Record<string, Uint8Array> = {};
  const add = (name: string, type: string, xml: string, relType?: string) => {
    files[name] = strToU8(xml);
    overrides.push(`<Override PartName="/${name}" ContentType="${type}"/>`);
    if (relType)
      rels.push(
        `<Relationship Id="rId${rels.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${relType}" Target="${name.replace("word/", "")}"/>`,
      );
  };
  const ct = (s: string) => `application/vnd.openxmlformats-officedocument.wordprocessingml.${s}+xml`;
  if (spec.header !== undefined) add("word/header1.xml", ct("header"), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}>${spec.header}</w:hdr>`, "header");
  if (spec.footnotes !== undefined)
    add("word/footnotes.xml", ct("footnotes"), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes ${W}>${spec.footnotes}</w:footnotes>`, "footnotes");
  if (spec.comments !== undefined)
    add("word/comments.xml", ct("comments"), `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments ${W}>${spec.comments}</w:comments>`, "comments");
  if (spec.customXml !== undefined) {
    files["customXml/item1.xml"] = strToU8(spec.customXml);
    rels.push(`<Relationship Id="rId${rels.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"/>`);
  }
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${spec.body}<w:sectPr/></w:body></w:document>`;
  files["word/document.xml"] = strToU8(doc);
  files["word/_rels/document.xml.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`,
  );
  const pkgRels = [`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>`];
  if (spec.core) {
    const c = spec.core;
    files["docProps/core.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">${c.title ? `<dc:title>${esc(c.title)}</dc:title>` : ""}${c.creator ? `<dc:creator>${esc(c.creator)}</dc:creator>` : ""}${c.lastModifiedBy ? `<cp:lastModifiedBy>${esc(c.lastModifiedBy)}</cp:lastModifiedBy>` : ""}</cp:coreProperties>`,
    );
    overrides.push(`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`);
    pkgRels.push(`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`);
  }
  if (spec.custom) {
    const props = Object.entries(spec.custom)
      .map(([k, v], i) => `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${i + 2}" name="${esc(k)}"><vt:lpwstr>${esc(v)}</vt:lpwstr></property>`)
      .join("");
    files["docProps/custom.xml"] = strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">${props}</Properties>`,
    );
    overrides.push(`<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`);
    pkgRels.push(`<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/>`);
  }
  files["_rels/.rels"] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${pkgRels.join("")}</Relationships>`,
  );
  const types = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${ct("document.main")}"/>${overrides.join("")}</Types>`;
  return zipSync({ "[Content_Types].xml": strToU8(types), ...files });
}
