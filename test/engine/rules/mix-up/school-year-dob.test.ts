// A date of birth fixes a child's school year exactly (England and Wales: the year group runs from 1 September to
// 31 August), so a Year group the record gives a sibling born a year or two apart can be checked against the
// sibling's own date of birth, not only against an age range a year wide on either side. A Year group two or more
// years from the one the named child's date of birth gives, and within one of the subject's, is a pasted name
// (mix-up/age-stage.ts). One year apart stays an ordinary mention: a child held back, a record from Northern Ireland
// (Year 8 starts secondary) or a year group said ahead of September can be one out. Invented records, written before
// the change; none of the development sets' wording.
import { analyse } from "../../../../src/engine";
import type { CaseProfile } from "../../../../src/engine";

const profile = (name: string, pronouns: string, others: string[]): CaseProfile => ({
  subject: { name, aliases: [name.split(" ")[0]], pronouns },
  otherChildren: others,
});

/** Whether a mix-up finding covers the given occurrence (0-based) of a word, and whether an other-child one does. */
function findingsOn(text: string, p: CaseProfile, word: string, occurrence: number): { mixUp: boolean; otherChild: boolean } {
  let at = -1;
  for (let k = 0; k <= occurrence; k++) at = text.indexOf(word, at + 1);
  const findings = analyse(text, p).findings.filter((f) => f.start <= at && at < f.end);
  return { mixUp: findings.some((f) => f.category === "mix-up"), otherChild: findings.some((f) => f.category === "other-child") };
}

