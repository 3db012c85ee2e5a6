#!/usr/bin/env node
// Sideloads the Word add-in with office-addin-debugging, with usage data off for every office-addin tool.
//
//   npm start              Word desktop (Windows or Mac): office-addin-debugging start manifest.xml desktop
//   npm run start:web -- --document <url of a Word on the web document>
//   npm run stop
//
// office-addin-debugging is run through npx rather than installed with the project: it pulls the
// Microsoft 365 Agents Toolkit CLI, whose native keytar module cannot build on the Linux CI machine,
// and sideloading needs Word desktop or a Microsoft 365 account anyway. The dev server it starts is
// `npm run dev-server` (scripts/serve-taskpane.mjs, https://localhost:3000).
//
// Usage data: office-addin-usage-data 3.x (installed here) no longer reports anything; older
// office-addin tools read ~/office-addin-usage-data.json, so the opt-out is written there too, which is
// what `office-addin-usage-data off` did in those versions.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const [command = "start", target = "desktop", ...rest] = process.argv.slice(2);

function usageDataOff() {
  const cli = join(root, "node_modules", "office-addin-usage-data", "cli.js");
  if (existsSync(cli)) spawnSync(process.execPath, [cli, "off"], { stdio: "ignore" });
  const file = join(homedir(), "office-addin-usage-data.json");
  let data = {};
  try {
    data = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    data = {};
  }
  data.usageDataInstances ??= {};
  data.usageDataInstances["office-addin-usage-data"] = { ...(data.usageDataInstances["office-addin-usage-data"] ?? {}), usageDataLevel: "off" };
  writeFileSync(file, JSON.stringify(data, null, 2));
}

usageDataOff();
const npx = process.platform === "win32" ? "npx.cmd" : "npx";
const tool = ["--yes", "office-addin-debugging@7"];
const args =
  command === "stop" ? [...tool, "stop", "manifest.xml"] : [...tool, "start", "manifest.xml", target, "--dev-server", "npm run dev-server", "--dev-server-port", "3000", ...rest];
if (command === "start" && target === "web" && !rest.includes("--document")) {
  console.error("start:web needs a Word on the web document: npm run start:web -- --document <url>");
  process.exit(2);
}
const result = spawnSync(npx, args, { cwd: root, stdio: "inherit", env: { ...process.env, OFFICE_ADDIN_USAGE_DATA: "off" } });
process.exit(result.status ?? 1);
