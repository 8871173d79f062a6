'use strict';
// fork(): a child nodus with a JSON IPC channel: messages both ways,
// disconnect from either side, 'close' after the channel closes, send()
// errors, and the stdio choices (inherited, silent).
const assert = require('assert');
const cp = require('child_process');

if (process.argv[2] === 'echo') {
  assert.strictEqual(typeof process.send, 'function');
  assert.strictEqual(process.connected, true);
  assert.strictEqual(process.env.NODE_CHANNEL_FD, undefined);
  process.on('message', (m) => {
    if (m === 'leave') {
      process.disconnect();
      return;
    }
    process.send({ got: m });
  });
  process.send('ready');
  return;
}
if (process.argv[2] === 'quiet') {
  // no 'message' listener: the channel must not keep the child alive
  process.stdout.write('quiet child ran');
  return;
}
if (process.argv[2] === 'argv') {
  process.send(process.argv.slice(2));
  process.disconnect();
  return;
}

const pending = new Set();
let nextId = 0;
function wait(fn) {
  const id = new Error().stack.split('\n')[2];
  const key = `${nextId++} ${id}`;
  pending.add(key);
  return (...args) => {
    pending.delete(key);
    fn(...args);
  };
}

// messages both ways, then the child disconnects
{
  const child = cp.fork(__filename, ['echo']);
  assert.strictEqual(child.connected, true);
  assert.strictEqual(typeof child.send, 'function');
  assert.strictEqual(child.stdout, null);
  const got = [];
  const values = [1, 'two', [3], { four: 4, s: 'é\n' }, null, true];
  child.on('message', (m) => {
    if (m === 'ready') {
      for (const v of values) assert.strictEqual(child.send(v), true);
      child.send('leave');
      return;
    }
    got.push(m.got);
  });
  child.on('disconnect', wait(() => assert.strictEqual(child.connected, false)));
  child.on('exit', wait((code) => assert.strictEqual(code, 0)));
  child.on('close', wait((code, signal) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(signal, null);
    assert.deepStrictEqual(got, values);
    // a closed channel: send() reports through the callback or 'error'
    child.send('late', wait((err) => {
      assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED');
    }));
    child.once('error', wait((err) => assert.strictEqual(err.code, 'ERR_IPC_CHANNEL_CLOSED')));
    assert.strictEqual(child.send('late'), false);
  }));
}

// the parent disconnects; a second disconnect() is an 'error'; no 'close'
// follows (Node counts only the child's end of the channel)
{
  const child = cp.fork(__filename, ['echo']);
  child.once('message', () => {
    child.disconnect();
    assert.strictEqual(child.connected, false);
    child.once('error', wait((err) => assert.strictEqual(err.code, 'ERR_IPC_DISCONNECTED')));
    child.disconnect();
  });
  child.on('disconnect', wait(() => {}));
  child.on('exit', wait((code) => assert.strictEqual(code, 0)));
}

// a child that does not listen exits by itself; silent gives pipes
{
  const child = cp.fork(__filename, ['quiet'], { silent: true });
  let out = '';
  child.stdout.on('data', (d) => { out += d; });
  child.on('close', wait((code) => {
    assert.strictEqual(code, 0);
    assert.strictEqual(out, 'quiet child ran');
  }));
}

// arguments, and an options object in the args position
{
  const child = cp.fork(__filename, ['argv', 'x', 'y']);
  child.on('message', wait((m) => assert.deepStrictEqual(m, ['argv', 'x', 'y'])));
  child.on('close', wait(() => {}));
}

// send() argument errors
{
  const child = cp.fork(__filename, ['echo'], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
  assert.throws(() => child.send(undefined), { code: 'ERR_MISSING_ARGS' });
  assert.throws(() => child.send(() => {}), { code: 'ERR_INVALID_ARG_TYPE' });
  assert.throws(() => child.send('x', 'not a handle'), { code: 'ERR_INVALID_HANDLE_TYPE' });
  assert.throws(() => child.send('x', null, 1), { code: 'ERR_INVALID_ARG_TYPE' });
  child.once('message', () => child.kill());
  child.on('close', wait((code, signal) => assert.strictEqual(signal, 'SIGTERM')));
}

// option errors
assert.throws(() => cp.fork(__filename, [], { stdio: ['pipe', 'pipe', 'pipe'] }),
              { code: 'ERR_CHILD_PROCESS_IPC_REQUIRED' });
assert.throws(() => cp.fork(5), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.fork(__filename, 'x'), { code: 'ERR_INVALID_ARG_TYPE' });
assert.throws(() => cp.spawn('x', [], { stdio: ['ipc', 'ipc'] }), { code: 'ERR_IPC_ONE_PIPE' });
assert.throws(() => cp.spawnSync('x', [], { stdio: ['ipc'] }), { code: 'ERR_IPC_SYNC_FORK' });

process.on('exit', () => assert.deepStrictEqual([...pending], []));
