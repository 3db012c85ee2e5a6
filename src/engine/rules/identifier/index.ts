import type { Rule } from "../../rule";
import { caseNumber } from "./case-number";
import { dateOfBirth } from "./date-of-birth";
import { emailAddress } from "./email-address";
import { niNumber } from "./ni-number";
import { nhsNumber } from "./nhs-number";
import { phoneNumber } from "./phone-number";
import { postcode } from "./postcode";
import { streetAddress } from "./street-address";

export const identifierRules: Rule[] = [phoneNumber, emailAddress, postcode, streetAddress, nhsNumber, niNumber, dateOfBirth, caseNumber];
