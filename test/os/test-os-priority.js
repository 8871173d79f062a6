'use strict';
const assert = require('assert');
const os = require('os');

const prio = os.getPriority();
assert.ok(Number.isInteger(prio) && prio >= -20 && prio <= 19);
assert.strictEqual(os.getPriority(0), prio);
assert.strictEqual(os.getPriority(process.pid), prio);
// lowering our own priority is always allowed
os.setPriority(19);
assert.strictEqual(os.getPriority(), 19);
os.setPriority(process.pid, 19);

assert.throws(() => os.getPriority('1'), { code: 'ERR_INVALID_ARG_TYPE', message: /"pid"/ });
assert.throws(() => os.getPriority(1.5), { code: 'ERR_OUT_OF_RANGE' });
assert.throws(() => os.setPriority(0, 20), { code: 'ERR_OUT_OF_RANGE', message: /"priority".*>= -20 && <= 19/ });
assert.throws(() => os.setPriority(0, null), { code: 'ERR_INVALID_ARG_TYPE' });

let err;
try {
  os.getPriority(2 ** 31 - 1);
} catch (e) {
  err = e;
}
assert.ok(err instanceof Error);
assert.strictEqual(err.name, 'SystemError');
assert.strictEqual(err.code, 'ERR_SYSTEM_ERROR');
assert.strictEqual(err.message, 'A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
assert.deepStrictEqual(err.info, { errno: -3, code: 'ESRCH', message: 'no such process', syscall: 'uv_os_getpriority' });
assert.strictEqual(err.errno, -3);
assert.strictEqual(err.syscall, 'uv_os_getpriority');
assert.deepStrictEqual(Object.keys(err), ['code', 'info', 'errno', 'syscall']);
assert.strictEqual(String(err), 'SystemError [ERR_SYSTEM_ERROR]: A system error occurred: uv_os_getpriority returned ESRCH (no such process)');
err.errno = 7;
assert.strictEqual(err.info.errno, 7);
assert.throws(() => os.setPriority(2 ** 31 - 1, 0),
  (e) => e.code === 'ERR_SYSTEM_ERROR' && e.info.syscall === 'uv_os_setpriority' && e.info.code === 'ESRCH');
