// The probe-file format shared by scripts/adult-probes.mjs, child-probes.mjs and mixup-probes.mjs:
// one probe per "=== id" block, header lines (key: value) until a "---" line, then the text.

/** Each block's id, its header fields and its body (the text after "---", untrimmed). */
export function probeBlocks(source) {
  return source
    .split(/^=== /m)
    .slice(1)
    .map((block) => {
      const nl = block.indexOf("\n");
      const id = block.slice(0, nl).trim();
      const sep = block.indexOf("\n---\n");
      if (sep < 0) throw new Error(`probe ${id}: no "---" line`);
      const header = Object.fromEntries(
        block
          .slice(nl + 1, sep)
          .split("\n")
          .filter((l) => l.includes(":"))
          .map((l) => [l.slice(0, l.indexOf(":")).trim(), l.slice(l.indexOf(":") + 1).trim()]),
      );
      return { id, header, body: block.slice(sep + 5) };
    });
}

/** The profile's subject from a "subject: Name | aliases | pronouns" header line. */
export function probeSubject(header, id) {
  const [name, aliases = "", pronouns] = (header.subject ?? "").split("|").map((s) => s.trim());
  if (!name || !pronouns) throw new Error(`probe ${id}: "subject: Name | aliases | pronouns" is required`);
  return { name, aliases: aliases ? aliases.split(",").map((s) => s.trim()) : [], pronouns };
}
