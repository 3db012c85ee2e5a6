// Builds a held-out set's JSON documents from the hand-written sources in its tools/src/*.txt:
//   node eval/tools/build-set.mjs eval/heldout-4     (writes eval/heldout-4/h4-NNN.json)
// A source is a small header (key: value lines), a line "---", then the annotated text.
//   id, kind, host, subject: Full Name | alias, alias | pronouns
//   otherChildren: A; B    adults: X; Y
//   quality: childVoice=true parentViews=false analysis=true nextSteps=true visitPurpose=null
// Writing the text once, with inline markup, avoids hand-computed offsets; this script only checks
// that the markup is well formed and that the profile's subject appears as an `sc` span.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';

if (!process.argv[2]) throw new Error('usage: node eval/tools/build-set.mjs <set folder, e.g. eval/heldout-4>');
const outDir = resolve(process.argv[2]);
const srcDir = join(outDir, 'tools', 'src');
const TAGS = new Set(['oc', 'pid', 'jar', 'jud', 'mix', 'sc', 'ad']);
const KINDS = new Set([
  'court-report',
  'case-note',
  'visit-record',
  'email',
  'chronology',
  'assessment',
  'supervision',
  'letter',
]);

function parseBool(v) {
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (v === 'null') return null;
  throw new Error(`bad quality value ${v}`);
}

function list(v) {
  return v
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);
}

function build(file) {
  const raw = readFileSync(join(srcDir, file), 'utf8');
  const cut = raw.indexOf('\n---\n');
  if (cut < 0) throw new Error(`${file}: no --- separator`);
  const head = Object.fromEntries(
    raw
      .slice(0, cut)
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => {
        const i = l.indexOf(':');
        return [l.slice(0, i).trim(), l.slice(i + 1).trim()];
      }),
  );
  const annotated = raw.slice(cut + 5).replace(/\s+$/, '');
  // Every {{ opens a tag that closes before the next {{; no stray braces or pipes outside markup.
  const re = /\{\{([a-z]+)\|([^{}|]+)\}\}/g;
  const stripped = annotated.replace(re, (m, tag, span) => {
    if (!TAGS.has(tag)) throw new Error(`${file}: unknown tag ${tag} in ${m}`);
    if (span !== span.trim()) throw new Error(`${file}: span with outer space: ${m}`);
    return span;
  });
  if (/[{}|]/.test(stripped)) {
    const i = stripped.search(/[{}|]/);
    throw new Error(`${file}: stray markup near "${stripped.slice(Math.max(0, i - 40), i + 40)}"`);
  }
  const [name, aliases, pronouns] = head.subject.split('|').map((s) => s.trim());
  if (!KINDS.has(head.kind)) throw new Error(`${file}: bad kind ${head.kind}`);
  if (!['word', 'outlook'].includes(head.host)) throw new Error(`${file}: bad host`);
  const quality = Object.fromEntries(
    head.quality.split(/\s+/).map((kv) => {
      const [k, v] = kv.split('=');
      return [k, parseBool(v)];
    }),
  );
  for (const k of ['childVoice', 'parentViews', 'analysis', 'nextSteps', 'visitPurpose']) {
    if (!(k in quality)) throw new Error(`${file}: quality lacks ${k}`);
  }
  const doc = {
    id: head.id,
    kind: head.kind,
    host: head.host,
    profile: {
      subject: { name, aliases: list(aliases.replace(/,/g, ';')), pronouns },
      otherChildren: list(head.otherChildren ?? ''),
      adults: list(head.adults ?? ''),
    },
    annotated,
    quality,
  };
  if (!annotated.includes('{{sc|')) throw new Error(`${file}: no subject mention`);
  writeFileSync(join(outDir, `${head.id}.json`), JSON.stringify(doc, null, 2) + '\n');
  const words = stripped.split(/\s+/).filter(Boolean).length;
  const counts = {};
  for (const m of annotated.matchAll(re)) counts[m[1]] = (counts[m[1]] ?? 0) + 1;
  console.log(`${head.id} ${head.kind} ${head.host} ${words} words ${JSON.stringify(counts)}`);
  return words;
}

let total = 0;
for (const f of readdirSync(srcDir).filter((f) => f.endsWith('.txt')).sort()) total += build(f);
console.log(`total ${total} words`);
