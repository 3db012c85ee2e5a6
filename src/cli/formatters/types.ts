import type { Report } from "../../engine/types";

/** One analysed file, as the formatters receive it. */
export type FileResult = { file: string; text: string; report: Report };
