import { applyTextEdits, decodeEntities, htmlToText, scrubHidden, sourceEditsFor, tokenize } from "../../../src/hosts/outlook/html-text";
import { expectLinearWork, scanWork } from "../../helpers/scaling";

/** Finds a substring's text offsets (first occurrence). */
const at = (text: string, s: string, from = 0) => {
  const start = text.indexOf(s, from);
  if (start < 0) throw new Error(`"${s}" not in text`);
  return { start, end: start + s.length };
};

describe("htmlToText", () => {
  it.each([
    ["plain", "Hello world", "Hello world"],
    ["tags removed, inline kept together", "<p>Tyler <b>Hughes</b> came.</p>", "Tyler Hughes came.\n"],
    ["entities decoded", "<p>Tom &amp; Jerry &lt;3 &#8217;s &#x2019;s &pound;5</p>", "Tom & Jerry <3 \u2019s \u2019s \u00a35\n"],
    ["no-break spaces become spaces", "Tyler&nbsp;Hughes\u00a0Jr", "Tyler Hughes Jr"],
    ["whitespace collapsed", "<p>  a \n\t b  </p>", "a b \n"],
    ["blocks make line breaks", "<div>one</div><div>two</div><p>three</p>", "one\ntwo\nthree\n"],
    ["br makes a line break", "a<br>b<br/>c", "a\nb\nc"],
    ["head, style, script and comments hidden", "<html><head><title>T</title><style>p{color:red}</style></head><body><!-- Tyler --><script>x<y</script>Hi</body></html>", "Hi\n"],
    ["Outlook conditional comments hidden", "<p class=MsoNormal><!--[if gte mso 9]><xml>Tyler</xml><![endif]-->Hi<o:p></o:p></p>", "Hi\n"],
    ["table cells separated", "<table><tr><td>Name</td><td>Tyler</td></tr></table>", "Name\tTyler\n"],
    ["a stray < is text", "a < b and 3<4", "a < b and 3<4"],
    ["unknown entity kept", "AT&T &bogus; ok", "AT&T &bogus; ok"],
    ["pre keeps spaces", "<pre>a  b\nc</pre>", "a  b\nc\n"],
    ["attributes with > inside quotes", '<a title="x>y" href="mailto:a@b.c">mail</a>', "mail"],
  ])("%s", (_name, html, text) => {
    expect(htmlToText(html).text).toBe(text);
  });

  it("maps every text character back to the HTML source", () => {
    const html = '<p class="x">Tom &amp; <b>Tyler</b>&nbsp;Hughes</p>';
    const m = htmlToText(html);
    for (const s of m.segments) {
      const src = html.slice(s.s0, s.s1);
      const txt = m.text.slice(s.t0, s.t1);
      if (s.literal) expect(src).toBe(txt);
      else
        expect(
          decodeEntities(src)
            .replace(/\u00a0/g, " ")
            .replace(/\s+/g, " "),
        ).toBe(txt);
    }
  });

  it("never throws on junk and stays linear", () => {
    const junk = ["<", "<<<>>>", "<!--", "<a href='", "&#xFFFFFFFF;", "&#0;", "\u0000\uffff", "<script>", "</p></p>", "<p" + "a".repeat(1000)];
    for (const j of junk) expect(() => htmlToText(j)).not.toThrow();
    const big = (n: number) => "<p>Tyler &amp; Amelia <b>went</b> out.</p>".repeat(n);
    expect(htmlToText(big(20000)).text.length).toBeGreaterThan(20000 * 20);
    expectLinearWork((n) => scanWork(() => htmlToText(big(n))), 5000);
  });

  it("tokenizes raw-text elements to their closing tag", () => {
    const tokens = tokenize("<style>a<b{}</style><p>x</p>");
    expect(tokens.map((t) => t.type)).toEqual(["tag", "raw", "tag", "tag", "text", "tag"]);
  });
});

describe("applyTextEdits: offsets in the text change only text nodes", () => {
  it("replaces a name inside formatting and keeps the tags", () => {
    const html = '<p style="color:red">Tyler <b>Hughes</b> (7) came.</p>';
    const m = htmlToText(html);
    const out = applyTextEdits(m, [{ ...at(m.text, "Tyler Hughes"), replacement: "Child A" }]);
    expect(out).toBe('<p style="color:red">Child A<b></b> (7) came.</p>');
    expect(htmlToText(out).text).toBe("Child A (7) came.\n");
  });

  it("replaces across entities and keeps the rest of the entities", () => {
    const html = "<p>Call 07700&nbsp;900733 &amp; say &ldquo;hi&rdquo;</p>";
    const m = htmlToText(html);
    const out = applyTextEdits(m, [{ ...at(m.text, "07700 900733"), replacement: "[phone number]" }]);
    expect(out).toBe("<p>Call [phone number] &amp; say &ldquo;hi&rdquo;</p>");
  });

  it("escapes the replacement", () => {
    const m = htmlToText("<p>Tyler</p>");
    expect(applyTextEdits(m, [{ start: 0, end: 5, replacement: "<A & B>" }])).toBe("<p>&lt;A &amp; B&gt;</p>");
  });

  it("applies several edits in one pass, in any order", () => {
    const html = "<div>Tyler met <i>Amelia</i> at 1 Hope St.</div>";
    const m = htmlToText(html);
    const out = applyTextEdits(m, [
      { ...at(m.text, "Amelia"), replacement: "Child B" },
      { ...at(m.text, "Tyler"), replacement: "Child A" },
    ]);
    expect(out).toBe("<div>Child A met <i>Child B</i> at 1 Hope St.</div>");
  });

  it("never removes a line break made by a tag", () => {
    const html = "<p>Tyler</p><p>Hughes</p>";
    const m = htmlToText(html);
    const out = applyTextEdits(m, [{ start: 0, end: m.text.indexOf("Hughes") + 6, replacement: "Child A" }]);
    expect(out).toBe("<p>Child A</p><p></p>");
  });

  it("maps an insertion to a source position", () => {
    const m = htmlToText("<p>ab</p>");
    expect(sourceEditsFor(m, { start: 1, end: 1, replacement: "X" })).toEqual([{ start: 4, end: 4, replacement: "X" }]);
  });

  it("round trip: unchanged text gives the same HTML", () => {
    const html = "<html><body><p class=MsoNormal>Hi&nbsp;<span lang=EN-GB>there</span></p></body></html>";
    expect(applyTextEdits(htmlToText(html), [])).toBe(html);
  });
});

describe("scrubHidden", () => {
  it("drops link targets, titles and comments that hold a redacted detail", () => {
    const html = '<p><a href="mailto:tyler.h@example.org" title="Tyler Hughes">[email address]</a><!-- Tyler Hughes --><img alt="TYLER HUGHES"></p>';
    const out = scrubHidden(html, ["tyler.h@example.org", "Tyler Hughes"]);
    expect(out).toBe("<p><a>[email address]</a><img></p>");
  });

  it("reads entities and URL encoding in attributes", () => {
    const out = scrubHidden('<a href="tel:07700%20900733">x</a><a href="mailto:a&#64;b.org">y</a>', ["07700 900733", "a@b.org"]);
    expect(out).toBe("<a>x</a><a>y</a>");
  });

  it("replaces inside a title or style", () => {
    expect(scrubHidden("<head><title>RE: Tyler Hughes</title></head>", ["Tyler Hughes"])).toBe("<head><title>RE: [redacted]</title></head>");
  });

  it("leaves other attributes alone", () => {
    const html = '<p class="MsoNormal" style="margin:0">Hi</p>';
    expect(scrubHidden(html, ["Tyler"])).toBe(html);
  });
});
