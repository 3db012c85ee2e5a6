import { USAGE, parseArgs } from "../../src/cli/args";
import { UsageError } from "../../src/cli/errors";

describe("parseArgs", () => {
  test("analyse with a profile and json", () => {
    expect(parseArgs(["analyse", "--format", "json", "--profile", "p.json", "a.txt", "b.txt"])).toEqual({
      command: "analyse",
      help: false,
      format: "json",
      profile: "p.json",
      files: ["a.txt", "b.txt"],
    });
  });

  test("--opt=value, lists and the analyze spelling", () => {
    expect(parseArgs(["analyze", "--subject=Amelia Hughes", "--aliases", "Millie, Mills", "--pronouns", "she/her", "a.txt"])).toMatchObject({
      command: "analyse",
      subject: "Amelia Hughes",
      aliases: ["Millie", "Mills"],
      pronouns: "she/her",
      files: ["a.txt"],
    });
  });

  test("redact with a policy and out folder; -- ends options", () => {
    expect(parseArgs(["redact", "--out", "out", "--policy", "mask", "--", "--odd-name.txt"])).toMatchObject({
      command: "redact",
      out: "out",
      policy: "mask",
      files: ["--odd-name.txt"],
    });
  });

  test.each([["--help"], ["-h"], ["analyse", "--help"], ["nonsense", "--help"]])("%s asks for help", (...argv) => {
    expect(parseArgs(argv).help).toBe(true);
  });

  test.each([
    [["analyse", "--bogus", "a.txt"], "unknown option --bogus"],
    [["analyse"], "no files given"],
    [[], "no command given"],
    [["frobnicate", "a.txt"], "unknown command frobnicate"],
    [["analyse", "--format", "xml", "a.txt"], "--format must be stylish or json"],
    [["analyse", "--profile"], "--profile needs a value"],
    [["analyse", "--profile", "--format", "json", "a.txt"], "--profile needs a value"],
    [["analyse", "--profile", "p.json", "--subject", "Amelia", "a.txt"], "not both"],
    [["analyse", "--pronouns", "she/her", "a.txt"], "need --subject"],
    [["analyse", "--out", "x", "a.txt"], "--out works only with redact"],
    [["analyse", "--format", "json", "--format", "json", "a.txt"], "given twice"],
    [["redact", "a.txt"], "redact needs --out"],
    [["analyse", "--help=yes"], "takes no value"],
  ])("%j is refused: %s", (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });
});

test("the usage says which files each command reads (check and redact read Word, e-mail and PDF, not only plain text)", () => {
  expect(USAGE).not.toMatch(/Checks plain-text/);
  expect(USAGE).toMatch(/check and redact also read Word documents \(\.docx\), e-mails \(\.eml, \.msg\) and PDFs/);
});
