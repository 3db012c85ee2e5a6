#!/usr/bin/env node
// The add-in's dev server: builds the task pane and serves dist/taskpane on https://localhost:3000 (the
// manifest's address) with the Office add-in development certificate (created on first use with
// `npx office-addin-dev-certs install`, which asks to trust it). `--http` serves plain http instead,
// for the browser build (http://localhost:3000/browser.html) without a certificate.
import { spawnSync } from "node:child_process";
import { createServer as createHttps } from "node:https";
import { createServer as createHttp } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, extname, join, normalize, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const site = join(root, "dist", "taskpane");
const args = process.argv.slice(2);
const port = Number(process.env.PORT ?? 3000);

if (!args.includes("--no-build")) {
  const build = spawnSync(process.execPath, [join(root, "node_modules", "webpack", "bin", "webpack.js"), "--mode", "development"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".png": "image/png", ".map": "application/json" };
const handler = (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, "http://x").pathname)).replace(/^([/\\])+/, "");
  const file = join(site, path || "taskpane.html");
  if (!file.startsWith(site) || !existsSync(file) || !statSync(file).isFile()) return res.writeHead(404).end();
  res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream", "Cache-Control": "no-store" }).end(readFileSync(file));
};

if (args.includes("--http")) {
  createHttp(handler).listen(port, "127.0.0.1", () => console.log(`Clear Record task pane: http://localhost:${port}/browser.html`));
} else {
  const dir = join(homedir(), ".office-addin-dev-certs");
  if (!existsSync(join(dir, "localhost.crt"))) {
    const r = spawnSync(process.platform === "win32" ? "npx.cmd" : "npx", ["--yes", "office-addin-dev-certs@3", "install"], { stdio: "inherit" });
    if (r.status !== 0) process.exit(r.status ?? 1);
  }
  createHttps({ cert: readFileSync(join(dir, "localhost.crt")), key: readFileSync(join(dir, "localhost.key")) }, handler).listen(port, () =>
    console.log(`Clear Record task pane: https://localhost:${port}/taskpane.html`),
  );
}
