'use strict';
// process.stdin as a stream: from a pipe (a net.Socket) and from a file;
// a program that never reads stdin still exits.
const assert = require('assert');
const cp = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const upper = `
  let s = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { s += d; });
  process.stdin.on('end', () => process.stdout.write(s.toUpperCase() + '|end'));
`;

let pending = 0;

// from a pipe
{
  pending++;
  const child = cp.spawn(process.execPath, ['-e', upper]);
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', (code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'HELLO PIPE|end');
    pending--;
  });
  child.stdin.write('hello ');
  setTimeout(() => child.stdin.end('pipe'), 20);
}

// from a file
{
  const file = path.join(os.tmpdir(), `nodus-stdin-${process.pid}.txt`);
  fs.writeFileSync(file, 'from a file');
  const fd = fs.openSync(file, 'r');
  const out = cp.execFileSync(process.execPath, ['-e', upper], { stdio: [fd, 'pipe', 'pipe'] });
  fs.closeSync(fd);
  fs.unlinkSync(file);
  assert.strictEqual(out.toString(), 'FROM A FILE|end');
}

// stdin is a readable stream; touching it without reading does not hang
{
  const out = cp.execFileSync(process.execPath, ['-e', `
    const s = process.stdin;
    process.stdout.write([typeof s.on, typeof s.pipe, s.readable, s.fd].join(','));
  `], { stdio: ['pipe', 'pipe', 'pipe'] });
  assert.strictEqual(out.toString(), 'function,function,true,0');
}

process.on('exit', () => assert.strictEqual(pending, 0));
