import type { Rule } from "../../rule";
import { otherChildDetail, otherChildName } from "./other-child-name";

export const otherChildRules: Rule[] = [otherChildName, otherChildDetail];
