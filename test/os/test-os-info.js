'use strict';
// Shapes and consistency: values differ per machine.
const assert = require('assert');
const os = require('os');

assert.strictEqual(os.EOL, '\n');
assert.strictEqual(os.devNull, '/dev/null');
assert.strictEqual(os.platform(), process.platform);
assert.strictEqual(os.arch(), process.arch);
assert.strictEqual(os.type(), 'Linux');
assert.ok(['LE', 'BE'].includes(os.endianness()));
assert.match(os.release(), /^\d+\.\d+/);
assert.strictEqual(typeof os.version(), 'string');
assert.ok(os.machine().length > 0);
assert.strictEqual(`${os.hostname}`, os.hostname());
assert.strictEqual(`${os.platform}`, process.platform);
assert.strictEqual(+os.totalmem, os.totalmem());
assert.ok(os.hostname().length > 0);

const total = os.totalmem();
const free = os.freemem();
assert.ok(Number.isInteger(total) && total > 0);
assert.ok(Number.isInteger(free) && free > 0 && free <= total);
const uptime = os.uptime();
assert.ok(uptime > 0);
assert.ok(uptime >= process.uptime());
const load = os.loadavg();
assert.strictEqual(load.length, 3);
for (const v of load) assert.ok(typeof v === 'number' && v >= 0);

const cpus = os.cpus();
assert.ok(cpus.length >= 1);
for (const cpu of cpus) {
  assert.deepStrictEqual(Object.keys(cpu), ['model', 'speed', 'times']);
  assert.strictEqual(typeof cpu.model, 'string');
  assert.strictEqual(typeof cpu.speed, 'number');
  assert.deepStrictEqual(Object.keys(cpu.times), ['user', 'nice', 'sys', 'idle', 'irq']);
  for (const t of Object.values(cpu.times)) assert.ok(Number.isInteger(t) && t >= 0);
}
const par = os.availableParallelism();
assert.ok(Number.isInteger(par) && par >= 1 && par <= cpus.length);

// tmpdir follows TMPDIR, TMP, TEMP, without a trailing slash
const saved = { TMPDIR: process.env.TMPDIR, TMP: process.env.TMP, TEMP: process.env.TEMP };
try {
  process.env.TMPDIR = '/x/y/';
  assert.strictEqual(os.tmpdir(), '/x/y');
  process.env.TMPDIR = '/';
  assert.strictEqual(os.tmpdir(), '/');
  delete process.env.TMPDIR;
  process.env.TMP = '/tmp2';
  assert.strictEqual(os.tmpdir(), '/tmp2');
  delete process.env.TMP;
  process.env.TEMP = '/tmp3//';
  assert.strictEqual(os.tmpdir(), '/tmp3/');
  delete process.env.TEMP;
  assert.strictEqual(os.tmpdir(), '/tmp');
} finally {
  for (const [k, v] of Object.entries(saved)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
}

// homedir: $HOME first, else the password database
const home = process.env.HOME;
try {
  process.env.HOME = '/some/where';
  assert.strictEqual(os.homedir(), '/some/where');
  delete process.env.HOME;
  assert.strictEqual(os.homedir(), os.userInfo().homedir);
} finally {
  if (home === undefined) delete process.env.HOME;
  else process.env.HOME = home;
}
