// Webpack loader for src/engine/data/packed.ts in the on-send bundle, which only decodes its word lists:
// the coder's flag `encoding` (true only while entropyEncode runs, at build time) becomes the constant
// false and entropyEncode no longer sets it, so the minifier drops the encoder's branches from the
// shared coder (runCoder): on-send.js 101 bytes smaller gzipped (stop 45), the same decoding. The packer
// (pack-data-loader.cjs) and the tests read packed.ts itself. Fails the build when packed.ts no longer
// has the three lines it rewrites.
const LINES = [
  [/^let encoding = false;$/m, "const encoding = false;"],
  [/^ {2}encoding = true;$/m, ""],
  [/^ {4}encoding = false;$/m, ""],
];

function decoderOnly(source) {
  let out = source;
  for (const [pattern, replacement] of LINES) {
    if (!pattern.test(out)) throw new Error(`decoder-only-loader: packed.ts has no line ${pattern}`);
    out = out.replace(pattern, replacement);
  }
  return out;
}

module.exports = function decoderOnlyLoader(source) {
  return decoderOnly(source);
};
module.exports.decoderOnly = decoderOnly;
