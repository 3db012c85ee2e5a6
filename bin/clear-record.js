#!/usr/bin/env -S node --no-regexp-tier-up
"use strict";
// Launcher: the checker is compiled TypeScript (npm run build writes dist/). The first line passes the
// V8 flags of bin/v8-flags.js (about a fifth less CPU); V8 takes them only at start-up (set later, from
// inside the process, they crash it), so `node bin/clear-record.js` runs without them, correctly but slower.
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
