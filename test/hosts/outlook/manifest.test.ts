// manifest.outlook.xml: well formed, honest about requirement sets, and wired to what the code and
// the webpack build actually provide (handler name, pane button id, file names, icons).
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SaxesParser } from "saxes";
import { COMPOSE_PANE_COMMAND_ID } from "../../../src/hosts/outlook/on-send";

const root = join(__dirname, "..", "..", "..");
const xml = readFileSync(join(root, "manifest.outlook.xml"), "utf8");

type El = { name: string; attributes: Record<string, string>; children: El[]; parent?: El };
function parse(text: string): El {
  const parser = new SaxesParser({ xmlns: false });
  const top: El = { name: "#root", attributes: {}, children: [] };
  let current = top;
  parser.on("opentag", (t) => {
    const el: El = { name: t.name, attributes: t.attributes as Record<string, string>, children: [], parent: current };
    current.children.push(el);
    current = el;
  });
  parser.on("closetag", () => void (current = current.parent!));
  parser.write(text).close();
  return top;
}
const all = (el: El, name: string): El[] => [...(el.name === name ? [el] : []), ...el.children.flatMap((c) => all(c, name))];

describe("manifest.outlook.xml", () => {
  const doc = parse(xml);
  const app = all(doc, "OfficeApp")[0];

  it("is a mail add-in for messages in read and compose forms", () => {
    expect(app.attributes["xsi:type"]).toBe("MailApp");
    expect(all(doc, "Host").some((h) => h.attributes.Name === "Mailbox")).toBe(true);
    const forms = all(doc, "Rule")
      .filter((r) => r.attributes["xsi:type"] === "ItemIs")
      .map((r) => r.attributes.FormType);
    expect(forms.sort()).toEqual(["Edit", "Read"]);
    expect(xml).toContain("<Permissions>ReadWriteItem</Permissions>");
  });

  it("declares Mailbox 1.3 for the pane and 1.12 for the check on Send", () => {
    expect(all(doc, "Set").find((s) => s.attributes.Name === "Mailbox")?.attributes.MinVersion).toBe("1.3");
    const overrides = all(doc, "VersionOverrides");
    expect(overrides.map((o) => o.attributes["xsi:type"])).toEqual(["VersionOverridesV1_0", "VersionOverridesV1_1"]);
    const v11 = overrides[1];
    expect(all(v11, "bt:Sets")[0].attributes.DefaultMinVersion).toBe("1.12");
    // The launch event lives only in the 1.12 overrides.
    expect(all(overrides[0], "LaunchEvent").filter((e) => !all(v11, "LaunchEvent").includes(e))).toEqual([]);
  });

  it("registers OnMessageSend with the handler name the bundle associates, soft block", () => {
    const events = all(doc, "LaunchEvent");
    expect(events).toHaveLength(1);
    expect(events[0].attributes).toMatchObject({ Type: "OnMessageSend", FunctionName: "onMessageSendHandler", SendMode: "SoftBlock" });
    const entry = readFileSync(join(root, "src/hosts/outlook/on-send-entry.ts"), "utf8");
    expect(entry).toContain('associate("onMessageSendHandler"');
  });

  it("has a runtime with a JavaScript-only override for classic Outlook on Windows", () => {
    const runtime = all(doc, "Runtime")[0];
    expect(runtime.attributes.resid).toBe("OnSend.Page.Url");
    expect(all(runtime, "Override")[0].attributes).toMatchObject({ type: "javascript", resid: "OnSend.Script.Url" });
    const launch = all(doc, "ExtensionPoint").find((e) => e.attributes["xsi:type"] === "LaunchEvent")!;
    expect(all(launch, "SourceLocation")[0].attributes.resid).toBe(runtime.attributes.resid);
  });

  it("the compose button's id is the commandId the Smart Alerts dialog opens", () => {
    const ids = all(doc, "Control").map((c) => c.attributes.id);
    expect(ids).toContain(COMPOSE_PANE_COMMAND_ID);
    expect(ids).toContain("ClearRecord.ReadButton");
  });

  it("every resid is defined in the Resources of the same VersionOverrides", () => {
    for (const vo of all(doc, "VersionOverrides")) {
      const own = (el: El): El[] => [el, ...el.children.filter((c) => c.name !== "VersionOverrides").flatMap(own)];
      const nodes = own(vo);
      const defined = new Set(nodes.filter((n) => n.attributes.id && ["bt:Image", "bt:Url", "bt:String"].includes(n.name)).map((n) => n.attributes.id));
      for (const n of nodes)
        if (n.attributes.resid) expect({ resid: n.attributes.resid, defined: defined.has(n.attributes.resid) }).toEqual({ resid: n.attributes.resid, defined: true });
    }
  });

  it("points at files the build makes and icons that exist; no other origin", () => {
    const urls = [...xml.matchAll(/https?:\/\/[^"<\s]+/g)].map((m) => m[0]).filter((u) => !u.startsWith("http://schemas.microsoft.com") && !u.startsWith("http://www.w3.org"));
    for (const u of urls) expect(u === "https://localhost:3000" || u.startsWith("https://localhost:3000/")).toBe(true);
    const files = new Set(urls.map((u) => u.slice("https://localhost:3000/".length)).filter((f) => f.length > 0));
    const config = readFileSync(join(root, "webpack.outlook.config.js"), "utf8");
    for (const f of files) {
      if (f.startsWith("assets/")) expect(existsSync(join(root, f))).toBe(true);
      else expect(config).toContain(f === "on-send.js" ? '"on-send"' : `"${f}"`);
    }
    expect(files).toEqual(
      new Set(["outlook.html", "on-send.html", "on-send.js", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png", "assets/icon-128.png"]),
    );
  });
});
