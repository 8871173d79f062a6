'use strict';
// node:test (only reachable with the scheme): test/it/describe/suite with
// their skip/todo/only forms, the hooks, and `mock`. Running many files
// (run(), --test) is not built.

const { makeRunner, makeHook, Test, Suite } = require('internal/test_runner/harness');

function withVariants(Kind) {
  const fn = makeRunner(Kind);
  fn.skip = makeRunner(Kind, { skip: true });
  fn.todo = makeRunner(Kind, { todo: true });
  fn.only = makeRunner(Kind, { only: true });
  return fn;
}

const test = withVariants(Test);
Object.defineProperty(test, 'name', { value: 'test' });
const it = withVariants(Test);
Object.defineProperty(it, 'name', { value: 'it' });
const describe = withVariants(Suite);
Object.defineProperty(describe, 'name', { value: 'describe' });
const suite = withVariants(Suite);
Object.defineProperty(suite, 'name', { value: 'suite' });

module.exports = test;
Object.assign(test, {
  after: makeHook('after'),
  afterEach: makeHook('afterEach'),
  before: makeHook('before'),
  beforeEach: makeHook('beforeEach'),
  describe,
  it,
  suite,
  test,
});

let mock;
Object.defineProperty(test, 'mock', {
  enumerable: true,
  configurable: true,
  get() {
    if (mock === undefined) {
      const { MockTracker } = require('internal/test_runner/mock/mock');
      mock = new MockTracker();
    }
    return mock;
  },
});
