/* Runtime lifetime, the call-into-JS path, internalBinding() and the main loop. */
#include <string.h>

#include "bind/bindings.h"
#include "bind/handle_wrap.h"
#include "rt/bcache.h"
#include "rt/bcache_load.h"
#include "rt/compile.h"
#include "rt/jsc_private.h"
#include "rt/lib.h"
#include "rt/rt.h"
#include "rt/runloop.h"
#include "rt/value.h"

/* One runtime per thread: the engine's C API has no context-data slot that
 * costs nothing on global lookups, so the thread remembers its runtime. */
static _Thread_local nd_rt_t *tls_rt;

nd_rt_t *nd_rt_from_ctx(JSContextRef ctx) {
  (void)ctx;
  return tls_rt;
}

typedef struct {
  const char *name;
  nd_binding_init_fn init;
} binding_def_t;

#define ND_BINDING_DEF(name) {#name, nd_##name##_init},
static const binding_def_t binding_defs[] = {ND_BINDINGS(ND_BINDING_DEF)};
#undef ND_BINDING_DEF

/* internalBinding(name): the binding object, created on first use. */
static ND_FN(internal_binding) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  char *name = nd_cstr(ctx, ND_ARG(0), exc);
  if (!name) return NULL;
  JSValueRef cached = nd_get(ctx, rt->bindings, name);
  if (!JSValueIsUndefined(ctx, cached)) {
    free(name);
    return cached;
  }
  for (size_t i = 0; i < ND_COUNTOF(binding_defs); i++) {
    if (strcmp(binding_defs[i].name, name) != 0) continue;
    JSObjectRef obj = JSObjectMake(ctx, NULL, NULL);
    JSObjectSetPrototype(ctx, obj, JSValueMakeNull(ctx));
    binding_defs[i].init(rt, obj);
    nd_set(ctx, rt->bindings, name, obj);
    free(name);
    return obj;
  }
  char msg[256];
  snprintf(msg, sizeof msg, "No such binding: %s", name);
  free(name);
  *exc = nd_error(ctx, "Error", NULL, msg);
  return NULL;
}

nd_rt_t *nd_rt_new(void) {
  nd_rt_t *rt = calloc(1, sizeof *rt);
  ND_CHECK(rt);
  ND_CHECK(tls_rt == NULL);
  tls_rt = rt;
  rt->bcache_ok = -1;
  ND_CHECK(uv_loop_init(&rt->loop) == 0);
  rt->loop.data = rt;
  rt->ctx = JSGlobalContextCreate(NULL);
  rt->global = JSContextGetGlobalObject(rt->ctx);
  rt->bindings = JSObjectMake(rt->ctx, NULL, NULL);
  JSValueProtect(rt->ctx, rt->bindings);
  return rt;
}

static void close_walk_cb(uv_handle_t *h, void *arg) {
  if (!uv_is_closing(h)) uv_close(h, NULL);
}

void nd_rt_free(nd_rt_t *rt) {
  uv_walk(&rt->loop, close_walk_cb, NULL);
  uv_run(&rt->loop, UV_RUN_DEFAULT);
  uv_loop_close(&rt->loop);
  JSGlobalContextRelease(rt->ctx);
  /* the engine is gone with its context: nothing refers to the slots now */
  nd_bcache_state_free(rt->bcache);
  nd_runloop_free(rt);
  if (rt->decoder_class) JSClassRelease(rt->decoder_class);
  nd_wrap_classes_free(rt);
  if (rt->fs_dir_class) JSClassRelease(rt->fs_dir_class);
  tls_rt = NULL;
  free(rt);
}

void nd_fatal_exception(nd_rt_t *rt, JSValueRef exc) {
  JSValueRef e = NULL;
  if (rt->on_uncaught) {
    rt->depth++;
    JSObjectCallAsFunction(rt->ctx, rt->on_uncaught, NULL, 1, &exc, &e);
    rt->depth--;
    if (!e) return;
    exc = e; /* the handler itself threw: report that, as Node does */
  }
  char *s = nd_cstr(rt->ctx, exc, NULL);
  fprintf(stderr, "%s\n", s ? s : "uncaught exception");
  free(s);
  exit(7);
}

