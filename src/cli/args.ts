import { UsageError } from "./errors";
import { DOCUMENT_KINDS } from "../engine/types";

export type Command = "analyse" | "check" | "redact";
export type Format = "stylish" | "json" | "csv";

export type Args = {
  command?: Command;
  help: boolean;
  format: Format;
  profile?: string;
  subject?: string;
  aliases?: string[];
  pronouns?: string;
  otherChildren?: string[];
  adults?: string[];
  allow?: string[];
  /** The kind of record (court-report, visit-record…); inferred from the text when absent. */
  kind?: string;
  policy?: string;
  out?: string;
  /** redact: what to do with people the checker could not place ("redact", the default, or "keep"). */
  undecided?: string;
  /** check/redact: where to write the HTML report. */
  report?: string;
  /** check/redact: how many worker threads (default one per core; 1 runs in one thread). */
  jobs?: number;
  files: string[];
};

type OptionSpec = { key: keyof Args; takes: "string" | "list" | "format" | "flag"; commands: Command[] | "all" };

const OPTIONS: Record<string, OptionSpec> = {
  "--help": { key: "help", takes: "flag", commands: "all" },
  "-h": { key: "help", takes: "flag", commands: "all" },
  "--format": { key: "format", takes: "format", commands: "all" },
  "--profile": { key: "profile", takes: "string", commands: "all" },
  "--subject": { key: "subject", takes: "string", commands: "all" },
  "--aliases": { key: "aliases", takes: "list", commands: "all" },
  "--pronouns": { key: "pronouns", takes: "string", commands: "all" },
  "--other-children": { key: "otherChildren", takes: "list", commands: "all" },
  "--adults": { key: "adults", takes: "list", commands: "all" },
  "--allow": { key: "allow", takes: "list", commands: ["analyse", "check"] },
  "--kind": { key: "kind", takes: "string", commands: ["analyse", "check"] },
  "--report": { key: "report", takes: "string", commands: ["check", "redact"] },
  "--jobs": { key: "jobs", takes: "string", commands: ["check", "redact"] },
  "--policy": { key: "policy", takes: "string", commands: ["redact"] },
  "--out": { key: "out", takes: "string", commands: ["redact"] },
  "--undecided": { key: "undecided", takes: "string", commands: ["redact"] },
};

const COMMANDS: Record<string, Command> = { analyse: "analyse", analyze: "analyse", check: "check", redact: "redact" };

const list = (v: string) =>
  v
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

/** Parses argv (without node and the script). Throws UsageError on anything it does not understand. */
export function parseArgs(argv: readonly string[]): Args {
  const args: Args = { help: false, format: "stylish", files: [] };
  const dashDash = argv.indexOf("--");
  const beforeFiles = dashDash >= 0 ? argv.slice(0, dashDash) : argv;
  if (beforeFiles.includes("--help") || beforeFiles.includes("-h")) return { ...args, help: true };
  let i = 0;
  let optionsDone = false;
  const seen = new Set<string>();
  const used: string[] = [];
  while (i < argv.length) {
    const token = argv[i++];
    if (!optionsDone && token === "--") {
      optionsDone = true;
      continue;
    }
    if (!optionsDone && token.startsWith("-") && token !== "-") {
      const eq = token.indexOf("=");
      const name = eq > 0 && token.startsWith("--") ? token.slice(0, eq) : token;
      const spec = Object.prototype.hasOwnProperty.call(OPTIONS, name) ? OPTIONS[name] : undefined;
      if (!spec) throw new UsageError(`unknown option ${safeOption(name)} (see clear-record --help)`);
      if (spec.takes === "flag") {
        if (eq > 0) throw new UsageError(`${name} takes no value`);
        args.help = true;
        continue;
      }
      let value: string | undefined;
      if (eq > 0) value = token.slice(eq + 1);
      else if (i < argv.length && !(argv[i].startsWith("--") && argv[i].length > 2)) value = argv[i++];
      if (value === undefined || value === "") throw new UsageError(`${name} needs a value`);
      if (seen.has(spec.key)) throw new UsageError(`${name} was given twice`);
      seen.add(spec.key);
      used.push(name);
      switch (spec.takes) {
        case "format":
          if (value !== "stylish" && value !== "json" && value !== "csv") throw new UsageError(`--format must be stylish or json (or csv for check), not ${safeOption(value)}`);
          args.format = value;
          break;
        case "list":
          (args as Record<string, unknown>)[spec.key] = list(value);
          break;
        default:
          (args as Record<string, unknown>)[spec.key] = value;
          if (spec.key === "jobs") (args as Record<string, unknown>).jobs = value as unknown as number;
      }
      continue;
    }
    if (!args.command && args.files.length === 0 && !optionsDone) {
      const command = Object.prototype.hasOwnProperty.call(COMMANDS, token) ? COMMANDS[token] : undefined;
      if (!command) {
        throw new UsageError(`unknown command ${safeOption(token)}: use analyse or redact (see clear-record --help)`);
      }
      args.command = command;
      continue;
    }
    args.files.push(token);
  }
  if (args.help) return args;
  if (!args.command) throw new UsageError("no command given: use analyse or redact (see clear-record --help)");
  if (args.format === "csv" && args.command !== "check") throw new UsageError("--format csv works only with check");
  if (args.jobs !== undefined) {
    const n = Number(args.jobs);
    if (!Number.isInteger(n) || n < 0 || n > 256) throw new UsageError("--jobs must be a whole number from 0 to 256");
    args.jobs = n;
  }
  for (const name of used) {
    const only = OPTIONS[name].commands;
    if (only !== "all" && !only.includes(args.command)) throw new UsageError(`${name} works only with ${only.join(" or ")}`);
  }
  if (args.profile && (args.subject || args.aliases || args.pronouns || args.otherChildren || args.adults)) {
    throw new UsageError("give either --profile or --subject (with --aliases, --pronouns…), not both");
  }
  if (!args.subject && (args.aliases || args.pronouns || args.otherChildren || args.adults)) {
    throw new UsageError("--aliases, --pronouns, --other-children and --adults need --subject NAME");
  }
  if (args.kind !== undefined && !(DOCUMENT_KINDS as readonly string[]).includes(args.kind)) {
    throw new UsageError(`--kind must be one of ${DOCUMENT_KINDS.join(", ")}`);
  }
  if (args.undecided !== undefined && args.undecided !== "redact" && args.undecided !== "keep") throw new UsageError("--undecided must be redact or keep");
  if (args.files.length === 0) throw new UsageError("no files given");
  if (args.command === "redact" && !args.out) throw new UsageError("redact needs --out DIR (a folder for the redacted copies)");
  return args;
}

