// Checks WIT with the reference parser inside jco: `node bench/jco/check-wit.mjs <dir-or-file> <world> [feature,...]`.
// Resolves the package (with deps/) and encodes a dummy module for the world; exits 1 with jco's message on failure.
import { resolve } from 'node:path';
import { loadJco } from './jco-loader.mjs';

const [path, world, features] = process.argv.slice(2);
if (!path || !world) {
  console.error('usage: node check-wit.mjs <dir-or-file> <world> [feature,...]');
  process.exit(2);
}
const { componentEmbed } = await loadJco();
try {
  const opts = { witPath: resolve(path), dummy: true, world };
  if (features === 'all') opts.features = { tag: 'all' };
  else if (features) opts.features = { tag: 'list', val: features.split(',') };
  const bytes = await componentEmbed(opts);
  console.log(`ok ${path} ${world} (${bytes.length} bytes)`);
} catch (e) {
  console.error(`FAIL ${path} ${world}: ${e.message ?? e}`);
  for (let c = e.cause; c; c = c.cause) console.error(`  caused by: ${c.message ?? c}`);
  if (e.payload) console.error(JSON.stringify(e.payload));
  process.exit(1);
}
