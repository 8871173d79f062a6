'use strict';
// spawn with piped stdio: the sockets, data in both directions, 'close'
// after the pipes close, backpressure, encodings, extra pipe slots.
const assert = require('assert');
const cp = require('child_process');
const net = require('net');

let pending = 0;
function wait(fn) {
  pending++;
  return (...args) => {
    pending--;
    fn(...args);
  };
}

// stdin -> cat -> stdout, with the socket properties along the way
{
  const child = cp.spawn('cat');
  assert(child.stdin instanceof net.Socket);
  assert(child.stdout instanceof net.Socket);
  assert.deepStrictEqual(child.stdio, [child.stdin, child.stdout, child.stderr]);
  assert.strictEqual(child.stdin.readable, false);
  assert.strictEqual(child.stdin.writable, true);
  assert.strictEqual(child.stdin.readyState, 'writeOnly');
  assert.strictEqual(child.stdout.readable, true);
  assert.strictEqual(child.stdout.readyState, 'open');
  assert.strictEqual(child.stdout.pending, false);
  const chunks = [];
  const order = [];
  child.stdout.on('data', (d) => {
    assert(Buffer.isBuffer(d));
    chunks.push(d);
  });
  child.stdout.on('end', () => order.push('end'));
  child.stdout.on('close', (hadError) => {
    assert.strictEqual(hadError, false);
    order.push('stdout close');
  });
  child.stdin.on('finish', () => order.push('finish'));
  child.on('exit', (code) => {
    assert.strictEqual(code, 0);
    order.push('exit');
  });
  child.on('close', wait((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.strictEqual(Buffer.concat(chunks).toString(), 'hello world');
    assert.strictEqual(child.stdout.bytesRead, 11);
    assert.strictEqual(child.stdin.bytesWritten, 11);
    assert(order.includes('end') && order.includes('exit'));
    assert.strictEqual(order[0], 'finish');
  }));
  assert.strictEqual(child.stdin.write('hello '), true);
  child.stdin.end(Buffer.from('world'));
}

// setEncoding gives strings; stderr is separate
{
  const child = cp.spawn('sh', ['-c', 'printf "\\303\\251t\\303\\251"; printf err >&2']);
  child.stdout.setEncoding('utf8');
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    assert.strictEqual(typeof d, 'string');
    out += d;
  });
  child.stderr.on('data', (d) => { err += d; });
  child.on('close', wait(() => {
    assert.strictEqual(out, 'été');
    assert.strictEqual(err, 'err');
  }));
}

// a megabyte through cat, with backpressure on both sides
{
  const child = cp.spawn('cat');
  const big = Buffer.alloc(1 << 20, 'abcdefgh');
  let got = 0;
  let sum = 0;
  child.stdout.on('data', (d) => {
    got += d.length;
    for (let i = 0; i < d.length; i += 4096) sum += d[i];
  });
  child.stdin.end(big);
  child.on('close', wait((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(got, big.length);
    assert(sum > 0);
  }));
}

// pause/resume: no data while paused, all of it after
{
  const child = cp.spawn('sh', ['-c', 'echo one; sleep 0.1; echo two']);
  child.stdout.pause();
  let data = '';
  child.stdout.on('data', (d) => { data += d; });
  child.on('exit', () => {
    assert.strictEqual(data, '');
    child.stdout.resume();
  });
  child.on('close', wait(() => assert.strictEqual(data, 'one\ntwo\n')));
}

// a fourth pipe; 'close' waits for it too
{
  const child = cp.spawn('sh', ['-c', 'printf fd3 >&3'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
  });
  assert.strictEqual(child.stdin, null);
  assert.strictEqual(child.stdout, null);
  assert(child.stdio[3] instanceof net.Socket);
  let got = '';
  child.stdio[3].on('data', (d) => { got += d; });
  child.on('close', wait(() => assert.strictEqual(got, 'fd3')));
}

// 'close' comes after 'exit' when a grandchild keeps stdout open
{
  const child = cp.spawn('sh', ['-c', '(sleep 0.2; echo late) & exit 0']);
  let exited = false;
  let data = '';
  child.stdout.on('data', (d) => { data += d; });
  child.on('exit', () => { exited = true; });
  child.on('close', wait(() => {
    assert(exited);
    assert.strictEqual(data, 'late\n');
  }));
}

// unread output does not keep 'close' from coming
{
  const child = cp.spawn('sh', ['-c', 'head -c 1000 /dev/zero']);
  child.on('close', wait((code) => assert.strictEqual(code, 0)));
}

// writing to a child that closed its stdin: EPIPE on the stream
{
  const child = cp.spawn('sh', ['-c', 'exec 0<&-; sleep 0.1']);
  child.stdin.on('error', wait((err) => {
    assert.strictEqual(err.code, 'EPIPE');
    assert.strictEqual(err.syscall, 'write');
  }));
  setTimeout(() => child.stdin.write(Buffer.alloc(1 << 20)), 50);
}

// destroying stdout early still lets 'close' come
{
  const child = cp.spawn('sh', ['-c', 'echo x; sleep 0.1']);
  child.stdout.destroy();
  // the child may die writing to the closed pipe
  child.on('close', wait((code, signal) => assert(code === 0 || signal === 'SIGPIPE')));
}

process.on('exit', () => assert.strictEqual(pending, 0));
