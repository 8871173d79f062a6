/* util: facts about values that the engine's public C API does not expose —
 * a cell's type, a promise's state and result, a proxy's target and handler,
 * where a Map/Set iterator stands — for util.inspect and util.types.
 *
 * JavaScriptCore keeps a JSType byte in every cell header and the fields of
 * these objects in fixed 8-byte slots. Nothing here assumes the numbers: at
 * startup we build sample objects whose contents we know, find the bytes and
 * slots, and leave a feature off (-1) when the samples do not match. Promise
 * state comes from JSC::JSPromise::status/result, which the library exports;
 * they are weak references, so a library without them only loses that. */
#include <string.h>

#include "bind/bindings.h"
#include "rt/value.h"

/* C++ members exported by libjavascriptcoregtk; `this` is the first argument,
 * the VM is what JSContextGetGroup returns. */
extern unsigned nd__promise_status(const void *promise, void *vm) __asm__(
    "_ZNK3JSC9JSPromise6statusERNS_2VME") __attribute__((weak));
extern uint64_t nd__promise_result(const void *promise, void *vm) __asm__(
    "_ZNK3JSC9JSPromise6resultERNS_2VME") __attribute__((weak));
extern _Bool nd__promise_is_handled(const void *promise, void *vm) __asm__(
    "_ZNK3JSC9JSPromise9isHandledERNS_2VME") __attribute__((weak));

/* Slots are only read inside the smallest cell each kind can be: a proxy
 * is a header (2 slots) + target + handler, a Map/Set iterator a header +
 * 4 internal fields. Reading further would run past small cells. */
enum { TYPE_BYTE = 5, PROXY_SLOTS = 4, ITER_SLOTS = 6 };
/* An int32 JSValue: the number tag over the low 32 bits. */
#define INT_VALUE(i) (0xfffe000000000000ull | (uint32_t)(i))

static int cell_type(JSContextRef ctx, JSValueRef v) {
  if (!JSValueIsObject(ctx, v)) return -1;
  return ((const uint8_t *)v)[TYPE_BYTE];
}

static uint64_t slot(JSValueRef obj, int i) { return ((const uint64_t *)obj)[i]; }

static int find_slot(JSValueRef obj, int nslots, uint64_t want) {
  for (int i = 2; i < nslots; i++)
    if (slot(obj, i) == want) return i;
  return -1;
}

static JSValueRef sample(JSContextRef ctx, JSObjectRef list, unsigned i) {
  return JSObjectGetPropertyAtIndex(ctx, list, i, NULL);
}

static void calibrate(nd_rt_t *rt) {
  nd_engine_layout_t *l = &rt->layout;
  JSContextRef ctx = rt->ctx;
  memset(l, 0xff, sizeof *l);
  l->ready = 1;
  JSStringRef src = JSStringCreateWithUTF8CString(
      "(() => { const t = {}, h = {}, m = new Map([[1, 2], [3, 4]]), s = new Set([1, 2]);"
      " const mi = m.entries(), si = s.entries(), mi2 = m.entries(); mi.next(); si.next();"
      " return [{}, new Proxy(t, h), t, h, new Promise(() => {}), m, mi, mi2, s, si]; })()");
  JSValueRef exc = NULL;
  JSValueRef r = JSEvaluateScript(ctx, src, NULL, NULL, 1, &exc);
  JSStringRelease(src);
  if (!r || !JSValueIsObject(ctx, r)) return;
  JSObjectRef s = (JSObjectRef)r;
  int plain = cell_type(ctx, sample(ctx, s, 0));
  JSValueRef proxy = sample(ctx, s, 1), promise = sample(ctx, s, 4);
  JSValueRef map = sample(ctx, s, 5), mi = sample(ctx, s, 6), mi2 = sample(ctx, s, 7);
  JSValueRef set = sample(ctx, s, 8), si = sample(ctx, s, 9);
  int types[4] = {cell_type(ctx, proxy), cell_type(ctx, promise), cell_type(ctx, mi),
                  cell_type(ctx, si)};
  for (int i = 0; i < 4; i++) {
    if (types[i] < 0 || types[i] == plain) return;
    for (int j = 0; j < i; j++)
      if (types[i] == types[j]) return;
  }
  int target = find_slot(proxy, PROXY_SLOTS, (uint64_t)(uintptr_t)sample(ctx, s, 2));
  int handler = find_slot(proxy, PROXY_SLOTS, (uint64_t)(uintptr_t)sample(ctx, s, 3));
  if (target > 0 && handler > 0) {
    l->proxy_type = types[0];
    l->proxy_target_slot = target;
    l->proxy_handler_slot = handler;
  }
  if (nd__promise_status && nd__promise_result) l->promise_type = types[1];
  /* iterators: index 1 after one next(), kind 2 (entries), the same storage
   * in two iterators of one map, and the same slots for sets */
  int index = find_slot(mi, ITER_SLOTS, INT_VALUE(1));
  int object = find_slot(mi, ITER_SLOTS, (uintptr_t)map);
  int kind = find_slot(mi, ITER_SLOTS, INT_VALUE(2)), storage = -1;
  for (int i = 2; i < ITER_SLOTS; i++) {
    if (i == index || i == object || i == kind) continue;
    uint64_t w = slot(mi, i);
    if (w != 0 && (w >> 48) == 0 && w == slot(mi2, i)) storage = i;
  }
  if (index < 0 || object < 0 || kind < 0 || storage < 0) return;
  if (slot(si, index) != INT_VALUE(1) || slot(si, object) != (uintptr_t)set ||
      slot(si, kind) != INT_VALUE(2) || slot(mi2, index) != INT_VALUE(0))
    return;
  l->map_iter_type = types[2];
  l->set_iter_type = types[3];
  l->iter_index_slot = index;
  l->iter_object_slot = object;
  l->iter_storage_slot = storage;
  l->iter_kind_slot = kind;
}

