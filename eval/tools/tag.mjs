// Authoring aid for the held-out sets: node eval/tools/tag.mjs eval/heldout-N/tools/src/hN-NNN.txt TAG "Word" ["Word2" ...]
// Wraps every whole-word, case-sensitive occurrence of each Word that is not already inside markup
// in {{TAG|Word}} (body only, after the "---" line). Prints how many were wrapped.
import { readFileSync, writeFileSync } from 'node:fs';
const [file, tag, ...words] = process.argv.slice(2);
const raw = readFileSync(file, 'utf8');
const cut = raw.indexOf('\n---\n') + 5;
let body = raw.slice(cut);
for (const w of words) {
  let n = 0;
  const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const parts = body.split(/(\{\{[a-z]+\|[^{}|]+\}\})/);
  body = parts
    .map((p, i) =>
      i % 2 === 1
        ? p
        : p.replace(new RegExp(`(?<![\\w-])${esc}(?![\\w-])`, 'g'), () => {
            n++;
            return `{{${tag}|${w}}}`;
          }),
    )
    .join('');
  console.log(`${w}: ${n}`);
}
writeFileSync(file, raw.slice(0, cut) + body);
