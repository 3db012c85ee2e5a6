import fc from "fast-check";
import { scan, type Token } from "../../src/cli/readers/xml";

// The definition the hand-written scanner reads: a tag with attributes whose quoted values may hold
// ">"; comments, processing instructions, CDATA, doctype. Anything else is text.
const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>/g;

function byRegex(xml: string): Token[] {
  const out: Token[] = [];
  TAG.lastIndex = 0;
  let at = 0;
  for (let m = TAG.exec(xml); m; m = TAG.exec(xml)) {
    if (m.index > at) out.push({ type: "text", start: at, end: m.index });
    const end = m.index + m[0].length;
    if (m[2] === undefined) out.push({ type: "other", start: m.index, end });
    else if (m[1]) out.push({ type: "close", name: m[2], start: m.index, end });
    else out.push({ type: "open", name: m[2], start: m.index, end, selfClosing: m[4] === "/", attrs: m[3] });
    at = end;
  }
  if (at < xml.length) out.push({ type: "text", start: at, end: xml.length });
  return out;
}

const tokens = (xml: string) => {
  const out: Token[] = [];
  scan(xml, (t) => void out.push(t));
  return out;
};

describe("xml scan", () => {
  it("reads tags, attributes with '>' in quotes, self-closing tags, comments, PIs, CDATA and doctype", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE x><w:p a="1>2" b='/>'><w:t xml:space="preserve">Kay &amp; Den</w:t><w:br/><!-- c > d --><![CDATA[<x>]]></w:p>`;
    expect(tokens(xml)).toEqual(byRegex(xml));
    expect(
      tokens(xml)
        .filter((t) => t.type === "open")
        .map((t) => (t as { name: string }).name),
    ).toEqual(["w:p", "w:t", "w:br"]);
  });

  it("leaves as text a '<' that starts no markup (unclosed quotes, comments, PIs; a bare '<')", () => {
    for (const xml of ['a < b <c d="e> f', "<!-- open <x>", "<?pi <y/>", "<![CDATA[ open <z>", "</ 1>", "<a/ b>", "<a/>", "</a/>", "<!>", "<!-->", "<?>"])
      expect(tokens(xml)).toEqual(byRegex(xml));
  });

  it("gives the tokens the regular expression gives, on any mix of markup characters", () => {
    const piece = fc.constantFrom("<", ">", "/", '"', "'", "!", "?", "-", "[", "]", "CDATA", "<!--", "-->", "<![CDATA[", "]]>", "a", "w:t", " ", "=", "\n", "1", "_", ".", "é");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const xml = parts.join("");
        expect(tokens(xml)).toEqual(byRegex(xml));
      }),
      { numRuns: 3000 },
    );
  });

  it("stops when visit returns false", () => {
    const seen: Token[] = [];
    scan("<a>x<b>y", (t) => {
      seen.push(t);
      return seen.length < 2;
    });
    expect(seen).toHaveLength(2);
  });
});
