import { isAllocatableNiPrefix, SPECIMEN_NI_PREFIX } from "../../../validators/ni-number-format";
import type { Candidate } from "./candidate";

// Two letters, six digits (in pairs or together), a suffix A-D: "QQ 12 34 56 C", "AB123456C".
// A number without its suffix counts only straight after a National Insurance label.
const NINO = /(?<![\w])([A-Z]{2}) ?(\d{2}) ?(\d{2}) ?(\d{2})(?: ?([A-D]))?(?![\w])/g;
const LABEL = /(?:\bN\.?I\.?|National\s+Insurance|\bNINO)(?:\s+(?:number|no\.?))?\s*[:(]?\s*$/i;

export function scanNiNumbers(text: string, out: Candidate[]): void {
  NINO.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NINO.exec(text))) {
    const prefix = m[1];
    const specimen = prefix === SPECIMEN_NI_PREFIX;
    if (!specimen && !isAllocatableNiPrefix(prefix)) continue;
    const labelled = LABEL.test(text.slice(Math.max(0, m.index - 40), m.index));
    if (!m[5] && !labelled) continue;
    let confidence = m[5] ? 0.9 : 0.75;
    if (labelled) confidence = Math.min(0.98, confidence + 0.08);
    out.push({ start: m.index, end: m.index + m[0].length, kind: "National Insurance number", confidence, rank: labelled ? 1 : 0 });
  }
}
