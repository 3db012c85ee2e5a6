import { streetAddress } from "../../../../src/engine/rules/identifier/street-address";
import { postcode } from "../../../../src/engine/rules/identifier/postcode";
import { markup, runRule, tableTest } from "./run-rule";

tableTest(
  streetAddress,
  [
    "Mum has moved with the children to {{pid|41 Hope Street, Northmoor NM3 8QX}}. Over the summer",
    "Address: {{pid|Flat 6, Mandela Court, Northmoor NM5 2DJ}}",
    "found by police at {{pid|Flat 3, 41 Wellington Street, Northam NQ1 2HE}}, which is",
    "Address: {{pid|Flat 12, Mitchell Court, Deansgate Road, Northam NQ5 6RS}}",
    "Carers' address: {{pid|27 Nightingale Avenue, Hallbrook, KX9 4TD}}",
    "Police called to {{pid|14 Florence Road}} by a neighbour.",
    "She lives at {{pid|12a The Green}} with her aunt.",
    "Address: {{pid|Rose Cottage, Mill Lane, Northam NQ2 1AB}}",
    "He stays at {{pid|Flat 2 Riverside House}} on weekdays.",
    "AT THE FAMILY HOME, {{pid|9 JORDAN CLOSE, NORTHMOOR NM4 1PE}}",
    "Father, Mr Dean Whitfield, {{pid|22 Chester Road, Northam NQ4 9BX}}, was arrested.",
    "at her supported lodgings, {{pid|18 Summerfield Road, Northmoor NM7 3AW}}",
    "The flat at {{pid|7 Grace Darling Way}} is damp.",
    "They live at {{pid|3 St John's Rd}} now.",
    // A named home with no number, where the words say someone lives there.
    "In May the family moved from {{pid|2 Elm Row}}, Oldtown to {{pid|Quarry House}} after a flood.",
    "He lives with his nan on the caravan site at {{pid|Moss Lane}}, near the river.",
    "Address: {{pid|Rose Cottage}}",
    "Her flat at {{pid|Kestrel Court}} is damp.",
    // The town after the street belongs to the address.
    "The family lives at {{pid|14 Larch Row, Millbrook}}.",
    "She is at {{pid|Flat 2, Oak House, Millbrook}}, with her aunt.",
    "Dad's address:\n{{pid|14 Larch Row\nMillbrook\nNorthshire}}\n\nDear Mr Vale,",
    "He lives at {{pid|14 Larch Row, Millbrook\nNQ9 1ZZ}}",
    "Write to {{pid|P.O. Box 4321, Millbrook NQ9 1ZZ}}.",
    // A short abbreviation with a full stop is part of the street; "stays" as a verb is living there.
    "Post goes to {{pid|12 St. Anne's Road}} now.",
    "Since the fire she stays at {{pid|Hazel House}} with her gran.",
    // A numbered building where someone lives: "Court" after a number is a street only with a word of living.
    "Her family live at {{pid|22 Tern Court}}, near the park.",
    "In June he moved to {{pid|3 Beech House}} with his dad.",
    "Address: {{pid|8 Holly Court}}",
    // Living, not working, there: still a home.
    "Nan lives in the care home on {{pid|Dovecote Road}} now.",
    "She works at the shop and lives at {{pid|Quarry House}} with her gran.",
    "Dad works from home at {{pid|Ivy Cottage}} now.",
  ],
  [
    "punched him outside the chicken shop on Florence Road because",
    "the children have met fortnightly at Victoria Park, which she describes",
    "Where: Lincoln House children's home.",
    "In the Family Court sitting at Northmoor",
    "During a session at Victoria Park on 21 August, Ivy kept looking",
    "Share information about the Wellington Street address with police.",
    "She is in Year 3 and likes Maths.",
    "The family moved to Northam NQ3 8JW in May.",
    "Section 2 Family Way of working is not an address.",
    "Mum attended 2 Family Court hearings in May.",
    "She went to 3 Victoria Park sessions and got 2 Food Bank vouchers.",
    "The family have lived on the Birch Lane site for years.",
    "Mum moved to Green Lane School as a cook.",
    "His friend lives on Florence Road and moved to Mill Lane.",
    "We met at Victoria Park. She lives in Millbrook. She lives at home.",
    "Smith & Co Solicitors, DX 12345 Millbrook",
    // A date then a new sentence is not a street; a stay as a noun is a short break, not a home.
    "The plan will be reviewed by 14 March. RD will book the room.",
    "He has three weekend stays a year at Birch House and a short stay at Elm House in May.",
    "Police found her at a flat on Canal Street with two older boys.",
    "They live in Millbrook and went to 2 Family Court hearings in May.",
    "She has lived at 3 different houses and at 2 Beech Court hearings she cried.",
    // A home someone works at is a workplace, not where they live (the care home on a street, the staff's site).
    "Mum works nights at the care home on Dovecote Road, so Nan does bedtimes.",
    "Her aunt has a job at the nursing home on Mill Lane.",
    "Dad was employed at the children's home at Oak Lodge until 2019.",
    "His uncle, who lives in Millbrook, is working shifts at the residential home on Ash Lane.",
  ],
);

describe("street-address and postcode together", () => {
  it("report a postcode inside an address once, as the address", () => {
    const text = "Address: 9 Florence Road, Northam NQ6 1AZ";
    expect(runRule(postcode, text)).toHaveLength(0);
    const [a] = runRule(streetAddress, text);
    expect(text.slice(a.start, a.end)).toBe("9 Florence Road, Northam NQ6 1AZ");
    expect(a.suggestions).toEqual(["[address]"]);
  });
});

describe("street-address blocks", () => {
  it.each([
    ["Ms D Fletcher\n{{pid|41 Hope Street\nNorthmoor\nNM3 8QX}}\n\nDear Ms Fletcher,"],
    ["Ms D Fletcher\n{{pid|Flat 2,\nRiverside House,\n3 Mill Lane,\nNortham\nNQ2 1AB}}"],
    ["Address\n{{pid|14 Florence road, Northmoor}}\n"],
    ["Seen at {{pid|12 Oak Road}}, Ava said hello."],
    ["Lives at:\n{{pid|12 Oak Road}}\nTyler Smith\n\nNext"],
    ["Lives at:\n{{pid|12 Oak Road\nStoke-on-Trent\nStaffs}}\n\nNext"],
  ])("reads an address written one part a line: %s", (annotated) => {
    const [expected, actual] = markup(streetAddress, annotated);
    expect(actual).toBe(expected);
  });
});

describe("an address line for someone living elsewhere, after c/o (set 9)", () => {
  it.each([
    ["Ms D Fletcher\n{{pid|c/o Ward 4, Elm Unit, Northam General Hospital}}\n\nDear Ms Fletcher,"],
    ["Kayla Brown\n{{pid|C/O Flat 2, Rowan Court\nNortham}}\n\nDear Kayla,"],
    ["Please send the letter to her {{pid|c/o Unit 6, Mill Wharf Estate}} until she moves."],
    ["Miss Kayla Brown\nc/o Mr and Mrs Price\n{{pid|4 Oak Road, Callowmoor}}"],
    ["Post goes c/o Jo Bell at the office."],
  ])("%s", (annotated) => {
    const [expected, actual] = markup(streetAddress, annotated);
    expect(actual).toBe(expected);
  });
});