describe("a school year against a date of birth", () => {
  it.each([
    [
      // Rosie (born 14/10/2015, 10 in November 2025) is in Year 5 then; Kit (born 30/10/2013) is in Year 7.
      "a sister born two years after the subject, given the subject's first term at secondary",
      "Home visit, 6 November 2025.\nChildren: Kit Farrant (DOB 30/10/2013) and Rosie Farrant (DOB 14/10/2015).\n\nKit showed me the bus pass he uses now. Rosie has found the start of Year 7 hard and gets lost between lessons, Dad said.",
      profile("Kit Farrant", "he/him", ["Rosie Farrant"]),
      "Rosie",
      1,
    ],
    [
      // Dated row: in March 2024 Bo (born 02/12/2012) is in Year 6; Ari (born 19/09/2010) is in Year 8.
      "a chronology row giving the younger brother the subject's Year 8 options evening",
      "Chronology for Ari Lund (born 19/09/2010)\nBrother: Bo Lund, born 02/12/2012\n\n03/2024\tBo went to the Year 8 options evening with Mum; a letter followed about his science set.\n05/2024\tAri seen at home by the social worker.",
      profile("Ari Lund", "he/him", ["Bo Lund"]),
      "Bo",
      1,
    ],
    [
      // A Year group stated elsewhere fixes the school year as exactly as a date of birth: Lola is in Year 6, Maya in Year 8.
      "a sister the record puts in Year 6, given the subject's Year 8 maths set",
      "Case note, 12 March 2026. Maya (Year 8) and her sister Lola (Year 6) live with their grandmother.\n\nLola has been moved up a set in Year 8 maths and wants to take triple science next year.",
      profile("Maya Quill", "she/her", ["Lola Quill"]),
      "Lola",
      1,
    ],
    [
      "the same with no date in the record: both year groups are read at one time",
      "Maya (Year 8) and her sister Lola (Year 6) live with their grandmother.\n\nLola has been moved up a set in Year 8 maths and wants to take triple science next year.",
      profile("Maya Quill", "she/her", ["Lola Quill"]),
      "Lola",
      1,
    ],
    [
      // An age gives two school years at most: Alfie at 10 in February 2026 is in Year 5 or 6, Toby at 13 in Year 8 or 9.
      "a brother the record makes 10, given the subject's Year 8 parents' evening",
      "Case note, 3 February 2026. Toby is 13. His brother Alfie is 10 and goes to Oak Juniors.\n\nAlfie has a Year 8 parents' evening next week and Mum wants me there.",
      profile("Toby Marsh", "he/him", ["Alfie Marsh"]),
      "Alfie",
      1,
    ],
  ])("%s: found as a pasted name", (_why, text, p, word, occurrence) => {
    expect(findingsOn(text, p, word, occurrence).mixUp).toBe(true);
  });

  it.each([
    [
      "the sister's own year group, as her date of birth gives it",
      "Home visit, 6 November 2025.\nChildren: Kit Farrant (DOB 30/10/2013) and Rosie Farrant (DOB 14/10/2015).\n\nKit showed me the bus pass he uses now. Rosie has found the start of Year 5 hard, Dad said.",
      profile("Kit Farrant", "he/him", ["Rosie Farrant"]),
      "Rosie",
      1,
    ],
    [
      "one year out (held back, or a year group said ahead of September): left alone",
      "Home visit, 6 November 2025.\nChildren: Kit Farrant (DOB 30/10/2013) and Rosie Farrant (DOB 14/10/2015).\n\nKit showed me the bus pass he uses now. Rosie has found the start of Year 6 hard, Dad said.",
      profile("Kit Farrant", "he/him", ["Rosie Farrant"]),
      "Rosie",
      1,
    ],
    [
      "a year group that fits neither child: not the subject's either",
      "Home visit, 6 November 2025.\nChildren: Kit Farrant (DOB 30/10/2013) and Rosie Farrant (DOB 14/10/2015).\n\nKit showed me the bus pass he uses now. Rosie has found the start of Year 11 hard, Dad said.",
      profile("Kit Farrant", "he/him", ["Rosie Farrant"]),
      "Rosie",
      1,
    ],
    [
      "a record with no date at all: no school year can be worked out",
      "Children: Kit Farrant (DOB 30/10/2013) and Rosie Farrant (DOB 14/10/2015).\n\nKit showed me the bus pass he uses now. Rosie has found Year 7 hard, Dad said.",
      profile("Kit Farrant", "he/him", ["Rosie Farrant"]),
      "Rosie",
      1,
    ],
    [
      "the younger brother going with the subject to the subject's event: about them both",
      "Chronology for Ari Lund (born 19/09/2010)\nBrother: Bo Lund, born 02/12/2012\n\n03/2024\tBo went with Ari to the Year 8 options evening.\n05/2024\tAri seen at home by the social worker.",
      profile("Ari Lund", "he/him", ["Bo Lund"]),
      "Bo",
      1,
    ],
    [
      "a year group one from the sister's own: left alone",
      "Case note, 12 March 2026. Maya (Year 8) and her sister Lola (Year 6) live with their grandmother.\n\nLola has been moved up a set in Year 7 maths and wants to take triple science.",
      profile("Maya Quill", "she/her", ["Lola Quill"]),
      "Lola",
      1,
    ],
    [
      "the sister's own class teacher, by her own year group",
      "Case note, 12 March 2026. Maya (Year 8) and her sister Lola (Year 6) live with their grandmother.\n\nLola's Year 6 teacher says she is ready for secondary school.",
      profile("Maya Quill", "she/her", ["Lola Quill"]),
      "Lola",
      1,
    ],
    [
      "a year group read in a row two school years later: the sister has moved up since",
      "Chronology\n09/2023\tMaya (Year 6) and Lola (Year 4) start at Hill Lane Primary.\n10/2025\tLola has settled into Year 6 and sings in the choir.",
      profile("Maya Quill", "she/her", ["Lola Quill"]),
      "Lola",
      1,
    ],
    [
      "a brother the record makes 10, in a year group one from the school years his age allows",
      "Case note, 3 February 2026. Toby is 13. His brother Alfie is 10 and goes to Oak Juniors.\n\nAlfie has a Year 7 taster day next week and Mum wants me there.",
      profile("Toby Marsh", "he/him", ["Alfie Marsh"]),
      "Alfie",
      1,
    ],
  ])("%s: stays another child", (_why, text, p, word, occurrence) => {
    const found = findingsOn(text, p, word, occurrence);
    expect(found.mixUp).toBe(false);
    expect(found.otherChild).toBe(true);
  });
});
