#!/usr/bin/env node
"use strict";
// Launcher: the checker is compiled TypeScript (npm run build writes dist/).
const path = require("node:path");
const entry = path.join(__dirname, "..", "dist", "src", "cli", "main.js");
let cli;
try {
  cli = require(entry);
} catch (err) {
  if (err && err.code === "MODULE_NOT_FOUND" && String(err.message).includes(entry)) {
    process.stderr.write("clear-record: not built yet; run `npm run build` first\n");
    process.exit(2);
  }
  throw err;
}
cli.run();
