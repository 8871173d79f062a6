'use strict';
// DOMException (WebIDL): an Error made by the Error constructor (so it is a
// native error with a stack), whose name, message and code are read-only
// prototype getters over per-instance slots.

// name -> legacy code, and the legacy constant names in code order.
const kCodes = {
  IndexSizeError: 1,
  HierarchyRequestError: 3,
  WrongDocumentError: 4,
  InvalidCharacterError: 5,
  NoModificationAllowedError: 7,
  NotFoundError: 8,
  NotSupportedError: 9,
  InUseAttributeError: 10,
  InvalidStateError: 11,
  SyntaxError: 12,
  InvalidModificationError: 13,
  NamespaceError: 14,
  InvalidAccessError: 15,
  TypeMismatchError: 17,
  SecurityError: 18,
  NetworkError: 19,
  AbortError: 20,
  URLMismatchError: 21,
  QuotaExceededError: 22,
  TimeoutError: 23,
  InvalidNodeTypeError: 24,
  DataCloneError: 25,
};
const kConstants = ['INDEX_SIZE_ERR', 'DOMSTRING_SIZE_ERR', 'HIERARCHY_REQUEST_ERR',
  'WRONG_DOCUMENT_ERR', 'INVALID_CHARACTER_ERR', 'NO_DATA_ALLOWED_ERR',
  'NO_MODIFICATION_ALLOWED_ERR', 'NOT_FOUND_ERR', 'NOT_SUPPORTED_ERR',
  'INUSE_ATTRIBUTE_ERR', 'INVALID_STATE_ERR', 'SYNTAX_ERR', 'INVALID_MODIFICATION_ERR',
  'NAMESPACE_ERR', 'INVALID_ACCESS_ERR', 'VALIDATION_ERR', 'TYPE_MISMATCH_ERR',
  'SECURITY_ERR', 'NETWORK_ERR', 'ABORT_ERR', 'URL_MISMATCH_ERR', 'QUOTA_EXCEEDED_ERR',
  'TIMEOUT_ERR', 'INVALID_NODE_TYPE_ERR', 'DATA_CLONE_ERR'];

// The slots are private fields stamped onto the error object the Error
// constructor made: invisible to reflection, and a cheap brand check.
class Stamp {
  constructor(obj) {
    return obj;
  }
}
class Slots extends Stamp {
  #name;
  #message;
  constructor(obj, name, message) {
    super(obj);
    this.#name = name;
    this.#message = message;
  }
  static has(obj) { return obj !== null && typeof obj === 'object' && #name in obj; }
  static name(obj) { return obj.#name; }
  static message(obj) { return obj.#message; }
}

function invalidThis() {
  // per-context code: no internal/errors here, the error is built by hand
  const err = new TypeError('Value of "this" must be of DOMException');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

class DOMException {
  constructor(message = '', options = 'Error') {
    const err = Reflect.construct(Error, [], new.target);
    let name;
    if (options !== null && typeof options === 'object') {
      name = `${options.name}`;
      if ('cause' in options) {
        Object.defineProperty(err, 'cause', {
          value: options.cause, writable: true, enumerable: false, configurable: true,
        });
      }
    } else {
      name = `${options}`;
    }
    // (the stack is Error.prototype's lazy accessor, as for every nodus error)
    new Slots(err, name, `${message}`);
    return err;
  }

  get name() {
    if (!Slots.has(this)) throw invalidThis();
    return Slots.name(this);
  }

  get message() {
    if (!Slots.has(this)) throw invalidThis();
    return Slots.message(this);
  }

  get code() {
    if (!Slots.has(this)) throw invalidThis();
    return kCodes[Slots.name(this)] ?? 0;
  }
}

Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  Object.defineProperty(DOMException.prototype, key, { enumerable: true });
}
Object.defineProperty(DOMException.prototype, Symbol.toStringTag, {
  value: 'DOMException', writable: false, enumerable: false, configurable: true,
});
for (let i = 0; i < kConstants.length; i++) {
  const desc = { value: i + 1, writable: false, enumerable: true, configurable: false };
  Object.defineProperty(DOMException, kConstants[i], desc);
  Object.defineProperty(DOMException.prototype, kConstants[i], desc);
}

// QuotaExceededError (WebIDL): a DOMException named QuotaExceededError
// with optional quota/requested numbers (null when not given).
class QuotaSlots extends Stamp {
  #quota;
  #requested;
  constructor(obj, quota, requested) {
    super(obj);
    this.#quota = quota;
    this.#requested = requested;
  }
  static has(obj) { return obj !== null && typeof obj === 'object' && #quota in obj; }
  static quota(obj) { return obj.#quota; }
  static requested(obj) { return obj.#requested; }
}

function quotaThis() {
  const err = new TypeError('Value of "this" must be of QuotaExceededError');
  err.code = 'ERR_INVALID_THIS';
  return err;
}

function toDouble(value, name) {
  const n = +value;
  if (!Number.isFinite(n)) throw new TypeError(`Cannot convert ${name} to a double: the value is ${n}`);
  return n;
}

class QuotaExceededError extends DOMException {
  constructor(message = '', options = undefined) {
    super(message, 'QuotaExceededError');
    let quota = null;
    let requested = null;
    if (options != null) {
      if ('quota' in options) {
        quota = toDouble(options.quota, 'options.quota');
        if (quota < 0) throw new RangeError('options.quota must not be negative');
      }
      if ('requested' in options) {
        requested = toDouble(options.requested, 'options.requested');
        if (requested < 0) throw new RangeError('options.requested must not be negative');
      }
      if (quota !== null && requested !== null && requested < quota) {
        throw new RangeError('options.requested must not be less than options.quota');
      }
    }
    new QuotaSlots(this, quota, requested);
  }

  get quota() {
    if (!QuotaSlots.has(this)) throw quotaThis();
    return QuotaSlots.quota(this);
  }

  get requested() {
    if (!QuotaSlots.has(this)) throw quotaThis();
    return QuotaSlots.requested(this);
  }
}

for (const key of ['quota', 'requested']) {
  Object.defineProperty(QuotaExceededError.prototype, key, { enumerable: true });
}
Object.defineProperty(QuotaExceededError.prototype, Symbol.toStringTag, {
  value: 'QuotaExceededError', writable: false, enumerable: false, configurable: true,
});

module.exports = { DOMException, QuotaExceededError };
