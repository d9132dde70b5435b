// Times the engine benchmark kernels in Node's V8: for each entry of kernels.json, instantiate the kernel's
// .wasm once, warm up (so V8 tiers up to its optimizing compiler), then time `runs` calls and report the median.
// Usage: node bench-v8.mjs <kernels.json> <wasm dir> [runs] [names]   → prints JSON [{ name, medianMs, minMs, result }]
// `names` (comma-separated) limits the run to those kernels, or to the micro-benchmarks with `micro`; the engine
// benchmark times V8 kernel by kernel this way, each right before its own measurement, so load drifts hit both alike.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatResult } from '../../tests/Engine.Tests/Kernels/wasm-values.mjs';

const [kernelsPath, wasmDir, runsArg, namesArg] = process.argv.slice(2);
const runs = Number(runsArg ?? 9);
const names = namesArg ? new Set(namesArg.split(',')) : null;
const entries = JSON.parse(readFileSync(kernelsPath, 'utf8')).filter(e => !names || names.has(e.name));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const report = [];
for (const entry of entries) {
  const module = new WebAssembly.Module(readFileSync(join(wasmDir, `${entry.kernel}.wasm`)));
  const fn = new WebAssembly.Instance(module, {}).exports[entry.export];
  let result;
  // Warm-up: at least 3 calls and 300 ms, so the timed calls run optimized code.
  const warmEnd = performance.now() + 300;
  for (let i = 0; i < 3 || performance.now() < warmEnd; i++) result = fn(...entry.args);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = fn(...entry.args);
    times.push(performance.now() - start);
  }
  report.push({ name: entry.name, medianMs: median(times), minMs: Math.min(...times), result: formatResult(result, entry.result) });
}

// Context figures beside the engine's own goals: instantiating a small module, and one trivial export call.
function micro() {
  const smallPath = join(wasmDir, 'small.wasm');
  if (!existsSync(smallPath)) return [];
  const small = new WebAssembly.Module(readFileSync(smallPath));
  const batch = 10_000;
  const instTimes = [], callTimes = [];
  for (let r = 0; r < runs + 3; r++) {
    let start = performance.now();
    let instance;
    for (let i = 0; i < batch; i++) instance = new WebAssembly.Instance(small, {});
    instTimes.push((performance.now() - start) / batch);
    const add = instance.exports.add;
    let acc = 0;
    start = performance.now();
    for (let i = 0; i < batch * 100; i++) acc = add(acc, i);
    callTimes.push((performance.now() - start) / (batch * 100));
    if (acc === 0.5) console.error(acc); // keeps the loop observable
  }
  // The first three rounds are warm-up.
  return [
    { name: 'instantiate(small)', medianMs: median(instTimes.slice(3)), result: '' },
    { name: 'call add(i32,i32)', medianMs: median(callTimes.slice(3)), result: '' },
  ];
}

if (!names || names.has('micro')) report.push(...micro());
process.stdout.write(JSON.stringify(report, null, 1) + '\n');
