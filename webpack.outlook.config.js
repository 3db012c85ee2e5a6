// Builds the Outlook add-in into dist/outlook/:
//   outlook.html + outlook.[hash].js   the task pane (read and compose), React + Fluent UI
//   on-send.js                         the OnMessageSend handler, one self-contained script over the
//                                      pure engine (classic Outlook on Windows loads it alone in a
//                                      JavaScript-only runtime: no DOM, no imports)
//   on-send.html                       the same handler for the browser runtime (web, new Outlook, Mac)
//   assets/*.png                       icons for manifest.outlook.xml
// Nothing is loaded from a CDN except Office.js, and no telemetry is sent.
//
//   npm run build:outlook                          both bundles, production
//   npx webpack -c webpack.outlook.config.js --env only=on-send    the on-send bundle alone (bench:send)
//   npx webpack -c webpack.outlook.config.js --env demo            the pane against the fake mailbox (e2e)
//   --env filing      the on-send bundle with the judgemental stage whatever org-settings.json says (tests,
//                     bench:bundle's second figure); --env outDir=dist/… writes the build there instead
const fs = require("node:fs");
const path = require("node:path");
const webpack = require("webpack");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { Es2016RegExpPlugin } = require("./scripts/es2016-regexp-plugin.cjs");
const { DataLastPlugin } = require("./scripts/data-last-plugin.cjs");
const { dataRule } = require("./scripts/pack-data-loader.cjs");
const { CompactBundlePlugin } = require("./scripts/compact-bundle-plugin.cjs");

class CopyIconsPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const dir = path.resolve(__dirname, "assets");
    compiler.hooks.thisCompilation.tap("CopyIconsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CopyIconsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        if (!fs.existsSync(dir)) return;
        for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".png"))) {
          compilation.fileDependencies.add(path.join(dir, file));
          compilation.emitAsset(`assets/${file}`, new RawSource(fs.readFileSync(path.join(dir, file))));
        }
      });
    });
  }
}

const tsRule = (target) => ({
  test: /\.tsx?$/,
  loader: "ts-loader",
  exclude: /node_modules/,
  options: {
    configFile: path.resolve(__dirname, "src/taskpane/tsconfig.json"),
    transpileOnly: true,
    compilerOptions: { noEmit: false, target },
  },
});

// The deployed organisation settings, bundled at build time (src/hosts/outlook/settings.ts).
const ORG_SETTINGS = path.resolve(__dirname, "src/hosts/outlook/org-settings.json");

/**
 * Whether the settings list a filing mailbox: the send check counts judgemental wording only for one
 * (send-check.ts), so without one the on-send bundle can leave the judgemental stage out. Errs toward
 * keeping it: any entry counts (settings.ts drops malformed ones later), and so does a file it cannot read.
 */
