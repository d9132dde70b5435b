// Joins the JSON lines of the .NET and jco runs (same inputs) and prints a table with the ratio.
// usage: node compare.mjs <dotnet.jsonl> <jco.jsonl>
import { readFileSync } from 'node:fs';
import { basename, isAbsolute } from 'node:path';

const read = (path) => readFileSync(path, 'utf8').split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l));
const [dotnetPath, jcoPath] = process.argv.slice(2);
const jco = new Map(read(jcoPath).map((r) => [r.file, r]));
// Generated inputs live in a temporary folder: show their file name only.
const label = (file) => (isAbsolute(file) ? basename(file) : file);
const rows = [['input', 'bytes', 'witsharp ms', 'jco ms', 'witsharp MB/s', 'jco MB/s', 'speed-up', 'witsharp min', 'jco min', 'speed-up (min)']];
for (const d of read(dotnetPath)) {
  const j = jco.get(d.file);
  if (!j) continue;
  rows.push([label(d.file), String(d.bytes), d.meanMs.toFixed(3), j.meanMs.toFixed(3), d.mbPerSec.toFixed(2), j.mbPerSec.toFixed(2), (j.meanMs / d.meanMs).toFixed(1) + 'x',
    d.minMs.toFixed(3), j.minMs.toFixed(3), (j.minMs / d.minMs).toFixed(1) + 'x']);
}
const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
for (const [i, r] of rows.entries()) {
  console.log(r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]) : cell.padStart(widths[c]))).join('  '));
  if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
}
