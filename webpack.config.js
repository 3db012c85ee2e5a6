// Builds the task pane (src/taskpane) into dist/taskpane/: two pages over one script bundle, and the
// add-in icons under assets/.
//   taskpane.html  the Office build (the manifest's page): loads Office.js from Microsoft's CDN, the one
//                  permitted outside script, and runs against the open Word document;
//   browser.html   the plain-browser build: no Office.js, runs against the fake Word document
//                  (the sample court report or pasted text). Used by the end-to-end test.
// Everything else is bundled: nothing about a child leaves the machine.
//
//   npm run build:taskpane                 production build
//   npx webpack --mode development         readable build for debugging
const fs = require("node:fs");
const path = require("node:path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { dataRule } = require("./scripts/pack-data-loader.cjs");

/** Copies assets/*.png into the output so the manifest's icon URLs resolve beside taskpane.html. */
class CopyAssetsPlugin {
  apply(compiler) {
    const { RawSource } = compiler.webpack.sources;
    const dir = path.resolve(__dirname, "assets");
    compiler.hooks.thisCompilation.tap("CopyAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap({ name: "CopyAssetsPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL }, () => {
        if (!fs.existsSync(dir)) return;
        for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".png"))) {
          compilation.fileDependencies.add(path.join(dir, file));
          compilation.emitAsset(`assets/${file}`, new RawSource(fs.readFileSync(path.join(dir, file))));
        }
      });
    });
  }
}

module.exports = (_env, argv = {}) => {
  const mode = argv.mode ?? "production";
  return {
    mode,
    target: "web",
    entry: { taskpane: path.resolve(__dirname, "src/taskpane/index.tsx") },
    output: {
      path: path.resolve(__dirname, "dist/taskpane"),
      filename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js", ".json"] },
    module: {
      rules: [
        // The sample court report, bundled as a string for the practice document.
        { test: /\.txt$/, type: "asset/source" },
        // The word lists, their large lists front-coded (decoded once at load). Keys no code reads are left out:
        // comments, a term's research context and curation history, when it was added, what a list is about, a
        // model's fitting record (the engine reads a term's note and source, which the pane shows).
        dataRule({ omitKeys: ["//", "about", "context", "curation", "added", "fitted"] }),
        {
          test: /\.tsx?$/,
          loader: "ts-loader",
          exclude: /node_modules/,
          // Type errors are caught by `npm run typecheck`; the bundle build only transpiles.
          options: { configFile: path.resolve(__dirname, "src/taskpane/tsconfig.json"), transpileOnly: true, compilerOptions: { noEmit: false } },
        },
      ],
    },
    // No eval-based source maps: the page's Content-Security-Policy forbids eval.
    devtool: mode === "production" ? "source-map" : "cheap-module-source-map",
    plugins: [
      new HtmlWebpackPlugin({ template: path.resolve(__dirname, "src/taskpane/taskpane.html"), filename: "taskpane.html", chunks: ["taskpane"], office: true }),
      new HtmlWebpackPlugin({ template: path.resolve(__dirname, "src/taskpane/taskpane.html"), filename: "browser.html", chunks: ["taskpane"], office: false }),
      new CopyAssetsPlugin(),
    ],
    performance: { hints: false },
  };
};