function listsFilingMailbox(file = ORG_SETTINGS) {
  try {
    const settings = JSON.parse(fs.readFileSync(file, "utf8"));
    return !Array.isArray(settings?.filingAddresses) || settings.filingAddresses.length > 0;
  } catch {
    return true;
  }
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode ?? "production";
  const demo = !!env.demo;
  const filing = !!env.filing || listsFilingMailbox();
  const outDir = path.resolve(__dirname, env.outDir ?? (demo ? "dist/outlook-demo" : "dist/outlook"));

  // The on-send handler: ES2016 (classic Outlook's JavaScript-only runtime before 2403), with the
  // engine's regular expressions lowered by Es2016RegExpPlugin; no DOM, no dynamic chunks, one file with
  // a fixed name for the manifest.
  const onSend = {
    name: "on-send",
    mode,
    target: ["web", "es2016"],
    entry: { "on-send": path.resolve(__dirname, "src/hosts/outlook/on-send-entry.ts") },
    output: { path: outDir, filename: "[name].js", globalObject: "globalThis", chunkFormat: false, chunkLoading: false, clean: false },
    resolve: { extensions: [".ts", ".js", ".json"] },
    // Notes no code on this path reads (a list's note or what it is about (evaluative.json), sources and fitting history, a term's context and
    // curation history, where a word came from: findings' sources are never shown) are left out, and so are
    // the jargon and acronym entries: the send stages never read them (the lexicon's judgemental
    // matches are found independently of the other groups). The send check counts judgemental findings
    // and never shows their wording, so the judgemental entries' explanations and suggestions are
    // carried blank, and so are their ids (never read), variants and main term (read only for the organisation's
    // allow-list and the suggestions: the send check passes no allow-list and shows no suggestion). The largest lists
    // (common words, first names) are entropy-coded (packed.ts entropyDecode): 128.1 → 119.0 KiB gzipped
    // then; a model that also reads the previous entry, and the first names' three lists coded as one,
    // took the bundle from 128.5 to 125.7 KiB later (loading about 15% slower: one model more); two models of
    // the place in the entry, a second mixer and hash checks, 119.9 → 118.2 KiB (decoding about 1.6× the CPU time);
    // a fourth text-order model and faster-learning mixers, 122,622 → 122,173 bytes (stop 37).
    // on-send-bundle.test.ts checks that the bundle finds what the engine finds.
    module: {
      rules: [
        // After TypeScript (loaders run last to first): each lowered `?.` / `??` null-and-undefined
        // pair as one loose comparison with null, the same for every value (scripts/nullish-loader.cjs):
        // 122,877 → 122,622 bytes gzipped.
        { test: /\.tsx?$/, exclude: /node_modules/, loader: path.resolve(__dirname, "scripts/nullish-loader.cjs") },
        tsRule("ES2016"),
        // The wording of findings and rules (message, note, source, advice, description, suggestions) carried
        // blank: the send check counts findings and never shows them (scripts/send-wording-loader.cjs).
        // Without the judgemental stage (which reads a person's reasons' words) the people stage's reasons are coded too.
        { test: /\.ts$/, include: path.resolve(__dirname, "src/engine"), loader: path.resolve(__dirname, "scripts/send-wording-loader.cjs"), options: { reasons: !filing } },
        dataRule({
          omitKeys: ["//", "about", "context", "curation", "added", "note", "sources", "source", "fitted"],
          entropy: true,
          emptyLists: { "jargon.json": ["entries"], "acronyms.json": ["acronyms", "ordinary"] },
          blankKeys: {
            "judgemental.json": ["why", "advice", "alternatives", "replacements", "replacementsByForm", "variants", "term", "id"],
            "acronyms.json": ["why"],
          },
        }),
        // First (loaders run last to first): the word lists' decoder without the encoder's branches, which
        // only the build runs (scripts/decoder-only-loader.cjs): 101 bytes smaller gzipped.
        { test: /[\\/]src[\\/]engine[\\/]data[\\/]packed\.ts$/, loader: path.resolve(__dirname, "scripts/decoder-only-loader.cjs") },
      ],
    },
    // hoist_funs: terser moves each function's declarations to the top of its scope (where JavaScript
    // hoists them anyway), which puts like code beside like: 134.9 → 132.7 KB gzipped, the same code
    // otherwise (terser's default passes kept). ascii_only: characters beyond ASCII written as escapes
    // (the same strings and patterns; 0.2 KB smaller gzipped, and read the same whatever charset the
    // client assumes for the file). inline: 1: terser inlines only simple functions (its default, 3, also
    // those with arguments and variables; the same behaviour either way): 21-33 bytes smaller gzipped.
    // hoist_vars: each function's var declarations joined into one at its top (where JavaScript hoists them
    // anyway): 18 bytes smaller gzipped (stop 44).
    optimization: {
      splitChunks: false,
      runtimeChunk: false,
      minimizeOptions: { javascript: { compress: { passes: 2, hoist_funs: true, inline: 1, hoist_vars: true }, format: { ascii_only: true } } },
    },
    devtool: false,
    plugins: [
      // Only the stages the send check runs (src/engine/stages-send.ts): no jargon, mix-up or quality code;
      // and, when the settings list no filing mailbox, no judgemental stage either (stages-send-no-filing.ts:
      // the check never asks for it then; 136.8 → 115.1 KiB gzipped).
      new webpack.NormalModuleReplacementPlugin(
        /[\\/]src[\\/]engine[\\/]stages\.ts$/,
        path.resolve(__dirname, filing ? "src/engine/stages-send.ts" : "src/engine/stages-send-no-filing.ts"),
      ),
      // No pasted-name finders (pasted-names-none.ts): the people stage looks for them only when mix-ups are
      // asked for, and the send check never asks (122.0 -> 113.6 KiB gzipped).
      new webpack.NormalModuleReplacementPlugin(
        /[\\/]src[\\/]engine[\\/]rules[\\/]other-child[\\/]pasted-names\.ts$/,
        path.resolve(__dirname, "src/engine/rules/other-child/pasted-names-none.ts"),
      ),
      // No entries of Report.people (people/person-entry-none.ts): the send check reads findings alone
      // (analyseFindings), never the people list (122,735 -> 122,491 bytes gzipped).
      new webpack.NormalModuleReplacementPlugin(/[\\/]src[\\/]engine[\\/]people[\\/]person-entry\.ts$/, path.resolve(__dirname, "src/engine/people/person-entry-none.ts")),
      // The entropy-coded word lists at the end of the file, out of gzip's way (before the ES2016 check).
      new DataLastPlugin(["on-send.js"]),
      new Es2016RegExpPlugin(["on-send.js"]),
      // Last (scripts/compact-bundle-plugin.cjs): string lists built once as one split string and string
      // tables through one helper, patterns written raw (String.raw), the helpers above and the people
      // stage's own properties with short names, top-level functions in the order gzip codes smallest:
      // 122,765 -> 121,196 bytes gzipped with inline: 1 (lists, tables, patterns, helpers -1,094; properties
      // -288; order -166; inline -21), the same values and findings; const declarations written let, 237 bytes
      // smaller again, and more of the people stage's properties short, 48 (stop 45).
      new CompactBundlePlugin(["on-send.js"]),
      new HtmlWebpackPlugin({
        template: path.resolve(__dirname, "src/hosts/outlook/on-send.html"),
        filename: "on-send.html",
        chunks: ["on-send"],
        scriptLoading: "blocking",
        inject: "head",
      }),
    ],
    performance: { hints: false },
  };

  const pane = {
    name: "pane",
    mode,
    target: "web",
    entry: { outlook: path.resolve(__dirname, demo ? "src/taskpane/outlook/demo.tsx" : "src/taskpane/outlook/index.tsx") },
    output: { path: outDir, filename: "[name].[contenthash:8].js", clean: false },
    resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
    module: { rules: [tsRule("ES2022"), dataRule()] },
    devtool: mode === "production" ? "source-map" : "cheap-module-source-map",
    plugins: [
      new HtmlWebpackPlugin({
        template: path.resolve(__dirname, demo ? "src/taskpane/outlook/demo.html" : "src/taskpane/outlook/outlook.html"),
        filename: "outlook.html",
        chunks: ["outlook"],
      }),
      new CopyIconsPlugin(),
    ],
    performance: { hints: false },
  };

  if (env.only === "on-send") return onSend;
  if (env.only === "pane" || demo) return pane;
  return [onSend, pane];
};
module.exports.listsFilingMailbox = listsFilingMailbox;