/* typeOf(v) -> the engine's type number for an object, -1 otherwise (util.types
 * compares it with the numbers of sample objects). */
static ND_FN(util_type_of) { return nd_num(ctx, cell_type(ctx, ND_ARG(0))); }

/* A JSValueRef is the encoded value on 64-bit targets: a cell is a pointer
 * with neither the number tag nor the "other" bit (null, undefined, booleans
 * and small bigints carry it). */
_Static_assert(sizeof(void *) == 8, "JSValue encoding assumed 64-bit");
#define NOT_CELL_MASK 0xfffe000000000002ull

/* objectShape(obj) -> structure id * 256 + type number, for a value the
 * caller knows is an object (any other cell answers the same way, a non-cell
 * -1). The first 32 bits of a cell name its structure: inspect compares them
 * with those of sample arrays it keeps alive, so an id stays theirs. It asks
 * this of every object it meets, so no engine function is called here. */
static ND_FN(util_object_shape) {
  (void)self, (void)callee, (void)exc;
  uint64_t bits = argc > 0 ? (uint64_t)(uintptr_t)argv[0] : 0;
  if (bits == 0 || (bits & NOT_CELL_MASK) != 0) return nd_num(ctx, -1);
  uint32_t structure;
  memcpy(&structure, argv[0], sizeof structure);
  return nd_num(ctx, (double)structure * 256 + ((const uint8_t *)argv[0])[TYPE_BYTE]);
}

/* promiseState(p) -> [0 pending | 1 fulfilled | 2 rejected, result], or
 * undefined when p is not a promise (or the engine cannot tell). */
static ND_FN(util_promise_state) {
  nd_engine_layout_t *l = &nd_rt_from_ctx(ctx)->layout;
  JSValueRef p = ND_ARG(0);
  if (l->promise_type < 0 || cell_type(ctx, p) != l->promise_type)
    return JSValueMakeUndefined(ctx);
  void *vm = (void *)JSContextGetGroup(ctx);
  unsigned status = nd__promise_status(p, vm);
  JSValueRef parts[2] = {nd_num(ctx, status), JSValueMakeUndefined(ctx)};
  if (status != 0) parts[1] = (JSValueRef)(uintptr_t)nd__promise_result(p, vm);
  return nd_array(ctx, 2, parts);
}

/* promiseIsHandled(p) -> whether a reaction was ever added to promise p
 * (then, catch, await...), or undefined when the engine cannot tell. */
static ND_FN(util_promise_is_handled) {
  nd_engine_layout_t *l = &nd_rt_from_ctx(ctx)->layout;
  JSValueRef p = ND_ARG(0);
  if (!nd__promise_is_handled || l->promise_type < 0 || cell_type(ctx, p) != l->promise_type)
    return JSValueMakeUndefined(ctx);
  return JSValueMakeBoolean(ctx, nd__promise_is_handled(p, (void *)JSContextGetGroup(ctx)));
}

