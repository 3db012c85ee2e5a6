#!/usr/bin/env node
// npm run build:prod -- --url https://host/path/ [--version 1.0.1.0]
// Builds both add-ins for production into dist/ (dist/taskpane/ for Word, dist/outlook/ for Outlook)
// and writes both manifests beside them (dist/manifest.xml, dist/manifest.outlook.xml) pointing at that
// address, with no localhost left, then validates them. Upload the two manifests in the Microsoft 365
// admin centre and copy dist/taskpane/ and dist/outlook/ to <url>taskpane/ and <url>outlook/.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const fail = (message) => {
  console.error(`build:prod: ${message}`);
  process.exit(2);
};

const require = createRequire(import.meta.url);
const { baseUrl, rewriteManifest } = require("./prod-manifest.cjs");

{
  const raw = opt("--url");
  if (!raw) fail("give the address the files will be served from: npm run build:prod -- --url https://host/path/");
  let base;
  try {
    base = baseUrl(raw);
  } catch (e) {
    fail(e.message);
  }
  const version = opt("--version");
  const webpack = join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  for (const config of ["webpack.config.js", "webpack.outlook.config.js"]) {
    console.log(`build:prod: webpack -c ${config}`);
    execFileSync(process.execPath, [webpack, "-c", config, "--mode", "production"], { cwd: root, stdio: "inherit" });
  }
  mkdirSync(join(root, "dist"), { recursive: true });
  const outputs = [
    ["manifest.xml", "taskpane"],
    ["manifest.outlook.xml", "outlook"],
  ];
  for (const [file, folder] of outputs) {
    try {
      writeFileSync(join(root, "dist", file), rewriteManifest(readFileSync(join(root, file), "utf8"), base, folder, version));
    } catch (e) {
      fail(`${file}: ${e.message}`);
    }
  }
  execFileSync(process.execPath, [join(root, "scripts", "validate-manifest.mjs"), "--production", "dist/manifest.xml", "dist/manifest.outlook.xml"], {
    cwd: root,
    stdio: "inherit",
  });
  console.log(
    `build:prod: done. Copy dist/taskpane/ to ${base}taskpane/ and dist/outlook/ to ${base}outlook/, then upload dist/manifest.xml and dist/manifest.outlook.xml (see docs/deploy.md).`,
  );
}
