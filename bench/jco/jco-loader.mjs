// Loads jco's in-process wasm-tools from bench/jco/node_modules (or $JCO_DIR/node_modules), so the
// bench and the sample checker do not depend on where the shell happens to be.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The node_modules folder holding @bytecodealliance/jco. */
export function jcoModules() {
  const candidates = [process.env.JCO_DIR && join(process.env.JCO_DIR, 'node_modules'), join(here, 'node_modules')];
  for (const c of candidates) {
    if (c && existsSync(join(c, '@bytecodealliance', 'jco', 'package.json'))) return c;
  }
  throw new Error('jco is not installed: run bench/run-frontend.sh (it installs @bytecodealliance/jco@1.35.0 into bench/jco/)');
}

/** jco's wasm-tools API, with the filesystem root preopened so witPath can read directories. */
export async function loadJco() {
  const modules = jcoModules();
  const shim = await import(pathToFileURL(join(modules, '@bytecodealliance', 'preview2-shim', 'dist', 'nodejs', 'filesystem.js')).href);
  // jco's wasm-tools starts without preopens; without this it cannot read files given by path.
  shim._setPreopens({ '/': '/' });
  return import(pathToFileURL(join(modules, '@bytecodealliance', 'jco', 'dist', 'api.js')).href);
}
