// Moves a bundle's entropy-coded word lists (long base64 string literals, see pack-data-loader.cjs) to
// the end of the file. Each literal is replaced where it stood by __crData(i), and the literals are
// appended in one function declaration, which JavaScript hoists, so the call works before the line
// it is written on. Why: gzip finds repeats only within the last 32 KB, and a 42 KB literal of
// incompressible text in the middle of the code kept the code after it from matching the code
// before it (on-send.js: about 0.6 KB smaller gzipped). The values are the same strings.
const acorn = require("acorn");

/** Literals at least this long, of base64 characters only, are moved. */
const MIN_LENGTH = 2000;
const BASE64 = /^[A-Za-z0-9+/]+$/;

/** The source with its long base64 literals moved into a hoisted function at the end, and how many moved. */
function moveDataLast(source) {
  const tokens = [];
  acorn.parse(source, { ecmaVersion: "latest", onToken: tokens });
  const moved = tokens.filter((t) => t.type.label === "string" && typeof t.value === "string" && t.value.length >= MIN_LENGTH && BASE64.test(t.value));
  if (!moved.length) return { source, moved: 0 };
  let out = "";
  let at = 0;
  moved.forEach((t, i) => {
    out += `${source.slice(at, t.start)}__crData(${i})`;
    at = t.end;
  });
  out += source.slice(at);
  return { source: `${out}\nfunction __crData(i){return[${moved.map((t) => source.slice(t.start, t.end)).join(",")}][i]}\n`, moved: moved.length };
}

class DataLastPlugin {
  constructor(files) {
    this.files = files;
  }
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    compiler.hooks.thisCompilation.tap("DataLastPlugin", (compilation) => {
      // After the minifier (which would fold the calls back), before Es2016RegExpPlugin's ES2016 check.
      compilation.hooks.processAssets.tap({ name: "DataLastPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_DEV_TOOLING }, (assets) => {
        for (const file of this.files) {
          if (!assets[file]) continue;
          compilation.updateAsset(file, new RawSource(moveDataLast(assets[file].source().toString()).source));
        }
      });
    });
  }
}

module.exports = { DataLastPlugin, moveDataLast };
