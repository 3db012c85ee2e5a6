#!/usr/bin/env node
// Runs `clear-record redact` over a generated folder, kills it with SIGKILL part-way, records what is
// on disk, runs the same command again and prints one JSON object for the test to judge. It runs as its
// own process (not inside jest) so that the killed run and the re-run see exactly what a person's shell
// would: jest's worker environment changed what the re-run found.
//   node test/helpers/kill-and-resume.mjs <bin/clear-record.js> <work dir> <ms before the kill>
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const [bin, dir, afterMs] = process.argv.slice(2);
const input = join(dir, "in");
mkdirSync(input, { recursive: true });
const line = "Maisie saw Tyler Brown, aged 7, at school. Tyler rang on 07700 900417.\n";
for (let i = 0; i < 40; i++) writeFileSync(join(input, `n${i}.txt`), line.repeat(400));
const out = join(dir, "out");
const args = [bin, "redact", "--jobs", "1", "--subject", "Maisie Oyelaran", "--other-children", "Tyler Brown", "--out", out, input];

const child = spawn(process.execPath, args, { stdio: "ignore" });
const exited = new Promise((r) => child.on("exit", (code, signal) => r({ code, signal })));
const finishedFirst = await Promise.race([exited.then(() => true), new Promise((r) => setTimeout(() => r(false), Number(afterMs)))]);
if (!finishedFirst) child.kill("SIGKILL");
const first = await exited;

// What is there under its own name after the kill.
const copies = existsSync(out) ? readdirSync(out).filter((n) => n.endsWith(".txt")) : [];
const leaked = copies.filter((c) => /Tyler|07700/.test(readFileSync(join(out, c), "utf8")));
const empty = copies.filter((c) => readFileSync(join(out, c), "utf8").length === 0);

const again = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 240000 });
const after = readdirSync(out).filter((n) => n.endsWith(".txt"));
const leakedAfter = after.filter((c) => /Tyler|07700/.test(readFileSync(join(out, c), "utf8")));
process.stdout.write(
  JSON.stringify({
    killed: !finishedFirst && first.signal === "SIGKILL",
    copiesAfterKill: copies.length,
    leaked,
    empty,
    rerunStatus: again.status,
    rerunStdout: again.stdout,
    rerunStderr: again.stderr,
    copiesAfterRerun: after.length,
    leakedAfter,
    tmpLeft: existsSync(join(out, ".clear-record", "tmp")),
  }),
);