JSValueRef nd_call_raw(nd_rt_t *rt, JSObjectRef fn, size_t argc, const JSValueRef *argv) {
  JSValueRef exc = NULL;
  rt->depth++;
  JSValueRef r = JSObjectCallAsFunction(rt->ctx, fn, NULL, argc, argv, &exc);
  rt->depth--;
  if (exc) {
    nd_fatal_exception(rt, exc);
    return NULL;
  }
  return r;
}

void nd_drain_ticks(nd_rt_t *rt) {
  if (rt->depth > 0 || !rt->run_ticks) return;
  int polled = 0;
  for (;;) {
    while (rt->tick_info[ND_TICK_HAS_TICKS] == ND_TICKS_QUEUED ||
           rt->tick_info[ND_TICK_HAS_REJECTIONS])
      nd_call_raw(rt, rt->run_ticks, 0, NULL);
    /* reported rejections exist: one more call looks whether the callback
     * just run handled one (an await adds no visible handler) */
    if (polled || !rt->tick_info[ND_TICK_WATCH_HANDLED]) break;
    polled = 1;
    nd_call_raw(rt, rt->run_ticks, 0, NULL);
  }
}

JSValueRef nd_call(nd_rt_t *rt, JSObjectRef fn, JSValueRef recv, size_t argc,
                   const JSValueRef *argv) {
  JSValueRef stackargs[8];
  JSValueRef *args = argc + 2 <= ND_COUNTOF(stackargs) ? stackargs
                                                       : malloc((argc + 2) * sizeof *args);
  ND_CHECK(args);
  args[0] = fn;
  args[1] = recv ? recv : JSValueMakeUndefined(rt->ctx);
  for (size_t i = 0; i < argc; i++) args[i + 2] = argv[i];
  JSValueRef r = nd_call_raw(rt, rt->make_callback, argc + 2, args);
  if (args != stackargs) free(args);
  nd_drain_ticks(rt);
  return r;
}

/* lib/<id>.js, embedded already wrapped as function (exports, require,
 * module, process, internalBinding) by tools/js2c.c, with source URL
 * node:<id>. */
static JSObjectRef compile_builtin(JSContextRef ctx, const char *id, JSValueRef *exc) {
  const nd_lib_entry_t *e = nd_lib_find(id);
  if (!e) return NULL;
  char url[256];
  snprintf(url, sizeof url, "node:%s", id);
  JSStringRef surl = JSStringCreateWithUTF8CString(url);
  JSStringRef err = NULL;
  int errline = 0;
  JSScriptRef cached = nd_bcache_builtin(nd_rt_from_ctx(ctx), ctx, e, url);
  if (cached) {
    JSValueRef v = JSScriptEvaluate(ctx, cached, NULL, exc);
    nd_bcache_script_release(cached);
    JSStringRelease(surl);
    return v && JSValueIsObject(ctx, v) ? (JSObjectRef)v : NULL;
  }
  JSScriptRef script = JSScriptCreateReferencingImmortalASCIIText(
      JSContextGetGroup(ctx), surl, 1, e->src, e->len, &err, &errline);
  JSValueRef v = NULL;
  if (script) {
    v = JSScriptEvaluate(ctx, script, NULL, exc);
    JSScriptRelease(script);
  } else {
    /* lib/ is ours: a syntax error there is a build defect */
    char *m = err ? nd_jsstr_cstr(err) : NULL;
    fprintf(stderr, "nodus: %s:%d: %s\n", url, errline, m ? m : "syntax error");
    free(m);
    if (err) JSStringRelease(err);
    abort();
  }
  JSStringRelease(surl);
  return v && JSValueIsObject(ctx, v) ? (JSObjectRef)v : NULL;
}

static ND_FN(builtins_compile) {
  char *id = nd_cstr(ctx, ND_ARG(0), exc);
  if (!id) return NULL;
  JSObjectRef fn = compile_builtin(ctx, id, exc);
  free(id);
  return fn ? (JSValueRef)fn : (*exc ? NULL : JSValueMakeUndefined(ctx));
}

