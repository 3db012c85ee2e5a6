/**
 * The PDF's own syntax, which is not text from the record: the names the PDF specification defines
 * (ISO 32000-1, the tables of the dictionaries a redacted copy keeps: page tree, resources, fonts,
 * images and forms, graphics states, colour spaces, filters, bookmarks, the trailer and cross-reference
 * streams) and the operators of content streams and CMaps. The verifier skips these when it searches a
 * copy's names and streams: "/Type /Page" is not the word "Page" of a form put to review, and "Do" in
 * "/Im1 Do" is not a person called Do. Anything else (a font's name, a resource name a producer chose,
 * a string, a word that is no operator) is searched.
 */
const NAMES = `
Type Subtype Parent Kids Count MediaBox CropBox BleedBox TrimBox ArtBox Rotate UserUnit Resources Contents Group Page Pages
Catalog Root Size Prev Info ID Encrypt XRef XRefStm ObjStm Index W N First Extends Length Length1 Length2 Length3 Filter
DecodeParms F FFilter FDecodeParms DL Predictor Columns Colors BitsPerComponent EarlyChange K EndOfLine EncodedByteAlign Rows
EndOfBlock BlackIs1 DamagedRowsBeforeError JBIG2Globals ColorTransform FlateDecode LZWDecode ASCIIHexDecode ASCII85Decode
RunLengthDecode CCITTFaxDecode DCTDecode JPXDecode JBIG2Decode Crypt AHx A85 LZW Fl RL CCF DCT
Font XObject ExtGState ColorSpace Pattern Shading ProcSet Properties PDF Text ImageB ImageC ImageI
Image Form PS BBox Matrix FormType Width Height ImageMask Mask SMask SMaskInData Decode Interpolate Intent Alternates Name
OPI OC Metadata StructParent StructParents PieceInfo LastModified Transparency S CS I
Type0 Type1 Type1C Type3 MMType1 TrueType CIDFontType0 CIDFontType0C CIDFontType2 OpenType BaseFont FirstChar LastChar Widths
FontDescriptor Encoding ToUnicode DescendantFonts CIDSystemInfo Registry Ordering Supplement DW DW2 W2 CIDToGIDMap Identity
FontName FontFamily FontStretch FontWeight Flags FontBBox ItalicAngle Ascent Descent Leading CapHeight XHeight StemV StemH
AvgWidth MaxWidth MissingWidth FontFile FontFile2 FontFile3 CharSet CIDSet Style Panose Lang FD Differences BaseEncoding
WinAnsiEncoding MacRomanEncoding MacExpertEncoding StandardEncoding PDFDocEncoding Identity-H Identity-V CharProcs FontMatrix
UltraCondensed ExtraCondensed Condensed SemiCondensed Normal SemiExpanded Expanded ExtraExpanded UltraExpanded
DeviceGray DeviceRGB DeviceCMYK CalGray CalRGB Lab ICCBased Indexed Separation DeviceN NChannel Alternate Range WhitePoint
BlackPoint Gamma Process Components Colorants MixingHints Solidities PrintingOrder DotGain All None
LW LC LJ ML D RI OP op OPM BG BG2 UCR UCR2 TR TR2 HT FL SM SA BM CA ca AIS TK UseBlackPtComp HTO Default
Multiply Screen Overlay Darken Lighten ColorDodge ColorBurn HardLight SoftLight Difference Exclusion Hue Saturation Color
Luminosity Compatible Alpha G BC TR Perceptual RelativeColorimetric AbsoluteColorimetric
PatternType PaintType TilingType XStep YStep ShadingType Coords Domain Function Functions Extend Background AntiAlias
FunctionType Bounds Encode C0 C1 Order Samples BitsPerSample BitsPerCoordinate BitsPerFlag VerticesPerRow
Outlines Title Dest Next Last A GoTo XYZ Fit FitH FitV FitR FitB FitBH FitBV C
Span P Artifact MCID ActualText Alt E Layout Pagination Watermark Header Footer Attached Top Bottom Left Right
HalftoneType Halftone Frequency Angle SpotFunction H BPC IM DP
`;

/** Content-stream operators (ISO 32000-1, Annex A) and the PostScript words of CMaps. */
const OPERATORS = `
b B b* B* BDC BI BMC BT BX c cm CS cs d d0 d1 Do DP EI EMC ET EX f F f* G g gs h i ID j J K k l m M MP n q Q re RG rg ri
s S SC sc SCN scn sh T* Tc Td TD Tf Tj TJ TL Tm Tr Ts Tw Tz v w W W* y ' "
begin end def dict dup pop exch findresource defineresource currentdict begincmap endcmap usecmap usefont
begincodespacerange endcodespacerange beginbfchar endbfchar beginbfrange endbfrange begincidchar endcidchar
begincidrange endcidrange beginnotdefchar endnotdefchar beginnotdefrange endnotdefrange CMapName CMapType CMapVersion
CIDInit WMode true false null obj endobj stream endstream R xref trailer startxref
`;

