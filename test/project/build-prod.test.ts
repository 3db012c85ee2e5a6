// build:prod rewrites both manifests to the production address: nothing left on localhost, the files
// under their folder, the AppDomain the origin, and both still valid.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
type BuildProd = { baseUrl(raw: string): string; rewriteManifest(xml: string, base: string, folder: string, version?: string): string };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = async () => require(join(root, "scripts", "prod-manifest.cjs")) as BuildProd;
const validate = (...files: string[]) => execFileSync(process.execPath, [join(root, "scripts", "validate-manifest.mjs"), ...files], { cwd: root, encoding: "utf8", stdio: "pipe" });

describe("build:prod manifests", () => {
  it("checks the address", async () => {
    const { baseUrl } = await load();
    expect(baseUrl("https://addins.example.org/clear-record")).toBe("https://addins.example.org/clear-record/");
    expect(() => baseUrl("http://addins.example.org/")).toThrow(/https/);
    expect(() => baseUrl("https://localhost:3000/")).toThrow(/localhost/);
    expect(() => baseUrl("addins.example.org")).toThrow(/full address/);
  });

  it("rewrites both manifests with no localhost left, and they validate in production mode", async () => {
    const { rewriteManifest } = await load();
    const dir = mkdtempSync(join(tmpdir(), "clear-record-prod-"));
    const base = "https://addins.example.org/clear-record/";
    for (const [file, folder] of [
      ["manifest.xml", "taskpane"],
      ["manifest.outlook.xml", "outlook"],
    ]) {
      const out = rewriteManifest(readFileSync(join(root, file), "utf8"), base, folder, "1.0.1.0");
      expect(out).not.toMatch(/localhost/i);
      expect(out).not.toMatch(/during development/);
      expect(out).toContain(`<AppDomain>https://addins.example.org</AppDomain>`);
      expect(out).toContain(`${base}${folder}/assets/icon-32.png`);
      expect(out).toContain("<Version>1.0.1.0</Version>");
      writeFileSync(join(dir, file), out);
    }
    expect(readFileSync(join(dir, "manifest.outlook.xml"), "utf8")).toContain(`${base}outlook/on-send.js`);
    expect(validate("--production", join(dir, "manifest.xml"), join(dir, "manifest.outlook.xml"))).toMatch(/valid TaskPaneApp[\s\S]*valid MailApp/);
    // The development manifests are refused in production mode.
    expect(() => validate("--production", "manifest.xml")).toThrow();
  });

  it("npm run validate checks the mail manifest too", () => {
    expect(validate()).toMatch(/manifest\.outlook\.xml: valid MailApp/);
  });
});
