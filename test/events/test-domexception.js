'use strict';
// DOMException: names and legacy codes, options, an Error with a stack.
const assert = require('assert');

{
  const e = new DOMException('msg', 'NotFoundError');
  assert.ok(e instanceof DOMException);
  assert.ok(e instanceof Error);
  assert.strictEqual(e.name, 'NotFoundError');
  assert.strictEqual(e.message, 'msg');
  assert.strictEqual(e.code, 8);
  assert.strictEqual(String(e), 'NotFoundError: msg');
  assert.strictEqual(Object.prototype.toString.call(e), '[object DOMException]');
  assert.strictEqual(e.stack.split('\n')[0], 'NotFoundError: msg');
  assert.match(e.stack.split('\n')[1], /^ {4}at /);
  assert.deepStrictEqual(Object.keys(e), []);
  assert.throws(() => { e.name = 'other'; }, TypeError); // a getter only
  assert.strictEqual(e.name, 'NotFoundError');
}

{
  const d = new DOMException();
  assert.deepStrictEqual([d.name, d.message, d.code], ['Error', '', 0]);
  assert.strictEqual(new DOMException(null).message, 'null');
  assert.strictEqual(new DOMException('a', null).name, 'null');
  assert.strictEqual(new DOMException('a', undefined).name, 'Error');
  const o = new DOMException('m', { name: 'TimeoutError', cause: 1 });
  assert.deepStrictEqual([o.name, o.code, o.cause], ['TimeoutError', 23, 1]);
  assert.strictEqual(Object.getOwnPropertyDescriptor(o, 'cause').enumerable, false);
  assert.strictEqual('cause' in new DOMException('m', {}), false);
  assert.strictEqual(new DOMException('m', {}).name, 'undefined');
  assert.strictEqual(new DOMException('m', { cause: undefined }).hasOwnProperty('cause'), true);
  assert.throws(() => new DOMException(Symbol('s')), TypeError);
  assert.throws(() => DOMException(), TypeError);
}

{
  const names = ['IndexSizeError', 'DOMStringSizeError', 'HierarchyRequestError', 'WrongDocumentError',
    'InvalidCharacterError', 'NoDataAllowedError', 'NoModificationAllowedError', 'NotFoundError',
    'NotSupportedError', 'InUseAttributeError', 'InvalidStateError', 'SyntaxError',
    'InvalidModificationError', 'NamespaceError', 'InvalidAccessError', 'ValidationError',
    'TypeMismatchError', 'SecurityError', 'NetworkError', 'AbortError', 'URLMismatchError',
    'QuotaExceededError', 'TimeoutError', 'InvalidNodeTypeError', 'DataCloneError', 'EncodingError',
    'NotReadableError', 'UnknownError', 'ConstraintError', 'DataError', 'OperationError', 'NotAllowedError'];
  assert.deepStrictEqual(names.map((n) => new DOMException('', n).code),
    [1, 0, 3, 4, 5, 0, 7, 8, 9, 10, 11, 12, 13, 14, 15, 0, 17, 18, 19, 20, 21, 22, 23, 24, 25, 0, 0, 0, 0, 0, 0, 0]);
  const constants = ['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR', 'WRONG_DOCUMENT_ERR',
    'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR', 'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR',
    'NOT_SUPPORTED_ERR', 'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR',
    'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR', 'TYPE_MISMATCH_ERR', 'SECURITY_ERR',
    'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR', 'TIMEOUT_ERR',
    'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR'];
  constants.forEach((c, i) => {
    assert.strictEqual(DOMException[c], i + 1);
    assert.strictEqual(DOMException.prototype[c], i + 1);
    const d = Object.getOwnPropertyDescriptor(DOMException, c);
    assert.deepStrictEqual([d.writable, d.enumerable, d.configurable], [false, true, false]);
  });
  assert.deepStrictEqual(Object.getOwnPropertyNames(DOMException).slice(3), constants);
}

{
  // receivers, subclasses, prototype shape
  for (const key of ['name', 'message', 'code']) {
    assert.throws(() => Object.getOwnPropertyDescriptor(DOMException.prototype, key).get.call({}), {
      name: 'TypeError', code: 'ERR_INVALID_THIS', message: 'Value of "this" must be of DOMException',
    });
  }
  class Sub extends DOMException {
    constructor() { super('sub', 'DataError'); }
  }
  const s = new Sub();
  assert.ok(s instanceof Sub && s instanceof DOMException);
  assert.deepStrictEqual([s.name, s.code, s.message], ['DataError', 0, 'sub']);
  assert.strictEqual(Object.getPrototypeOf(DOMException.prototype), Error.prototype);
  assert.strictEqual(Object.getPrototypeOf(DOMException), Function.prototype);
  assert.strictEqual(DOMException.length, 0);
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, 'name');
  assert.deepStrictEqual([d.enumerable, d.configurable, d.set], [true, true, undefined]);
}