export const PDF_NAMES: ReadonlySet<string> = new Set(NAMES.split(/\s+/).filter(Boolean));
export const PDF_OPERATORS: ReadonlySet<string> = new Set(OPERATORS.split(/\s+/).filter(Boolean));

const DELIMITER = /[()<>[\]{}/%]/;
const WHITE = /[\0\t\n\f\r ]/;
const LINE_END = /[\r\n]/g;
const INLINE_END = /\sEI(?=\s|$)/g;

/** A literal string's bytes, escapes decoded, as Latin-1 text; `end` is the offset after its ")". */
function literal(s: string, at: number): { text: string; end: number } {
  let depth = 1;
  let out = "";
  let i = at + 1;
  for (; i < s.length && depth > 0; i++) {
    const c = s[i];
    if (c === "\\") {
      const n = s[++i];
      if (n === undefined) break;
      if (/[0-7]/.test(n)) {
        let oct = n;
        while (oct.length < 3 && /[0-7]/.test(s[i + 1] ?? "")) oct += s[++i];
        out += String.fromCharCode(parseInt(oct, 8) & 0xff);
      } else if (n === "\r" || n === "\n") {
        if (n === "\r" && s[i + 1] === "\n") i++;
      } else out += ({ n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" } as Record<string, string>)[n] ?? n;
    } else if (c === "(") {
      depth++;
      out += c;
    } else if (c === ")") {
      if (--depth > 0) out += c;
    } else out += c;
  }
  return { text: out, end: i };
}

/** A name with its #xx escapes decoded. */
const nameText = (raw: string) => raw.replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/** A string's bytes as text: UTF-16BE when it says so, else Latin-1 (PDFDocEncoding's letters are there). */
export function stringText(latin1: string): string {
  if (latin1.charCodeAt(0) === 0xfe && latin1.charCodeAt(1) === 0xff) {
    let out = "";
    for (let i = 2; i + 1 < latin1.length; i += 2) out += String.fromCharCode((latin1.charCodeAt(i) << 8) | latin1.charCodeAt(i + 1));
    return out;
  }
  return latin1;
}

/**
 * What in PDF syntax (a content stream, a CMap, the file's own text outside stream data) can carry the
 * record's words: strings (decoded), comments, names that are not the specification's, and bare words
 * that are not operators. Inline image data (between ID and EI) is skipped: it is image bytes. Numbers,
 * delimiters and the PDF's own vocabulary are left out. Linear in the text.
 */
export function syntaxText(s: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (WHITE.test(c)) {
      i++;
    } else if (c === "%") {
      LINE_END.lastIndex = i;
      const stop = LINE_END.exec(s)?.index ?? s.length;
      out.push(s.slice(i + 1, stop));
      i = stop;
    } else if (c === "(") {
      const { text, end } = literal(s, i);
      out.push(stringText(text));
      i = end;
    } else if (c === "<" && s[i + 1] === "<") {
      i += 2;
    } else if (c === "<") {
      const end = s.indexOf(">", i);
      const stop = end < 0 ? s.length : end;
      const hex = s.slice(i + 1, stop).replace(/[^0-9a-fA-F]/g, "");
      let bytes = "";
      for (let k = 0; k < hex.length; k += 2) bytes += String.fromCharCode(parseInt((hex.slice(k, k + 2) + "0").slice(0, 2), 16));
      out.push(stringText(bytes));
      i = stop + 1;
    } else if (c === "/") {
      let j = i + 1;
      while (j < s.length && !WHITE.test(s[j]) && !DELIMITER.test(s[j])) j++;
      const name = nameText(s.slice(i + 1, j));
      if (name && !PDF_NAMES.has(name)) out.push(name);
      i = j;
    } else if (DELIMITER.test(c)) {
      i++;
    } else {
      let j = i;
      while (j < s.length && !WHITE.test(s[j]) && !DELIMITER.test(s[j])) j++;
      const word = s.slice(i, j);
      i = j;
      if (word === "ID") {
        // Inline image data: up to "EI" on its own.
        INLINE_END.lastIndex = i;
        const m = INLINE_END.exec(s);
        i = m ? m.index + m[0].length : s.length;
      } else if (word === "stream") {
        // Stream data in the raw file is searched, decoded, object by object.
        const end = s.indexOf("endstream", i);
        i = end < 0 ? s.length : end + "endstream".length;
      } else if (!PDF_OPERATORS.has(word) && !/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) out.push(word);
    }
  }
  return out;
}
