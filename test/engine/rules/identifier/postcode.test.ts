import { postcode } from "../../../../src/engine/rules/identifier/postcode";
import { tableTest } from "./run-rule";

tableTest(
  postcode,
  [
    "Please post it to {{pid|NQ6 1AZ}}.",
    "The family moved to Northam {{pid|NQ3 8JW}} in May.",
    "Postcodes {{pid|M1 1AE}}, {{pid|SW1A 1AA}}, {{pid|B33 8TH}} and {{pid|CR2 6XH}}.",
    "Postcode: {{pid|EC1A1BB}}",
    // An area no real postcode has, mistyped or made up, written with its space.
    "The family moved to Northam {{pid|ZZ4 7QT}} in May.",
    "Send it to {{pid|QX1 9AB}} please.",
  ],
  [
    "Case number: NM24C00517",
    "National Insurance number QQ 12 34 56 C",
    "She is in Year 7 and goes to PE on Mondays.",
    "They drove up the A1 and the M62.",
    "Ring NHS 111 for advice.",
    "lower case nq6 1az is not reported",
    "Room B12 3CD2 is not a postcode.",
    "Reference AB12-3CD",
    "Run together with an unknown area, ZZ47QT is not reported.",
  ],
);
