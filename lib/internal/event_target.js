'use strict';
// Event, CustomEvent, EventTarget (DOM standard, as Node has them: no
// capture/bubble phases, errors in listeners go to 'uncaughtException') and
// NodeEventTarget, an EventTarget with an EventEmitter-like surface.

const {
  codes: {
    ERR_EVENT_RECURSION,
    ERR_INVALID_ARG_TYPE,
    ERR_INVALID_THIS,
    ERR_MISSING_ARGS,
  },
} = require('internal/errors');
const { validateAbortSignal, validateString } = require('internal/validators');
const { inspect } = require('internal/util/inspect');
const EventEmitter = require('events');

const { kMaxEventTargetListeners, kMaxEventTargetListenersWarned } = EventEmitter;
const kIsEventTarget = Symbol.for('nodejs.event_target');
const kHybridDispatch = Symbol.for('nodejs.internal.kHybridDispatch');
const kCreateEvent = Symbol('kCreateEvent');
const kNewListener = Symbol('kNewListener');
const kRemoveListener = Symbol('kRemoveListener');
const kIsNodeStyleListener = Symbol('kIsNodeStyleListener');
const kTrustEvent = Symbol('kTrustEvent');
const kWeakHandler = Symbol('kWeak');
const kResistStopPropagation = Symbol('kResistStopPropagation');
const kHandlers = Symbol('kHandlers');
const customInspect = inspect.custom;

// Event.timeStamp: milliseconds on a monotonic clock, from this module's load.
const { hrtime } = internalBinding('process');
function hrms() {
  const t = hrtime();
  return t[0] * 1e3 + t[1] / 1e6;
}
const timeOrigin = hrms();
function now() {
  return hrms() - timeOrigin;
}

function isObjectLike(v) {
  return v !== null && typeof v === 'object';
}

// --- Event ---

// Module-private access to Event's slots (set from the static block).
let isEvent;
let setDispatch;
let endDispatch;
let setPassive;
let stopRequested;
let isDispatching;

class Event {
  #type;
  #cancelable;
  #bubbles;
  #composed;
  #timeStamp;
  #defaultPrevented = false;
  #propagationStopped = false;
  #stop = false;
  #target = null;
  #dispatching = false;
  #inPassive = false;
  #trusted = false;

