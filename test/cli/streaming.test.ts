import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { SealedSpill } from "../../src/cli/bulk/spill";
import { HEAP_LIMIT, RECYCLE_AFTER, recycleAfter, shouldRecycle, streamJobs } from "../../src/cli/bulk/pool";
import { planOne, redactOne, writeHandedBack, type AnalyseFn } from "../../src/cli/bulk/jobs";
import { analyse as realAnalyse } from "../../src/engine/pipeline";
import { analysisFor, PSEUDONYM_POLICY, REMOVE_SENTENCE_POLICY } from "../../src/redact";
import { Spool } from "../../src/cli/formatters/spool";
import { neutralPicture } from "../../src/cli/writers/docx-deny";
import type { Report } from "../../src/engine/types";
import { main } from "../../src/cli/main";

const tmp = () => mkdtempSync(join(tmpdir(), "clear-record-stream-"));

describe("what a bulk run keeps between its phases", () => {
  test("a sealed spill gives back what was put, and its file holds no name", () => {
    const dir = tmp();
    const spill = new SealedSpill(dir);
    spill.put(0, { otherChildren: [{ displayName: "Tavish Quorley" }] });
    spill.put(1, { otherChildren: [{ displayName: "Kayden Marsh" }] });
    const file = readdirSync(dir).find((n) => n.startsWith(".spill-")) as string;
    const raw = readFileSync(join(dir, file));
    expect(raw.length).toBeGreaterThan(0);
    for (const enc of ["utf8", "utf16le", "latin1"] as const) expect(raw.toString(enc)).not.toMatch(/Tavish|Quorley|Kayden|Marsh/i);
    expect(spill.take(1)).toEqual({ otherChildren: [{ displayName: "Kayden Marsh" }] });
    expect(spill.take(1)).toBeUndefined();
    expect(spill.take(0)).toEqual({ otherChildren: [{ displayName: "Tavish Quorley" }] });
    spill.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  test("a spooled file is assembled in its sections' order, and its temporary files are gone", () => {
    const dir = tmp();
    const spool = new Spool(join(dir, "r.html"), 2);
    spool.write(1, "b1\n");
    spool.write(0, "a1\n");
    spool.write(1, "b2\n");
    spool.finish(["<head>\n", 0, "<mid>\n", 1, "<end>\n"]);
    expect(readFileSync(join(dir, "r.html"), "utf8")).toBe("<head>\na1\n<mid>\nb1\nb2\n<end>\n");
    expect(readdirSync(dir)).toEqual(["r.html"]);
  });

  test("results are handed over in the jobs' order, each once", async () => {
    const dir = tmp();
    const seen: number[] = [];
    const analyse = (text: string): Report => ({ findings: [], otherChildren: [], stats: { characters: text.length, words: 1 } }) as unknown as Report;
    const files = [0, 1, 2, 3, 4].map((i) => {
      const f = join(dir, `${i}.txt`);
      writeFileSync(f, `note ${i}`);
      return f;
    });
    await streamJobs(
      files.length,
      (i) => ({ kind: "check", file: files[i] }),
      { profile: { subject: { name: "A B" } }, options: {}, policy: "pseudonym" },
      { jobs: 0, analyse, realEngine: false, onOrdered: (i) => seen.push(i) },
    );
    expect(seen).toEqual([0, 1, 2, 3, 4]);
  });
});

describe("a verified copy handed back by a worker", () => {
  const settings = { profile: { subject: { name: "Orla Penhallow" } }, options: analysisFor(PSEUDONYM_POLICY), policy: "pseudonym" };
  const input = (dir: string) => {
    const f = join(dir, "note.txt");
    writeFileSync(f, "Orla said her friend Tavish Quorley rang her on 07700 900321 after school.\n");
    return f;
  };

  test("is not written by the worker, and is written by the caller exactly as it was verified", async () => {
    const dir = tmp();
    const out = join(dir, "out", "note.txt");
    const r = await redactOne(input(dir), out, "note.txt", settings, [], realAnalyse, undefined, [], { tmpDir: join(dir, "tmp"), handBack: true });
    expect(r.verified).toBe(true);
    expect(r.output).toBeInstanceOf(Uint8Array);
    expect(existsSync(out)).toBe(false);
    const written = await writeHandedBack(r, join(dir, "tmp"));
    expect(written.output).toBeUndefined();
    expect(written.error).toBeUndefined();
    const copy = readFileSync(out, "utf8");
    expect(copy).toBe(Buffer.from(r.output as Uint8Array).toString("utf8"));
    expect(copy).not.toMatch(/Tavish|Quorley|900321/);
    expect(readdirSync(join(dir, "tmp"))).toEqual([]);
  });

  test("bytes that do not match the hash they were verified under are never written", async () => {
    const dir = tmp();
    const out = join(dir, "out", "note.txt");
    const r = await redactOne(input(dir), out, "note.txt", settings, [], realAnalyse, undefined, [], { handBack: true });
    const tampered = { ...r, output: Buffer.from("Tavish Quorley") };
    const written = await writeHandedBack(tampered, join(dir, "tmp"));
    expect(written.error).toMatch(/could not be written/);
    expect(written.verified).toBeUndefined();
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(join(dir, "tmp"))).toEqual([]);
  });
});

describe("phase two of a redaction", () => {
  /** The real engine, counting its calls. */
  const counting = () => {
    const calls = { n: 0 };
    const analyse: AnalyseFn = (text, profile, options) => {
      calls.n++;
      return realAnalyse(text, profile, options);
    };
    return { calls, analyse };
  };
  const write = (dir: string, text: string) => {
    const f = join(dir, "note.txt");
    writeFileSync(f, text);
    return f;
  };

  test("reuses phase one's analysis instead of analysing the document again", async () => {
    const dir = tmp();
    const settings = { profile: { subject: { name: "Orla Penhallow" } }, options: analysisFor(PSEUDONYM_POLICY), policy: "pseudonym" };
    const file = write(dir, "Orla said her friend Tavish Quorley rang her on 07700 900321 after school.\n");
    const { calls, analyse } = counting();
    const plan = await planOne(file, settings, analyse);
    expect(calls.n).toBe(1);
    const r = await redactOne(file, join(dir, "out", "note.txt"), "note.txt", settings, [], analyse, plan.report, ["Tavish Quorley"], { handBack: true });
    expect(calls.n).toBe(1);
    expect(r.verified).toBe(true);
    expect(Buffer.from(r.output as Uint8Array).toString("utf8")).not.toMatch(/Tavish|Quorley|900321/);
  });

  test("refuses phase one's analysis when the document's text is not the text it was made of", async () => {
    const dir = tmp();
    const settings = { profile: { subject: { name: "Orla Penhallow" } }, options: analysisFor(PSEUDONYM_POLICY), policy: "pseudonym" };
    const file = write(dir, "Orla said her friend Tavish Quorley rang her on 07700 900321 after school.\n");
    const { calls, analyse } = counting();
    const plan = await planOne(file, settings, analyse);
    // The file changes between the phases (edited, or replaced by a sync): its findings would fall in the wrong places.
    writeFileSync(file, "Before school on Monday Orla met Kayden Marsh, aged 10, who gave her his number 07700 900654.\n");
    const r = await redactOne(file, join(dir, "out", "note.txt"), "note.txt", settings, [], analyse, plan.report, ["Tavish Quorley"], { handBack: true });
    expect(calls.n).toBe(2);
    expect(r.verified).toBe(true);
    const copy = Buffer.from(r.output as Uint8Array).toString("utf8");
    expect(copy).not.toMatch(/Kayden|Marsh|900654/);
    expect(copy).toMatch(/^Before school on Monday Orla met /);
  });

  test("refuses an analysis that does not say which text it was made of", async () => {
    const dir = tmp();
    const settings = { profile: { subject: { name: "Orla Penhallow" } }, options: analysisFor(PSEUDONYM_POLICY), policy: "pseudonym" };
    const file = write(dir, "Orla said her friend Tavish Quorley rang her on 07700 900321 after school.\n");
    const { calls, analyse } = counting();
    const plan = await planOne(file, settings, analyse);
    const { textHash: _unproven, ...report } = plan.report as NonNullable<typeof plan.report>;
    await redactOne(file, join(dir, "out", "note.txt"), "note.txt", settings, [], analyse, report, ["Tavish Quorley"], { handBack: true });
    expect(calls.n).toBe(2);
  });

  test("analyses again only to remove whole sentences naming a bundle child it did not find", async () => {
    const dir = tmp();
    const settings = { profile: { subject: { name: "Orla Penhallow" } }, options: analysisFor(REMOVE_SENTENCE_POLICY), policy: "remove-sentence" };
    const file = write(dir, "Orla said her friend Tavish Quorley rang her after school. Orla asked what happened with Brannoc.\n");
    const { calls, analyse } = counting();
    const plan = await planOne(file, settings, analyse);
    // No child of the bundle is named here unfound: phase one's analysis stands.
    await redactOne(file, join(dir, "out", "a.txt"), "a.txt", settings, [], analyse, plan.report, ["Tavish Quorley"], { handBack: true });
    expect(calls.n).toBe(1);
    // "Brannoc" is a child found in another document of the bundle: the sentence naming him is placed by a second analysis.
    await redactOne(file, join(dir, "out", "b.txt"), "b.txt", settings, [], analyse, plan.report, ["Tavish Quorley", "Brannoc Ellery"], { handBack: true });
    expect(calls.n).toBe(2);
  });
});

describe("a bundle redaction", () => {
  test("analyses each document once, and a resumed run none", async () => {
    const dir = tmp();
    const input = join(dir, "in");
    mkdirSync(input);
    // A child found in one document is named in another with nothing to show she is a child: swept, not analysed again.
    writeFileSync(join(input, "a.txt"), "Orla said her friend Tavish Quorley, aged 9, rang her on 07700 900321 after school.\n");
    writeFileSync(join(input, "b.txt"), "Orla asked what happened with Tavish. Next steps: review in a month.\n");
    for (let i = 0; i < 4; i++) writeFileSync(join(input, `c${i}.txt`), `Visit ${i}. Orla was seen at home with her brother Finn Penhallow, aged 6.\n`);
    writeFileSync(join(input, "d.docx"), "not a Word document");
    const calls = { n: 0 };
    const deps = {
      analyse: ((text, profile, options) => {
        calls.n++;
        return realAnalyse(text, profile, options);
      }) as typeof realAnalyse,
    };
    const out = join(dir, "out");
    const lines: string[] = [];
    const io = { stdout: (s: string | Uint8Array) => void lines.push(String(s)), stderr: () => undefined };
    const argv = ["redact", "--format", "json", "--subject", "Orla Penhallow", "--out", out, input];
    process.env.CLEAR_RECORD_STATE = join(dir, "state");
    try {
      expect(await main(argv, io, deps)).toBe(2);
      // Six documents read, each analysed once (the unreadable one not at all); every copy verified and logged.
      expect(calls.n).toBe(6);
      const copies = lines.map((l) => JSON.parse(l) as { file: string; verified: boolean; log: unknown[] });
      expect(copies.map((c) => c.file)).toEqual(["a.txt", "b.txt", "c0.txt", "c1.txt", "c2.txt", "c3.txt"]);
      expect(copies.every((c) => c.verified && c.log.length)).toBe(true);
      expect(readFileSync(join(out, "b.txt"), "utf8")).not.toMatch(/Tavish/);
      // The manifest holds one line per verified copy, each with its log.
      const manifest = readFileSync(join(out, ".clear-record", "manifest.jsonl"), "utf8")
        .trim()
        .split("\n")
        .slice(1);
      expect(manifest.map((l) => (JSON.parse(l) as { display: string }).display).sort()).toEqual(copies.map((c) => c.file));
      // Run again: every finished copy is resumed, nothing is analysed, the output is the same.
      calls.n = 0;
      const again: string[] = [];
      expect(await main(argv, { ...io, stdout: (s) => void again.push(String(s)) }, deps)).toBe(2);
      expect(calls.n).toBe(0);
      expect(again).toEqual(lines);
    } finally {
      delete process.env.CLEAR_RECORD_STATE;
    }
  });
});

describe("pictures in a redacted Word copy", () => {
  const name = "Tavish Quorley";
  test.each([
    ["emf", Buffer.concat([Buffer.from([1, 0, 0, 0]), Buffer.from(name, "utf16le")])],
    ["wmf", Buffer.concat([Buffer.from([1, 0, 9, 0]), Buffer.from(name, "latin1")])],
    ["svg", Buffer.from(`<svg xmlns="http://www.w3.org/2000/svg"><text>${name}</text></svg>`)],
    ["gif", Buffer.concat([Buffer.from("GIF89a"), Buffer.from(`!\xfe${name}`, "latin1")])],
    ["tiff", Buffer.concat([Buffer.from("II*\0"), Buffer.from(name, "latin1")])],
  ])("%s: becomes a blank picture holding no text", (ext, bytes) => {
    const out = neutralPicture(`word/media/image1.${ext}`, bytes);
    expect(out.replaced).toBe(true);
    for (const enc of ["utf8", "utf16le", "latin1"] as const) expect(Buffer.from(out.bytes).toString(enc)).not.toMatch(/Tavish|Quorley/);
    if (ext === "svg") expect(Buffer.from(out.bytes).toString("utf8")).toMatch(/^<svg /);
    if (ext === "emf") expect(Buffer.from(out.bytes).readUInt32LE(40)).toBe(0x464d4520);
  });
  test("PNG keeps its pixels (its text chunks go), whatever its name says", () => {
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4//8/AAX+Av4N70a4AAAAAElFTkSuQmCC", "base64");
    const out = neutralPicture("word/media/image1.emf", png);
    expect(out.replaced).toBe(false);
    expect(Buffer.from(out.bytes).subarray(0, 4).toString("latin1")).toBe("\x89PNG");
  });

  test("a worker is replaced after RECYCLE_AFTER documents, or sooner when its heap has grown", () => {
    expect(shouldRecycle(1, 40 * 1024 * 1024)).toBe(false);
    expect(shouldRecycle(RECYCLE_AFTER - 1, 200 * 1024 * 1024)).toBe(false);
    expect(shouldRecycle(3, HEAP_LIMIT + 1)).toBe(true);
    expect(shouldRecycle(RECYCLE_AFTER, 40 * 1024 * 1024)).toBe(true);
    expect(shouldRecycle(RECYCLE_AFTER - 1, undefined)).toBe(false);
    expect(shouldRecycle(3, 40 * 1024 * 1024, 3)).toBe(true);
  });

  test("CLEAR_RECORD_RECYCLE_AFTER replaces workers sooner only when it is a whole number of at least 1", () => {
    expect(recycleAfter({})).toBe(RECYCLE_AFTER);
    expect(recycleAfter({ CLEAR_RECORD_RECYCLE_AFTER: "3" })).toBe(3);
    for (const bad of ["0", "-2", "1.5", "many", ""]) expect(recycleAfter({ CLEAR_RECORD_RECYCLE_AFTER: bad })).toBe(RECYCLE_AFTER);
  });
});
