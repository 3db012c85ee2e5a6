import { niNumber } from "../../../../src/engine/rules/identifier/ni-number";
import { tableTest } from "./run-rule";

tableTest(
  niNumber,
  [
    "She now has her National Insurance number ({{pid|QQ 12 34 56 C}}), and Lucy will help",
    "National Insurance number: {{pid|QQ 12 34 56 C}}",
    "NINO {{pid|AB123456C}} on the payslip.",
    "NI number: {{pid|JG 103721}}",
    "Her number is {{pid|PA 65 43 21 D}}.",
  ],
  [
    "DA123456A starts with D, which is never used.",
    "AO123456A has O second, which is never used.",
    "GB123456A, BG123456B, NK123456C, KN123456A, NT123456B, TN123456C and ZZ123456D are not allocated.",
    "AB123456E has a suffix after D.",
    "Room AB 12 34 56 has no suffix and no label.",
    "Case number: NM24C00517",
    "lower case ab123456c is not reported",
  ],
);
