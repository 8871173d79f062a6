/* process.env: an object whose properties are the environment itself, so a
 * change is seen by getenv(), by child processes and by every later read.
 * Values are stored as strings; deleting unsets. Symbol keys never reach
 * these callbacks and the engine reports every property read-only and
 * non-enumerable, so JS puts a Proxy in front that gives Node's symbol and
 * descriptor behaviour (lib/internal/process/env.js). */
#include <string.h>

#include "bind/process.h"
#include "cli/options.h"
#include "rt/value.h"

extern char **environ;

static bool env_has(JSContextRef ctx, JSObjectRef obj, JSStringRef name) {
  char *key = nd_jsstr_cstr(name);
  bool found = getenv(key) != NULL;
  free(key);
  return found;
}

static JSValueRef env_get(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef *exc) {
  char *key = nd_jsstr_cstr(name);
  const char *v = getenv(key);
  free(key);
  /* NULL: not ours, the prototype chain is searched */
  return v ? nd_str(ctx, v) : NULL;
}

static bool env_set(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef value,
                    JSValueRef *exc) {
  char *v = nd_cstr(ctx, value, exc);
  if (!v) return true; /* ToString threw: *exc carries it */
  char *key = nd_jsstr_cstr(name);
  /* an empty name or one with '=' cannot be in the environment */
  if (*key && !strchr(key, '=')) setenv(key, v, 1);
  free(key);
  free(v);
  return true;
}

static bool env_delete(JSContextRef ctx, JSObjectRef obj, JSStringRef name, JSValueRef *exc) {
  char *key = nd_jsstr_cstr(name);
  if (*key && !strchr(key, '=')) unsetenv(key);
  free(key);
  return true;
}

static void env_names(JSContextRef ctx, JSObjectRef obj, JSPropertyNameAccumulatorRef acc) {
  for (char **e = environ; e && *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    char stackbuf[256];
    size_t len = (size_t)(eq - *e);
    char *key = len < sizeof stackbuf ? stackbuf : malloc(len + 1);
    if (!key) continue;
    memcpy(key, *e, len);
    key[len] = 0;
    JSStringRef s = JSStringCreateWithUTF8CString(key);
    JSPropertyNameAccumulatorAddName(acc, s);
    JSStringRelease(s);
    if (key != stackbuf) free(key);
  }
}

JSObjectRef nd_env_make(JSContextRef ctx) {
  JSClassDefinition def = kJSClassDefinitionEmpty;
  def.className = "Object";
  def.hasProperty = env_has;
  def.getProperty = env_get;
  def.setProperty = env_set;
  def.deleteProperty = env_delete;
  def.getPropertyNames = env_names;
  JSClassRef cls = JSClassCreate(&def);
  JSObjectRef env = JSObjectMake(ctx, cls, NULL);
  JSClassRelease(cls);
  /* nothing inherited: a missing name reads as undefined */
  JSObjectSetPrototype(ctx, env, JSValueMakeNull(ctx));
  return env;
}

static void parse_cb(void *ud, const char *key, const char *value) {
  JSContextRef ctx = ((void **)ud)[0];
  nd_set(ctx, (JSObjectRef)((void **)ud)[1], key, nd_str(ctx, value));
}

/* parseEnv(text) -> { KEY: value } */
ND_FN(nd_process_parse_env) {
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!s) return NULL;
  char *text = nd_jsstr_cstr(s);
  JSStringRelease(s);
  JSObjectRef out = JSObjectMake(ctx, NULL, NULL);
  void *ud[2] = {(void *)ctx, out};
  nd_dotenv_parse(text, strlen(text), parse_cb, ud);
  free(text);
  return out;
}

/* loadEnvFile(path) -> 0 or a negative errno (variables already set stay) */
ND_FN(nd_process_load_env_file) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  int r = nd_dotenv_load(path);
  free(path);
  return nd_num(ctx, r);
}
