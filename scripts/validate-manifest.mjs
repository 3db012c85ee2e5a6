#!/usr/bin/env node
// npm run validate: checks manifest.xml (Word, TaskPaneApp) and manifest.outlook.xml (Outlook, MailApp) offline,
// or the files given (add --production to refuse any localhost address). No npm package ships Microsoft's add-in manifest XSDs
// (office-addin-manifest's `validate` posts the file to an online service, unreachable here, and ships
// no schema), so this is a structural check of what the published schema (MS-OWEMXML) requires of a
// TaskPaneApp: the namespaces, the order of the top-level elements, the formats (GUID id, four-part
// version, https URLs), string length limits, and that every resid points at a declared resource.
// It also parses the file with office-addin-manifest's own reader (offline).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(import.meta.url);
const { SaxesParser } = require("saxes");
const argv = process.argv.slice(2);
// --production: also refuse any localhost address (the manifests build:prod writes).
const production = argv.includes("--production");
const files = argv.filter((a) => !a.startsWith("--"));
if (files.length === 0) files.push("manifest.xml", "manifest.outlook.xml");

// Top-level order and requirements per add-in type, from the OfficeApp schema (MS-OWEMXML).
const TYPES = {
  TaskPaneApp: {
    order: [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "Dependencies",
      "VersionOverrides",
    ],
    required: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "DefaultSettings", "Permissions"],
    permissions: ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"],
  },
  MailApp: {
    order: [
      "Id",
      "AlternateId",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "FormSettings",
      "Permissions",
      "Rule",
      "DisableEntityHighlighting",
      "Dependencies",
      "VersionOverrides",
    ],
    required: ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl", "Requirements", "Permissions", "Rule"],
    permissions: ["Restricted", "ReadItem", "ReadWriteItem", "ReadWriteMailbox"],
  },
};

let failed = 0;
for (const name of files) {
  const file = resolve(root, name);
  const errors = await check(file);
  if (errors.length) {
    failed++;
    for (const e of errors) console.error(`manifest: ${e}`);
    console.error(`${file}: ${errors.length} problem(s)`);
  }
}
if (failed) process.exit(1);

async function check(file) {
  const xml = readFileSync(file, "utf8");
  const errors = [];
  const NS = "http://schemas.microsoft.com/office/appforoffice/1.1";
  const stack = [];
  const topLevel = [];
  const resids = [];
  const declared = new Map();
  const strings = [];
  let root0;
  const parser = new SaxesParser({ xmlns: true });
  parser.on("error", (e) => errors.push(`not well-formed XML: ${e.message}`));
  parser.on("opentag", (node) => {
    if (!root0) root0 = node;
    if (stack.length === 1) topLevel.push(node.local);
    const attr = (n) => node.attributes[n]?.value;
    if (attr("resid")) resids.push({ resid: attr("resid"), where: node.local });
    if (node.local === "Image" || node.local === "Url" || node.local === "String") {
      const parent = stack[stack.length - 1];
      if (attr("id")) declared.set(attr("id"), { kind: parent?.local, value: attr("DefaultValue") ?? "" });
    }
    if (["DisplayName", "Description"].includes(node.local) && stack.length === 1) strings.push({ name: node.local, value: attr("DefaultValue") ?? "" });
    for (const [, a] of Object.entries(node.attributes)) {
      if (/Url$|^DefaultValue$/.test(a.local) && /^https?:/.test(a.value) && !a.value.startsWith("https://")) errors.push(`${node.local}: URLs must use https (${a.value})`);
    }
    stack.push(node);
  });
  parser.on("text", (t) => {
    const top = stack[stack.length - 1];
    if (top && stack.length === 2) top.text = (top.text ?? "") + t;
  });
  parser.on("closetag", () => stack.pop());
  parser.write(xml).close();

  const type = root0?.attributes["xsi:type"]?.value;
  const rules = TYPES[type];
  if (!root0 || root0.local !== "OfficeApp" || root0.uri !== NS) errors.push(`the root must be OfficeApp in ${NS}`);
  if (!rules) {
    errors.push(`OfficeApp must have xsi:type="TaskPaneApp" or "MailApp" (got ${type})`);
    return errors;
  }

  let last = -1;
  for (const el of topLevel) {
    const i = rules.order.indexOf(el);
    if (i === -1) errors.push(`unexpected top-level element <${el}>`);
    else if (i < last) errors.push(`<${el}> is out of the schema's order`);
    else last = i;
  }
  for (const el of rules.required) if (!topLevel.includes(el)) errors.push(`missing <${el}>`);

  const text = (el) => (xml.match(new RegExp(`<${el}>([^<]*)</${el}>`)) ?? [])[1]?.trim() ?? "";
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text("Id"))) errors.push("<Id> must be a GUID");
  if (!/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) errors.push("<Version> must be like 1.0.0.0");
  if (!rules.permissions.includes(text("Permissions"))) errors.push(`<Permissions> must be one of ${rules.permissions.join(", ")} for a ${type}`);
  if (type === "MailApp" && !/<FormSettings>[\s\S]*<SourceLocation /.test(xml) && !/<VersionOverrides/.test(xml))
    errors.push("a MailApp needs FormSettings with a SourceLocation or VersionOverrides");
  for (const s of strings) if (s.value.length > (s.name === "DisplayName" ? 125 : 250)) errors.push(`${s.name} is too long`);
  for (const { resid, where } of resids) {
    if (resid.length > 32) errors.push(`resid "${resid}" is longer than 32 characters`);
    if (!declared.has(resid)) errors.push(`<${where} resid="${resid}"> has no resource with that id`);
  }
  for (const [id, d] of declared) {
    if (d.kind === "ShortStrings" && d.value.length > 125) errors.push(`short string ${id} is longer than 125 characters`);
    if (d.kind === "LongStrings" && d.value.length > 250) errors.push(`long string ${id} is longer than 250 characters`);
  }
  if (production && /localhost/i.test(xml)) errors.push("a localhost address is left (build it with npm run build:prod -- --url https://…)");

  try {
    const { OfficeAddinManifest } = require("office-addin-manifest");
    const info = await OfficeAddinManifest.readManifestFile(file);
    if (!info.id || !info.displayName) errors.push("office-addin-manifest could not read the id and display name");
  } catch (e) {
    errors.push(`office-addin-manifest could not read the manifest: ${e.message}`);
  }
  if (!errors.length) console.log(`${file}: valid ${type} (offline structural check against the published schema's rules; ${resids.length} resource references resolved)`);
  return errors;
}
