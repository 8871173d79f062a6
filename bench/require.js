'use strict';
// bench/require: require() of a generated node_modules tree of 30 packages
// x (10 files + index) + entry = 331 CommonJS modules, as in the shared
// runtime benchmark (extension-less relative requests, bare package names,
// a package.json read through require).
//
//   RUNTIME bench/require.js --run DIR
//                                  time requiring DIR/entry.js, print one
//                                  "BENCH require ..." line
//   node bench/require.js [NODUS]  generate a tree in a temp dir, run the
//                                  timing above under node and nodus
//                                  (default build/nodus) BENCH_RUNS times
//                                  each (default 10) and print medians
// The generator needs fs and child_process, which nodus does not have yet,
// so the driver runs under node.

const PKGS = 30;
const FILES = 10;

const now = typeof performance !== 'undefined' && performance.now ? () => performance.now()
  : typeof process.hrtime?.bigint === 'function' ? () => Number(process.hrtime.bigint()) / 1e6
    : () => Date.now();

function timeOne(dir) {
  const t0 = now();
  const res = require(`${dir}/entry.js`);
  const t1 = now();
  if (res.count !== PKGS * FILES) throw new Error(`bad module count ${res.count}`);
  console.log(`BENCH require require_ms=${Math.round((t1 - t0) * 1000) / 1000} js_modules=${PKGS * (FILES + 1) + 1}`);
}

function generate(fs, path, root) {
  fs.writeFileSync(path.join(root, 'package.json'), '{"name":"root","type":"commonjs"}\n');
  for (let p = 0; p < PKGS; p++) {
    const dir = path.join(root, 'node_modules', `pkg-${p}`);
    fs.mkdirSync(path.join(dir, 'lib'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'package.json'), `${JSON.stringify({
      name: `pkg-${p}`, version: `1.0.${p}`, main: 'lib/index.js', type: 'commonjs' })}\n`);
    let idx = "'use strict';\nconst parts = [];\n";
    for (let f = 0; f < FILES; f++) {
      idx += `parts.push(require('./m${f}'));\n`;
      const table = Array.from({ length: 16 }, (_, i) => (i * 31 + p * 7 + f) % 97).join(', ');
      fs.writeFileSync(path.join(dir, 'lib', `m${f}.js`),
        `'use strict';\nconst NAME = 'pkg-${p}/m${f}';\nconst table = [${table}];\n` +
        'function compute(x) {\n  let s = x;\n  for (const v of table) s = (s * 33 + v) % 1000003;\n  return s;\n}\n' +
        `class Thing${f} {\n  constructor(v) { this.v = v; }\n  get name() { return NAME; }\n}\n` +
        `module.exports = { NAME, compute, Thing: Thing${f}, weight: ${f + 1} };\n`);
    }
    if (p > 0) idx += `const prev = require('pkg-${p - 1}/package.json');\n`;
    idx += 'module.exports = { count: parts.length, total: parts.reduce((a, m) => a + m.compute(m.weight), 0) };\n';
    fs.writeFileSync(path.join(dir, 'lib', 'index.js'), idx);
  }
  let entry = "'use strict';\nlet total = 0, count = 0;\n";
  for (let p = 0; p < PKGS; p++) {
    entry += `{ const m = require('pkg-${p}'); total += m.total; count += m.count; }\n`;
  }
  entry += 'module.exports = { total, count };\n';
  fs.writeFileSync(path.join(root, 'entry.js'), entry);
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
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'nodus-bench-require-'));
  try {
    generate(fs, path, root);
    const runtimes = [['node', process.execPath], ['nodus', nodus]];
    const times = { node: [], nodus: [] };
    for (let r = 0; r < runs; r++) {
      for (const [label, exe] of runtimes) {
        const out = execFileSync(exe, [__filename, '--run', root], { encoding: 'utf8' });
        times[label].push(Number(/require_ms=([\d.]+)/.exec(out)[1]));
      }
    }
    const node = median(times.node);
    const nd = median(times.nodus);
    console.log(`BENCH require runtime=node require_ms=${node.toFixed(2)} runs=${runs}`);
    console.log(`BENCH require runtime=nodus require_ms=${nd.toFixed(2)} runs=${runs}`);
    console.log(`BENCH require nodus/node=${(nd / node).toFixed(2)}`);
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--run') {
  timeOne(process.argv[3]);
} else {
  drive(process.argv[2] || `${__dirname}/../build/nodus`);
}
