// Times the calc component in Node as jco runs it: the JS that `jco transpile --instantiation sync` wrote into
// <dir>, with the same four figures the .NET side measures (bench/components/run.sh passes the folder):
//   load         compile the component's core modules from their bytes (what a host does once per component)
//   instantiate  instantiate plus the first add(1, 2), on modules compiled once
//   add          a warm add(a, b)
//   greet        a warm greet("World") (calls the host's log once)
// usage: node bench-jco-calc.mjs <transpiled dir> [runs]
// prints one JSON object: { node, loadUs, instantiateUs, addNs, greetNs, add, greet } (medians)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';

const [dir, runsArg] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench-jco-calc.mjs <transpiled dir> [runs]');
  process.exit(2);
}
const runs = Number(runsArg ?? 9);
const { instantiate } = await import(pathToFileURL(join(dir, 'calc.js')).href);
const coreFiles = readdirSync(dir).filter(f => f.endsWith('.wasm'));
const coreBytes = new Map(coreFiles.map(f => [f, readFileSync(join(dir, f))]));

const median = values => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// The median over `runs` batches of the mean time of one call, in nanoseconds, after a second of warm-up (V8 and the
// .NET JIT both optimise hot code late); a batch is long enough that the clock's resolution does not matter.
function timeNs(action, batch) {
  const warm = performance.now();
  while (performance.now() - warm < 1000) for (let i = 0; i < batch; i++) action();
  const times = [];
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) action();
    times.push((performance.now() - start) * 1e6 / batch);
  }
  return median(times);
}

let logged = 0;
const imports = { log: { default: msg => { logged += msg.length; } } };
const compile = () => new Map([...coreBytes].map(([name, bytes]) => [name, new WebAssembly.Module(bytes)]));
const modules = compile();
const instance = () => instantiate(name => modules.get(name), imports);

const loadUs = timeNs(compile, 20) / 1e3;
let first = 0;
const instantiateUs = timeNs(() => { first = instance().add(1, 2); }, 200) / 1e3;
const calc = instance();
let a = 0;
const addNs = timeNs(() => { a = calc.add(a, 1); }, 1_000_000);
let g = '';
const greetNs = timeNs(() => { g = calc.greet('World'); }, 100_000);
console.log(JSON.stringify({
  node: process.version, loadUs, instantiateUs, addNs, greetNs,
  add: calc.add(1, 2), greet: calc.greet('World'), first, logged: logged > 0,
}));