/* source(id): the text of lib/<id>.js as written (without the wrapper) */
static ND_FN(builtins_source) {
  char *id = nd_cstr(ctx, ND_ARG(0), exc);
  if (!id) return NULL;
  const nd_lib_entry_t *e = nd_lib_find(id);
  free(id);
  size_t footer = sizeof ND_WRAPPER_FOOTER - 1;
  if (!e || e->len < ND_WRAPPER_COLUMNS + footer) return JSValueMakeUndefined(ctx);
  return nd_strn(ctx, e->src + ND_WRAPPER_COLUMNS, e->len - ND_WRAPPER_COLUMNS - footer);
}

static ND_FN(builtins_ids) {
  JSObjectRef arr = JSObjectMakeArray(ctx, 0, NULL, NULL);
  for (size_t i = 0; i < nd_lib_count; i++)
    JSObjectSetPropertyAtIndex(ctx, arr, (unsigned)i, nd_str(ctx, nd_lib_entries[i].id), NULL);
  return arr;
}

/* publicIds(): the ids outside internal/, sorted, as one "a,b,c" string:
 * one engine string instead of an array of all ids (start-up reads it). */
static ND_FN(builtins_public_ids) {
  size_t cap = 1;
  for (size_t i = 0; i < nd_lib_count; i++) cap += strlen(nd_lib_entries[i].id) + 1;
  char *buf = malloc(cap);
  ND_CHECK(buf);
  size_t n = 0;
  for (size_t i = 0; i < nd_lib_count; i++) {
    const char *id = nd_lib_entries[i].id;
    if (strncmp(id, "internal/", 9) == 0) continue;
    size_t l = strlen(id);
    if (n) buf[n++] = ',';
    memcpy(buf + n, id, l);
    n += l;
  }
  JSValueRef v = nd_strn(ctx, buf, n);
  free(buf);
  return v;
}

static ND_FN(builtins_exists) {
  char *id = nd_cstr(ctx, ND_ARG(0), exc);
  if (!id) return NULL;
  bool found = nd_lib_find(id) != NULL;
  free(id);
  return JSValueMakeBoolean(ctx, found);
}

/* ran(id): the built-in's body has run; what it compiled from the cache
 * is in the engine now, so the cache's pages can leave memory (they come
 * back from the binary if a function not yet run needs them) */
static ND_FN(builtins_ran) {
  char *id = nd_cstr(ctx, ND_ARG(0), exc);
  if (!id) return NULL;
  const nd_lib_entry_t *e = nd_lib_find(id);
  free(id);
  if (e) nd_bcache_builtin_ran(nd_rt_from_ctx(ctx), e);
  return JSValueMakeUndefined(ctx);
}

void nd_builtins_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"compile", builtins_compile},
      {"ids", builtins_ids},
      {"publicIds", builtins_public_ids},
      {"source", builtins_source},
      {"exists", builtins_exists},
      {"ran", builtins_ran},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}

/* task: the tick-queue flags and the hooks the bootstrap hands to C. */
static ND_FN(task_setup) {
  nd_rt_t *rt = nd_rt_from_ctx(ctx);
  JSObjectRef o = nd_toobj(ctx, ND_ARG(0));
  if (!o) return JSValueMakeUndefined(ctx);
  struct {
    const char *name;
    JSObjectRef *slot;
  } hooks[] = {{"makeCallback", &rt->make_callback},
               {"runTicks", &rt->run_ticks},
               {"onUncaught", &rt->on_uncaught}};
  for (size_t i = 0; i < ND_COUNTOF(hooks); i++) {
    JSObjectRef f = nd_toobj(ctx, nd_get(ctx, o, hooks[i].name));
    if (!f) continue;
    if (*hooks[i].slot) JSValueUnprotect(ctx, *hooks[i].slot);
    JSValueProtect(ctx, f);
    *hooks[i].slot = f;
  }
  return JSValueMakeUndefined(ctx);
}

/* setPromiseRejectCallback(fn): fn(promise, reason) is called by the engine
 * after the microtask queue drains, for each rejection with no handler. */
static ND_FN(task_set_reject_callback) {
  JSObjectRef f = nd_toobj(ctx, ND_ARG(0));
  if (f) JSGlobalContextSetUnhandledRejectionCallback(JSContextGetGlobalContext(ctx), f, exc);
  return JSValueMakeUndefined(ctx);
}