/* proxyDetails(p) -> [target, handler] (both null once revoked), or undefined
 * when p is not a proxy. */
static ND_FN(util_proxy_details) {
  nd_engine_layout_t *l = &nd_rt_from_ctx(ctx)->layout;
  JSValueRef p = ND_ARG(0);
  if (l->proxy_type < 0 || cell_type(ctx, p) != l->proxy_type) return JSValueMakeUndefined(ctx);
  JSValueRef parts[2] = {JSValueMakeNull(ctx), JSValueMakeNull(ctx)};
  uint64_t handler = slot(p, l->proxy_handler_slot);
  if (handler != 0 && (handler >> 48) == 0 && handler > 0xff) {
    parts[0] = (JSValueRef)(uintptr_t)slot(p, l->proxy_target_slot);
    parts[1] = (JSValueRef)(uintptr_t)handler;
  }
  return nd_array(ctx, 2, parts);
}

static bool is_iterator(nd_engine_layout_t *l, JSContextRef ctx, JSValueRef v) {
  int t = cell_type(ctx, v);
  return t >= 0 && (t == l->map_iter_type || t == l->set_iter_type);
}

/* iteratorSource(it) -> [the Map or Set, kind 0 keys | 1 values | 2 entries],
 * or undefined when it is not a Map/Set iterator. */
static ND_FN(util_iterator_source) {
  nd_engine_layout_t *l = &nd_rt_from_ctx(ctx)->layout;
  JSValueRef it = ND_ARG(0);
  if (!is_iterator(l, ctx, it)) return JSValueMakeUndefined(ctx);
  uint64_t obj = slot(it, l->iter_object_slot), kind = slot(it, l->iter_kind_slot);
  if (obj == 0 || (obj >> 48) != 0 || (kind >> 32) != (INT_VALUE(0) >> 32))
    return JSValueMakeUndefined(ctx);
  JSValueRef parts[2] = {(JSValueRef)(uintptr_t)obj, nd_num(ctx, (int32_t)(uint32_t)kind)};
  return nd_array(ctx, 2, parts);
}

/* iteratorSeek(fresh, it): puts a fresh iterator of the same Map/Set where
 * `it` stands, so the preview reads on without moving `it`. Returns whether
 * it could. The storage `it` points at stays reachable through `it`. */
static ND_FN(util_iterator_seek) {
  nd_engine_layout_t *l = &nd_rt_from_ctx(ctx)->layout;
  JSValueRef dst = ND_ARG(0), src = ND_ARG(1);
  if (!is_iterator(l, ctx, dst) || cell_type(ctx, dst) != cell_type(ctx, src) ||
      slot(dst, l->iter_object_slot) != slot(src, l->iter_object_slot))
    return JSValueMakeBoolean(ctx, false);
  uint64_t *d = (uint64_t *)dst;
  d[l->iter_index_slot] = slot(src, l->iter_index_slot);
  d[l->iter_storage_slot] = slot(src, l->iter_storage_slot);
  return JSValueMakeBoolean(ctx, true);
}

/* systemErrors() -> [[code, name, message], ...] for every libuv error. */
static ND_FN(util_system_errors) {
  JSObjectRef list = JSObjectMakeArray(ctx, 0, NULL, NULL);
  unsigned n = 0;
#define ND_UV_ERROR_ENTRY(name, msg)                                         \
  {                                                                          \
    JSValueRef e[3] = {nd_num(ctx, UV_##name), nd_str(ctx, #name), nd_str(ctx, msg)}; \
    JSObjectSetPropertyAtIndex(ctx, list, n++, nd_array(ctx, 3, e), NULL);   \
  }
  UV_ERRNO_MAP(ND_UV_ERROR_ENTRY)
#undef ND_UV_ERROR_ENTRY
  return list;
}

void nd_util_init(nd_rt_t *rt, JSObjectRef target) {
  if (!rt->layout.ready) calibrate(rt);
  static const nd_fn_entry_t fns[] = {
      {"typeOf", util_type_of},
      {"objectShape", util_object_shape},
      {"promiseState", util_promise_state},
      {"promiseIsHandled", util_promise_is_handled},
      {"proxyDetails", util_proxy_details},
      {"iteratorSource", util_iterator_source},
      {"iteratorSeek", util_iterator_seek},
      {"systemErrors", util_system_errors},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}
