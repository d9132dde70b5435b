// Times the reference WIT front end inside jco (wasm-tools compiled to wasm, run in-process by node):
// componentEmbed({ witSource, dummy: true, world }) parses and resolves the text, then encodes a small dummy
// module, so it does slightly more than parse+resolve (which favours the .NET side in the comparison).
//
// usage: node bench-jco.mjs [--iterations N] [--warmup N] <file.wit>:<world> ...
// prints one JSON object per input: { file, world, bytes, iterations, meanMs, minMs, mbPerSec }
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { loadJco } from './jco-loader.mjs';

const args = process.argv.slice(2);
let iterations = 20, warmup = 5;
const inputs = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--iterations') iterations = Number(args[++i]);
  else if (args[i] === '--warmup') warmup = Number(args[++i]);
  else inputs.push(args[i]);
}
if (inputs.length === 0 || !(iterations > 0) || !(warmup >= 0)) {
  console.error('usage: node bench-jco.mjs [--iterations N] [--warmup N] <file.wit>:<world> ...');
  process.exit(2);
}

const { componentEmbed } = await loadJco();
for (const spec of inputs) {
  const colon = spec.lastIndexOf(':');
  const file = spec.slice(0, colon), world = spec.slice(colon + 1);
  const witSource = readFileSync(file, 'utf8');
  const bytes = Buffer.byteLength(witSource, 'utf8');
  const run = () => componentEmbed({ witSource, dummy: true, world });
  // Warm up for the given runs and at least a second, like the .NET side: both JITs optimize hot code late.
  const warmStart = performance.now();
  for (let i = 0; i < warmup || performance.now() - warmStart < 1000; i++) await run();
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await run();
    times.push(performance.now() - start);
  }
  const meanMs = times.reduce((a, b) => a + b, 0) / times.length;
  const minMs = Math.min(...times);
  console.log(JSON.stringify({ file, world, bytes, iterations, meanMs, minMs, mbPerSec: bytes / 1e6 / (meanMs / 1e3) }));
}