  constructor(type, options = null) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (options !== null && options !== undefined &&
        (typeof options !== 'object' || Array.isArray(options))) {
      throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
    }
    this.#type = `${type}`;
    this.#cancelable = !!options?.cancelable;
    this.#bubbles = !!options?.bubbles;
    this.#composed = !!options?.composed;
    this.#timeStamp = now();
    if (options?.[kTrustEvent]) this.#trusted = true;
  }

  static {
    isEvent = (obj) => isObjectLike(obj) && #type in obj;
    setDispatch = (ev, target) => {
      ev.#target = target;
      ev.#dispatching = true;
    };
    endDispatch = (ev) => {
      ev.#dispatching = false;
      ev.#inPassive = false;
    };
    setPassive = (ev, passive) => { ev.#inPassive = passive; };
    stopRequested = (ev) => ev.#stop;
    isDispatching = (ev) => ev.#dispatching;
  }

  [customInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = {
      ...options,
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    };
    return `${name} ${inspect({
      type: this.#type,
      defaultPrevented: this.#defaultPrevented,
      cancelable: this.#cancelable,
      timeStamp: this.#timeStamp,
    }, opts)}`;
  }

  initEvent(type, bubbles = false, cancelable = false) {
    checkEvent(this);
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    if (this.#dispatching) return;
    this.#type = `${type}`;
    this.#bubbles = !!bubbles;
    this.#cancelable = !!cancelable;
  }

  stopImmediatePropagation() {
    checkEvent(this);
    this.#stop = true;
    this.#propagationStopped = true;
  }

  preventDefault() {
    checkEvent(this);
    if (this.#cancelable && !this.#inPassive) this.#defaultPrevented = true;
  }

  get target() {
    checkEvent(this);
    return this.#target;
  }

  get currentTarget() {
    checkEvent(this);
    return this.#dispatching ? this.#target : null;
  }

  get srcElement() {
    checkEvent(this);
    return this.#target;
  }

  get type() {
    checkEvent(this);
    return this.#type;
  }

  get cancelable() {
    checkEvent(this);
    return this.#cancelable;
  }

  get defaultPrevented() {
    checkEvent(this);
    return this.#cancelable && this.#defaultPrevented;
  }

  get timeStamp() {
    checkEvent(this);
    return this.#timeStamp;
  }

  composedPath() {
    checkEvent(this);
    return this.#dispatching ? [this.#target] : [];
  }

  get returnValue() {
    checkEvent(this);
    return !(this.#cancelable && this.#defaultPrevented);
  }

  set returnValue(value) {
    checkEvent(this);
    if (!value) this.preventDefault();
  }

  get bubbles() {
    checkEvent(this);
    return this.#bubbles;
  }

  get composed() {
    checkEvent(this);
    return this.#composed;
  }

  get eventPhase() {
    checkEvent(this);
    return this.#dispatching ? Event.AT_TARGET : Event.NONE;
  }

  get cancelBubble() {
    checkEvent(this);
    return this.#propagationStopped;
  }

  set cancelBubble(value) {
    checkEvent(this);
    if (value) this.#propagationStopped = true;
  }

  stopPropagation() {
    checkEvent(this);
    this.#propagationStopped = true;
  }

  get isTrusted() {
    return isEvent(this) && this.#trusted;
  }

  static NONE = 0;
  static CAPTURING_PHASE = 1;
  static AT_TARGET = 2;
  static BUBBLING_PHASE = 3;
}

function checkEvent(obj) {
  if (!isEvent(obj)) throw new ERR_INVALID_THIS('Event');
}

// WebIDL: attributes and operations are enumerable; constants are
// enumerable and read-only; isTrusted is [LegacyUnforgeable].
function enumerableMembers(proto, skip) {
  for (const key of Object.getOwnPropertyNames(proto)) {
    if (key === 'constructor' || skip.includes(key)) continue;
    Object.defineProperty(proto, key, { enumerable: true });
  }
}
enumerableMembers(Event.prototype, []);
Object.defineProperty(Event.prototype, 'isTrusted', { configurable: false });
for (const key of ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE']) {
  Object.defineProperty(Event, key, { writable: false, configurable: false });
}
Object.defineProperty(Event.prototype, Symbol.toStringTag, {
  value: 'Event', writable: false, enumerable: false, configurable: true,
});

class CustomEvent extends Event {
  #detail;

  constructor(type, options = null) {
    if (arguments.length === 0) throw new ERR_MISSING_ARGS('type');
    super(type, options);
    this.#detail = options?.detail ?? null;
  }

  get detail() {
    if (!isObjectLike(this) || !(#detail in this)) throw new ERR_INVALID_THIS('CustomEvent');
    return this.#detail;
  }
}
Object.defineProperty(CustomEvent.prototype, 'detail', { enumerable: true });
Object.defineProperty(CustomEvent.prototype, Symbol.toStringTag, {
  value: 'CustomEvent', writable: false, enumerable: false, configurable: true,
});

// --- listeners ---

// Weakly held listeners ([kWeakHandler]) are dropped from their list when
// collected; the registry is made on first use.
let weakRegistry;
let weakRetainers;
function weakListeners() {
  if (weakRegistry === undefined) {
    weakRegistry = new FinalizationRegistry((node) => node.list.unlink(node));
    weakRetainers = new WeakMap();
  }
  return weakRegistry;
}

// One registration: a doubly linked node, so removal during a dispatch is
// O(1) and the dispatch loop can step past removed nodes.
class Listener {
  constructor(list, listener, once, capture, passive, nodeStyle, weak, resist) {
    this.list = list;
    this.prev = list.last;
    this.next = undefined;
    this.once = once;
    this.capture = capture;
    this.passive = passive;
    this.nodeStyle = nodeStyle;
    this.resist = resist;
    this.removed = false;
    this.weak = weak !== undefined && weak !== null;
    if (this.weak) {
      this.listener = new WeakRef(listener);
      weakListeners().register(listener, this, this);
      weakRetainers.set(weak, listener);
    } else {
      this.listener = listener;
    }
  }

  get value() {
    return this.weak ? this.listener.deref() : this.listener;
  }
}

// The listeners of one type on one target.
class ListenerList {
  constructor() {
    this.first = undefined;
    this.last = undefined;
    this.size = 0;
  }

  find(listener, capture) {
    for (let n = this.first; n !== undefined; n = n.next) {
      if (n.capture === capture && n.value === listener) return n;
    }
    return undefined;
  }

  append(node) {
    if (this.last === undefined) this.first = node;
    else this.last.next = node;
    this.last = node;
    this.size++;
  }

  // Leaves node.next alone so a dispatch standing on it can go on.
  unlink(node) {
    if (node.removed) return;
    node.removed = true;
    if (node.prev === undefined) this.first = node.next;
    else node.prev.next = node.next;
    if (node.next === undefined) this.last = node.prev;
    else node.next.prev = node.prev;
    this.size--;
    if (node.weak) weakRegistry.unregister(node);
  }
}

// --- EventTarget ---

let targetEvents; // target -> Map(type -> ListenerList), set from the static block

function validateListener(listener) {
  if (typeof listener === 'function' || isObjectLike(listener)) return true;
  if (listener === null || listener === undefined) return false;
  throw new ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener);
}

function validateOptions(options) {
  if (typeof options === 'boolean') return { capture: options };
  if (options === null || options === undefined) return {};
  if (typeof options !== 'object') throw new ERR_INVALID_ARG_TYPE('options', 'object', options);
  return options;
}

function emitUncaught(err) {
  process.nextTick(() => { throw err; });
}

function catchRejection(result) {
  const then = result.then;
  if (typeof then === 'function') then.call(result, undefined, emitUncaught);
}

function isEventTarget(obj) {
  return obj?.constructor?.[kIsEventTarget] === true;
}

function initEventTarget(self) {
  self[kMaxEventTargetListeners] = EventEmitter.defaultMaxListeners;
  self[kMaxEventTargetListenersWarned] = false;
}

class EventTarget {
  #events = new Map();

  static [kIsEventTarget] = true;

  constructor() {
    initEventTarget(this);
  }

  static {
    targetEvents = (obj) => (isObjectLike(obj) && #events in obj ? obj.#events : undefined);
  }

  [kNewListener](size, type, listener, once, capture, passive, weak) {
    const max = this[kMaxEventTargetListeners];
    if (max > 0 && size > max && !this[kMaxEventTargetListenersWarned]) {
      this[kMaxEventTargetListenersWarned] = true;
      const w = new Error('Possible EventTarget memory leak detected. ' +
        `${size} ${type} listeners added to ${inspect(this, { depth: -1 })}. ` +
        `MaxListeners is ${max}. Use events.setMaxListeners() to increase limit`);
      w.name = 'MaxListenersExceededWarning';
      w.target = this;
      w.type = type;
      w.count = size;
      process.emitWarning(w);
    }
  }

  [kRemoveListener](size, type, listener, capture) {}

  addEventListener(type, listener, options = undefined) {
    const events = targetEvents(this);
    if (events === undefined) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    options = validateOptions(options);
    const once = !!options.once;
    const capture = !!options.capture;
    const passive = !!options.passive;
    const signal = options.signal;
    const nodeStyle = !!options[kIsNodeStyleListener];
    const weak = options[kWeakHandler];
    const resist = !!options[kResistStopPropagation];
    validateAbortSignal(signal, 'options.signal');
    if (!validateListener(listener)) {
      const w = new Error(`addEventListener called with ${listener} which has no effect.`);
      w.name = 'AddEventListenerArgumentTypeWarning';
      w.target = this;
      w.type = type;
      process.emitWarning(w);
      return;
    }
    type = `${type}`;
    if (signal) {
      if (signal.aborted) return;
      signal.addEventListener('abort', () => {
        this.removeEventListener(type, listener, { capture });
      }, { once: true, [kWeakHandler]: this, [kResistStopPropagation]: true });
    }
    let list = events.get(type);
    if (list === undefined) {
      list = new ListenerList();
      events.set(type, list);
    } else if (list.find(listener, capture) !== undefined) {
      return;
    }
    list.append(new Listener(list, listener, once, capture, passive, nodeStyle, weak, resist));
    this[kNewListener](list.size, type, listener, once, capture, passive, weak);
  }

  removeEventListener(type, listener, options = undefined) {
    const events = targetEvents(this);
    if (events === undefined) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 2) throw new ERR_MISSING_ARGS('type', 'listener');
    if (!validateListener(listener)) return;
    type = `${type}`;
    const capture = typeof options === 'boolean' ? options : options?.capture === true;
    const list = events.get(type);
    if (list === undefined) return;
    const node = list.find(listener, capture);
    if (node === undefined) return;
    list.unlink(node);
    if (list.size === 0) events.delete(type);
    this[kRemoveListener](list.size, type, listener, capture);
  }

  dispatchEvent(event) {
    if (targetEvents(this) === undefined) throw new ERR_INVALID_THIS('EventTarget');
    if (arguments.length < 1) throw new ERR_MISSING_ARGS('event');
    if (!isEvent(event)) throw new ERR_INVALID_ARG_TYPE('event', 'Event', event);
    if (isDispatching(event)) throw new ERR_EVENT_RECURSION(event.type);
    this[kHybridDispatch](event, event.type, event);
    return event.defaultPrevented !== true;
  }

  // Calls the listeners of `type`: DOM listeners get an Event (`event`, or
  // one made from nodeValue on demand), Node-style listeners get nodeValue.
  [kHybridDispatch](nodeValue, type, event) {
    if (event !== undefined) setDispatch(event, this);
    const list = targetEvents(this).get(type);
    if (list !== undefined) {
      let node = list.first;
      while (node !== undefined) {
        if (event !== undefined && stopRequested(event) && !node.passive && !node.resist) break;
        const next = node.next;
        if (node.removed) {
          node = next;
          continue;
        }
        const listener = node.value;
        if (node.once) {
          list.unlink(node);
          this[kRemoveListener](list.size, type, listener, node.capture);
        }
        if (listener !== undefined) {
          let arg = nodeValue;
          if (!node.nodeStyle) {
            if (event === undefined) {
              event = this[kCreateEvent](nodeValue, type);
              setDispatch(event, this);
            }
            arg = event;
          }
          if (node.passive && event !== undefined) setPassive(event, true);
          try {
            const result = typeof listener === 'function'
              ? listener.call(this, arg)
              : callHandleEvent(listener, arg);
            if (result !== undefined && result !== null) catchRejection(result);
          } catch (err) {
            emitUncaught(err);
          }
          if (node.passive && event !== undefined) setPassive(event, false);
          // Node 26 ends the event's dispatch state after the first listener
          // returns: later listeners see eventPhase NONE, currentTarget null
          if (event !== undefined) endDispatch(event);
        }
        node = next;
      }
    }
    if (event !== undefined) endDispatch(event);
  }

  [kCreateEvent](nodeValue, type) {
    return new CustomEvent(type, { detail: nodeValue });
  }

  [customInspect](depth, options) {
    const name = this.constructor.name;
    if (depth < 0) return name;
    const opts = {
      ...options,
      depth: Number.isInteger(options.depth) ? options.depth - 1 : options.depth,
    };
    return `${name} ${inspect({}, opts)}`;
  }
}

function callHandleEvent(listener, arg) {
  const handleEvent = listener.handleEvent;
  if (typeof handleEvent !== 'function') return undefined;
  return handleEvent.call(listener, arg);
}

enumerableMembers(EventTarget.prototype, []);
Object.defineProperty(EventTarget.prototype, Symbol.toStringTag, {
  value: 'EventTarget', writable: false, enumerable: false, configurable: true,
});

// --- NodeEventTarget ---

function checkNodeTarget(obj) {
  if (!(obj instanceof NodeEventTarget) || targetEvents(obj) === undefined) {
    throw new ERR_INVALID_THIS('NodeEventTarget');
  }
}

class NodeEventTarget extends EventTarget {
  static defaultMaxListeners = 10;

  setMaxListeners(n) {
    checkNodeTarget(this);
    EventEmitter.setMaxListeners(n, this);
  }

  getMaxListeners() {
    checkNodeTarget(this);
    return this[kMaxEventTargetListeners];
  }

  eventNames() {
    checkNodeTarget(this);
    return Array.from(targetEvents(this).keys());
  }

  listenerCount(type) {
    checkNodeTarget(this);
    const list = targetEvents(this).get(String(type));
    return list !== undefined ? list.size : 0;
  }

  off(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  removeListener(type, listener, options) {
    checkNodeTarget(this);
    this.removeEventListener(type, listener, options);
    return this;
  }

  on(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  addListener(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { [kIsNodeStyleListener]: true });
    return this;
  }

  emit(type, arg) {
    checkNodeTarget(this);
    validateString(type, 'type');
    const hadListeners = this.listenerCount(type) > 0;
    this[kHybridDispatch](arg, type);
    return hadListeners;
  }

  once(type, listener) {
    checkNodeTarget(this);
    this.addEventListener(type, listener, { once: true, [kIsNodeStyleListener]: true });
    return this;
  }

  removeAllListeners(type) {
    checkNodeTarget(this);
    const events = targetEvents(this);
    if (type !== undefined) events.delete(String(type));
    else events.clear();
    return this;
  }
}
enumerableMembers(NodeEventTarget.prototype, []);

// --- on<event> handler attributes ---

// The handler sits in the listener list as one wrapper from its first
// assignment on, so reassigning it keeps its place among the listeners.
function makeEventHandler(handler) {
  function eventHandler(...args) {
    if (typeof eventHandler.handler !== 'function') return undefined;
    return Reflect.apply(eventHandler.handler, this, args);
  }
  eventHandler.handler = handler;
  return eventHandler;
}

function defineEventHandler(emitter, name, event = name) {
  Object.defineProperty(emitter, `on${name}`, {
    get: {
      [`get on${name}`]() {
        return this[kHandlers]?.get(event)?.handler ?? null;
      },
    }[`get on${name}`],
    set: {
      [`set on${name}`](value) {
        if (typeof value !== 'function' && !isObjectLike(value)) value = null;
        if (this[kHandlers] === undefined) {
          Object.defineProperty(this, kHandlers, {
            value: new Map(), writable: true, enumerable: false, configurable: true,
          });
        }
        let wrapped = this[kHandlers].get(event);
        const list = targetEvents(this)?.get(event);
        if (wrapped !== undefined && list !== undefined && list.find(wrapped, false) !== undefined) {
          if (typeof wrapped.handler === 'function') {
            list.size--;
            this[kRemoveListener](list.size, event, wrapped.handler, false);
          }
          wrapped.handler = value;
          if (typeof value === 'function') {
            list.size++;
            this[kNewListener](list.size, event, value, false, false, false, false);
          }
        } else {
          wrapped = makeEventHandler(value);
          this.addEventListener(event, wrapped);
        }
        this[kHandlers].set(event, wrapped);
      },
    }[`set on${name}`],
    enumerable: true,
    configurable: true,
  });
}

// Listeners of `type` on an EventTarget, as events.getEventListeners lists them.
function getTargetListeners(target, type) {
  const out = [];
  const list = targetEvents(target)?.get(type);
  if (list === undefined) return out;
  for (let n = list.first; n !== undefined; n = n.next) {
    const l = n.value;
    if (l !== undefined) out.push(l);
  }
  return out;
}

function targetListenerCount(target, type) {
  const list = targetEvents(target)?.get(String(type));
  return list !== undefined ? list.size : 0;
}

module.exports = {
  Event,
  CustomEvent,
  EventTarget,
  NodeEventTarget,
  defineEventHandler,
  initEventTarget,
  isEventTarget,
  getTargetListeners,
  targetListenerCount,
  kCreateEvent,
  kNewListener,
  kRemoveListener,
  kTrustEvent,
  kWeakHandler,
  kResistStopPropagation,
  kIsNodeStyleListener,
  kHybridDispatch,
};
