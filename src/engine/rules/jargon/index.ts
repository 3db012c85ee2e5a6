import type { Rule } from "../../rule";
import { careSystemTerm } from "./care-system-term";
import { professionalJargon } from "./professional-jargon";
import { plainEnglish } from "./plain-english";
import { unexplainedAcronym } from "./unexplained-acronym";
import { childLabelAcronym } from "./child-label-acronym";

export const jargonRules: Rule[] = [careSystemTerm, professionalJargon, plainEnglish, unexplainedAcronym, childLabelAcronym];
