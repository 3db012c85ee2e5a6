// The Word add-in manifest must point at icons that exist, at the sizes it claims, and open the pane.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = join(__dirname, "..", "..");
const manifest = readFileSync(join(root, "manifest.xml"), "utf8");

/** Width and height from a PNG's IHDR chunk. */
function pngSize(path: string): [number, number] {
  const b = readFileSync(path);
  expect(b.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(b.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return [b.readUInt32BE(16), b.readUInt32BE(20)];
}

describe("manifest.xml", () => {
  it("is a Word (Document) task pane add-in with the Clear Record group and Check document button", () => {
    expect(manifest).toMatch(/xsi:type="TaskPaneApp"/);
    expect(manifest).toMatch(/<Host Name="Document"\/>/);
    expect(manifest).toMatch(/<OfficeTab id="TabHome">/);
    expect(manifest).toMatch(/id="Group.Label" DefaultValue="Clear Record"/);
    expect(manifest).toMatch(/id="CheckButton.Label" DefaultValue="Check document"/);
    expect(manifest).toMatch(/<SourceLocation DefaultValue="https:\/\/localhost:3000\/taskpane.html"\/>/);
  });

  it("has balanced tags", () => {
    const body = manifest.replace(/<\?xml[^>]*\?>/, "").replace(/<!--[\s\S]*?-->/g, "");
    const stack: string[] = [];
    for (const m of body.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
      if (m[3]) continue;
      if (m[1]) expect(stack.pop()).toBe(m[2]);
      else stack.push(m[2]);
    }
    expect(stack).toEqual([]);
  });

  const icons = [...manifest.matchAll(/https:\/\/localhost:3000\/assets\/icon-(\d+)\.png/g)].map((m) => Number(m[1]));
  it("refers to 16, 32, 64 and 80 px icons", () => {
    expect(new Set(icons)).toEqual(new Set([16, 32, 64, 80]));
  });

  it.each([16, 32, 64, 80, 128])("assets/icon-%i.png exists at that size", (size) => {
    const path = join(root, "assets", `icon-${size}.png`);
    expect(existsSync(path)).toBe(true);
    expect(pngSize(path)).toEqual([size, size]);
  });
});
