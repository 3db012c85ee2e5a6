// The verbs that name a person as something ("describes her as", "was seen as", "labelled him as"), in every
// form, in one place: the judgemental guards read them to find whom a label is said of, and the reported-label
// rules to find who passes a label on. (A regular-expression source, no \p{…}: read with or without the u flag.)
export const NAMING_AS_VERBS = String.raw`describ(?:e|es|ed|ing)|regard(?:s|ed|ing)?|view(?:s|ed|ing)?|sees?|saw|seen|seeing|label(?:s|l?ed|l?ing)?|brand(?:s|ed|ing)?|portray(?:s|ed|ing)?|characteri[sz](?:e|es|ed|ing)|perceiv(?:e|es|ed|ing)|refer(?:s|red|ring)?\s+to|think(?:s|ing)?\s+of|thought\s+of`;