// An option or command echoed back is shortened and stripped of control characters.
function safeOption(s: string): string {
  // Control characters are exactly what this replaces: a file name must not move the terminal.
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f]/g, "?");
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

export const USAGE = `Usage:
  clear-record analyse [options] FILE…
  clear-record check [options] DIR|FILE…
  clear-record redact --out DIR [options] DIR|FILE…

Checks children's social care records for other children, personal identifiers, jargon,
judgemental wording and mix-ups; redact writes redacted copies into DIR. analyse reads plain UTF-8
text (.txt); check and redact also read Word documents (.docx), e-mails (.eml, .msg) and PDFs.

Case profile (who the record is about):
  --profile p.json         {"subject": {"name": …, "aliases": […], "pronouns": "she/her"},
                            "otherChildren": […], "adults": […]}
  --subject NAME           the subject child's name (instead of --profile)
  --aliases A,B            other names the subject child goes by
  --pronouns she/her       the subject child's pronouns
  --other-children A,B     other children you already know of
  --adults A,B             adults you already know of

analyse:
  --format stylish|json    stylish (default): file:line:col  category  message → suggestion;
                           json: one {file, findings, quality} object per file, one per line
  --allow WORD,WORD        words or phrases your organisation allows
  --kind KIND              the kind of record, instead of inferring it: court-report, case-note,
                           visit-record, email, chronology, assessment, supervision, letter-to-child

check (bundles: folders searched recursively for .docx, .eml, .msg, .pdf and .txt, on all cores):
  --format stylish|json|csv  as analyse, or one CSV row per finding
  --report report.html     a printable report: summary per document and category, each finding
                           in context, the quality review, and files that could not be read
  --jobs N                 worker threads (default: one per core)

redact:
  --out DIR                where the redacted copies go (never the input's own folder)
  --policy NAME            pseudonym (default: "Child A", "Child B"…), mask ("[redacted]") or
                           remove-sentence; identifiers always become their kind ("[phone number]")
  --format stylish|json    how to print what changed (never the redacted text itself)
  --report report.html     the redaction log and each copy's verification, printable
  --undecided redact|keep  people the checker could not place: redacted as "Person A"… (default,
                           since a records request discloses no third party) or kept
  Given folders or .docx/.eml/.msg/.pdf files, redact works on the bundle: formatting kept, one set of
  pseudonyms, DIR/redaction-log.csv, every copy verified (exit 2 if redacted text remains), and an
  interrupted run resumes where it stopped.

  -h, --help               show this help

Exit status: 0 nothing found, 1 findings (stylish output) or redactions made, 2 bad input or
options, a file that could not be read, or a failed verification. JSON output of analyse exits 0
whenever it reports: the findings are in the JSON.
`;
