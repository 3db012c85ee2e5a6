"use strict";
// V8 flags the CLI (and its bulk workers, threads of the same process) runs with, and the bench's "as the
// CLI" figures.
//
// --no-regexp-tier-up: compile each regular expression to machine code on its first use instead of
// interpreting it first. The engine runs several hundred regexes, many built per document with the
// case's names in them, and on the development corpus the interpreted first runs cost about a fifth of
// the engine's CPU (measured in stop 23). Browsers and Office clients run their own V8 settings, so the
// task pane does not get this; `npm run bench` prints the engine both ways.
// They must be given on node's command line (clear-record.js's first line): v8.setFlagsFromString with
// this flag, once Node has started, ends in a segmentation fault.
const V8_FLAGS = ["--no-regexp-tier-up"];

module.exports = { V8_FLAGS };
