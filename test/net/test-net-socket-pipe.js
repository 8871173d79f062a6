'use strict';
// net.Socket over a pipe (a child's stdio): a Duplex with the handle's
// counters, readyState, timeouts, end/destroy and the 'close' event.
const assert = require('assert');
const cp = require('child_process');
const net = require('net');
const stream = require('stream');

let pending = 0;
function wait(fn) {
  pending++;
  return (...args) => {
    pending--;
    fn(...args);
  };
}

{
  const child = cp.spawn('cat');
  const { stdin, stdout } = child;
  assert(stdin instanceof stream.Duplex);
  assert.strictEqual(net.Stream, net.Socket);
  assert.strictEqual(stdin.connecting, false);
  assert.strictEqual(stdin.pending, false);
  assert.strictEqual(stdin.bytesWritten, 0);
  assert.strictEqual(stdout.bytesRead, 0);
  assert.deepStrictEqual(stdout.address(), {});
  assert.strictEqual(stdout.remoteAddress, undefined);
  assert.strictEqual(stdin.setNoDelay(true), stdin);
  assert.strictEqual(stdin.setKeepAlive(true), stdin);
  assert.strictEqual(stdout.ref(), stdout);
  stdout.setEncoding('hex');
  let out = '';
  stdout.on('data', (d) => { out += d; });
  stdin.write('ab', 'latin1');
  stdin.write('cd', 'ascii');
  stdin.write('\u00e9', 'utf8');
  stdin.write('e', 'utf16le');
  stdin.write(new Uint8Array([1, 2]));
  stdin.end('ff', 'hex', wait(() => assert.strictEqual(stdin.writableFinished, true)));
  stdout.on('close', wait((hadError) => {
    assert.strictEqual(hadError, false);
    assert.strictEqual(out, '61626364c3a96500010' + '2ff');
    assert.strictEqual(stdout.bytesRead, 11);
    assert.strictEqual(stdin.bytesWritten, 11);
    assert.strictEqual(stdout.readyState, 'closed');
    assert.strictEqual(stdout.destroyed, true);
  }));
}

// writev: corked writes go out together
{
  const child = cp.spawn('cat');
  let out = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (d) => { out += d; });
  child.stdin.cork();
  child.stdin.write('one ');
  child.stdin.write(Buffer.from('two '));
  child.stdin.write('three');
  process.nextTick(() => child.stdin.uncork());
  child.stdin.end();
  child.on('close', wait(() => assert.strictEqual(out, 'one two three')));
}

// a timeout fires when nothing happens, and is cleared by destroy
{
  const child = cp.spawn('sleep', ['5']);
  child.stdout.setTimeout(30, wait(() => {
    child.stdout.destroy();
    child.kill();
  }));
  child.on('close', wait((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
}

// destroy with an error: 'error' then 'close' with hadError
{
  const child = cp.spawn('sleep', ['5']);
  child.stdout.on('error', wait((err) => assert.strictEqual(err.message, 'boom')));
  child.stdout.on('close', wait((hadError) => {
    assert.strictEqual(hadError, true);
    child.kill();
  }));
  child.stdout.destroy(new Error('boom'));
}

// writing after destroy
{
  const child = cp.spawn('sleep', ['5']);
  child.stdin.destroy();
  child.stdin.write('x', wait((err) => assert.strictEqual(err.code, 'ERR_STREAM_DESTROYED')));
  child.stdin.on('error', () => {});
  child.kill();
}

process.on('exit', () => assert.strictEqual(pending, 0));
