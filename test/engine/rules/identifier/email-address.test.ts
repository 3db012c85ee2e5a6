import { emailAddress } from "../../../../src/engine/rules/identifier/email-address";
import { tableTest } from "./run-rule";

tableTest(
  emailAddress,
  [
    "From: Tom Burrows <{{pid|tom.burrows@northmoor.example.org}}>",
    "Email: {{pid|hannah.ostrowski@northam.example.org}}",
    "Write to {{pid|j.o'neil+cases@council.gov.uk}}.",
    "cc {{pid|g.adeleke@stmarys-northam.example.org}}, {{pid|d.reeve@stbedes.example.org}}",
  ],
  [
    "She said @Mum was cross.",
    "His handle is @jordan_w on the app.",
    "Send it to admin@localhost for now.",
    "Meet me @ 5 at the café.",
    "Trailing @",
  ],
);
