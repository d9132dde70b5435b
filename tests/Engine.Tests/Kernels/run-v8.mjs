// Runs kernel exports in Node's V8 and prints their results as a JSON array of strings (see wasm-values.mjs);
// a trap prints as "trap: <message>".
// Usage: node run-v8.mjs <calls.json>, where calls.json is [{ "wasm", "export", "args": [..], "result" }].
import { readFileSync } from 'node:fs';
import { formatResult } from './wasm-values.mjs';

const calls = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const modules = new Map();
const results = [];
for (const call of calls) {
  if (!modules.has(call.wasm)) modules.set(call.wasm, new WebAssembly.Module(readFileSync(call.wasm)));
  // A fresh instance per call, as the engine test does, so no call sees another's memory growth.
  const instance = new WebAssembly.Instance(modules.get(call.wasm), {});
  try {
    results.push(formatResult(instance.exports[call.export](...call.args), call.result));
  } catch (e) {
    results.push(`trap: ${e.message}`);
  }
}
process.stdout.write(JSON.stringify(results) + '\n');
