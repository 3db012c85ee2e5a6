// Where the quoted earlier messages of an email begin. A module of its own, without the engine, so the
// task pane's adapter can use it without pulling the send check's engine into the pane's script.

export const QUOTE_START = /^[ \t>]*(?:-{2,}\s*original message\s*-{2,}|_{5,}|from\s*:.*|on .+wrote:\s*)$/i;

/**
 * Where the earlier messages quoted below a reply or forward begin in an email's text (the first
 * "From: …", "On … wrote:" or "-----Original Message-----" line), or -1 when nothing is quoted.
 */
export function quotedStart(text: string): number {
  let at = 0;
  for (const line of text.split("\n")) {
    if (QUOTE_START.test(line)) return at;
    at += line.length + 1;
  }
  return -1;
}