/* holdEngineWork(delta): engine work pending (1) or done (-1) whose end
 * comes through the engine's run loop; throws when it cannot be watched. */
static ND_FN(task_hold_engine_work) {
  int err = nd_runloop_hold(nd_rt_from_ctx(ctx), (int)nd_tonum(ctx, ND_ARG(0)));
  if (err < 0) {
    *exc = nd_uv_error(ctx, err, "holdEngineWork", NULL);
    return NULL;
  }
  return JSValueMakeUndefined(ctx);
}

void nd_task_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"setup", task_setup},
      {"setPromiseRejectCallback", task_set_reject_callback},
      {"holdEngineWork", task_hold_engine_work},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  JSObjectRef info = JSObjectMakeTypedArrayWithBytesNoCopy(
      rt->ctx, kJSTypedArrayTypeUint8Array, rt->tick_info, sizeof rt->tick_info, NULL, NULL, NULL);
  nd_set(rt->ctx, target, "tickInfo", info);
}

static void die_js(nd_rt_t *rt, const char *what, JSValueRef exc) {
  char *s = exc ? nd_cstr(rt->ctx, exc, NULL) : NULL;
  fprintf(stderr, "nodus: %s: %s\n", what, s ? s : "not found");
  if (exc && JSValueIsObject(rt->ctx, exc)) {
    char *st = nd_cstr(rt->ctx, nd_get(rt->ctx, (JSObjectRef)exc, "stack"), NULL);
    if (st) fprintf(stderr, "%s\n", st);
    free(st);
  }
  free(s);
  exit(70);
}

int nd_rt_run(nd_rt_t *rt) {
  JSContextRef ctx = rt->ctx;
  JSValueRef exc = NULL;
  /* internal/bootstrap/realm returns the builtin loader; the node bootstrap
   * builds process and the globals and returns { runMain, emitBeforeExit,
   * emitExit, exitCode } */
  JSObjectRef realm = compile_builtin(ctx, "internal/bootstrap/realm", &exc);
  if (!realm) die_js(rt, "bootstrap", exc);
  JSObjectRef ib = JSObjectMakeFunctionWithCallback(ctx, NULL, internal_binding);
  JSValueRef args[5] = {JSValueMakeUndefined(ctx), JSValueMakeUndefined(ctx),
                        JSValueMakeUndefined(ctx), JSValueMakeUndefined(ctx), ib};
  rt->depth++;
  JSValueRef hooks = JSObjectCallAsFunction(ctx, realm, NULL, 5, args, &exc);
  rt->depth--;
  if (exc || !JSValueIsObject(ctx, hooks)) die_js(rt, "bootstrap", exc);
  JSObjectRef h = (JSObjectRef)hooks;
  JSValueProtect(ctx, h);
  JSObjectRef run_main = nd_toobj(ctx, nd_get(ctx, h, "runMain"));
  JSObjectRef before_exit = nd_toobj(ctx, nd_get(ctx, h, "emitBeforeExit"));
  JSObjectRef emit_exit = nd_toobj(ctx, nd_get(ctx, h, "emitExit"));
  JSObjectRef exit_code = nd_toobj(ctx, nd_get(ctx, h, "exitCode"));
  ND_CHECK(run_main && before_exit && emit_exit && exit_code && rt->make_callback);

  /* Node's exit: the loop runs dry, 'beforeExit' may add work and then
   * comes again, else 'exit' */
  nd_call(rt, run_main, NULL, 0, NULL);
  for (;;) {
    nd_timers_before_run(rt);
    uv_run(&rt->loop, UV_RUN_DEFAULT);
    nd_call(rt, before_exit, NULL, 0, NULL);
    if (!uv_loop_alive(&rt->loop)) break;
  }
  nd_call_raw(rt, emit_exit, 0, NULL); /* microtasks drain on return */
  JSValueRef code = nd_call_raw(rt, exit_code, 0, NULL);
  JSValueUnprotect(ctx, h);
  return code ? (int)nd_tonum(ctx, code) : 1;
}
