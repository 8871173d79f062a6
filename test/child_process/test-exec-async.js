'use strict';
// exec / execFile: callbacks with (err, stdout, stderr), encodings, the
// error for a failed command, maxBuffer, timeout, and util.promisify.
const assert = require('assert');
const cp = require('child_process');
const util = require('util');

let pending = 0;
function wait(fn) {
  pending++;
  return (...args) => {
    pending--;
    fn(...args);
  };
}

cp.exec('echo hello; echo oops >&2', wait((err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'hello\n');
  assert.strictEqual(stderr, 'oops\n');
}));

cp.execFile('printf', ['%s-%s', 'a', 'b'], wait((err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert.strictEqual(stdout, 'a-b');
  assert.strictEqual(stderr, '');
}));

// buffers without an encoding
cp.execFile('printf', ['\\377x'], { encoding: 'buffer' }, wait((err, stdout, stderr) => {
  assert.strictEqual(err, null);
  assert(Buffer.isBuffer(stdout));
  assert.deepStrictEqual([...stdout], [0xff, 0x78]);
  assert(Buffer.isBuffer(stderr));
  assert.strictEqual(stderr.length, 0);
}));
cp.exec('printf hi', { encoding: 'hex' }, wait((err, stdout) => {
  assert.strictEqual(stdout, '6869');
}));

// a failing command: Node's error shape
cp.exec('echo out; echo bad >&2; exit 4', wait((err, stdout, stderr) => {
  assert(err instanceof Error);
  assert.strictEqual(err.message, 'Command failed: echo out; echo bad >&2; exit 4\nbad\n');
  assert.strictEqual(err.code, 4);
  assert.strictEqual(err.killed, false);
  assert.strictEqual(err.signal, null);
  assert.strictEqual(err.cmd, 'echo out; echo bad >&2; exit 4');
  assert.strictEqual(stdout, 'out\n');
  assert.strictEqual(stderr, 'bad\n');
}));
cp.execFile('sh', ['-c', 'exit 2'], wait((err) => {
  assert.strictEqual(err.code, 2);
  assert.strictEqual(err.cmd, 'sh -c exit 2');
}));

// a missing program
cp.execFile('nodus-no-such-program', ['a'], wait((err, stdout, stderr) => {
  assert.strictEqual(err.code, 'ENOENT');
  assert.strictEqual(err.syscall, 'spawn nodus-no-such-program');
  assert.strictEqual(err.cmd, 'nodus-no-such-program a');
  assert.strictEqual(stdout, '');
  assert.strictEqual(stderr, '');
}));

// maxBuffer: output is cut at the limit and the child killed
cp.exec('printf 0123456789; sleep 5', { maxBuffer: 4 }, wait((err, stdout) => {
  assert(err instanceof RangeError);
  assert.strictEqual(err.code, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER');
  assert.strictEqual(err.message, 'stdout maxBuffer length exceeded');
  assert.strictEqual(stdout, '0123');
}));
cp.execFile('sh', ['-c', 'printf abcdef >&2'], { maxBuffer: 3, encoding: 'buffer' },
            wait((err, stdout, stderr) => {
              assert.strictEqual(err.message, 'stderr maxBuffer length exceeded');
              assert.strictEqual(stderr.toString(), 'abc');
            }));

// timeout and killSignal
cp.exec('sleep 5', { timeout: 50, killSignal: 'SIGKILL' }, wait((err) => {
  assert.strictEqual(err.killed, true);
  assert.strictEqual(err.signal, 'SIGKILL');
  assert.strictEqual(err.code, null);
  assert.strictEqual(err.message, 'Command failed: sleep 5\n');
}));

// stdin of exec's child is a pipe we can write
{
  const child = cp.exec('cat', wait((err, stdout) => {
    assert.strictEqual(err, null);
    assert.strictEqual(stdout, 'piped in');
  }));
  child.stdin.end('piped in');
}

// util.promisify: { stdout, stderr }, the child on the promise, output on errors
{
  const execP = util.promisify(cp.exec);
  const execFileP = util.promisify(cp.execFile);
  const p = execP('echo x');
  assert(p.child instanceof cp.ChildProcess);
  p.then(wait(({ stdout, stderr }) => {
    assert.strictEqual(stdout, 'x\n');
    assert.strictEqual(stderr, '');
  }));
  execFileP('sh', ['-c', 'echo y; exit 1']).catch(wait((err) => {
    assert.strictEqual(err.code, 1);
    assert.strictEqual(err.stdout, 'y\n');
    assert.strictEqual(err.stderr, '');
  }));
}

// validation
assert.throws(() => cp.exec(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.execFile('x', [], { maxBuffer: -1 }), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => cp.execFile('x', [], {}, 'nope'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.exec('x', { timeout: 'soon' }), { code: 'ERR_INVALID_ARG_TYPE' });

process.on('exit', () => assert.strictEqual(pending, 0));
