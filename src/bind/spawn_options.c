#include "bind/spawn_options.h"

#include <math.h>
#include <stdlib.h>

#include "rt/value.h"

bool nd_is_nullish(JSContextRef ctx, JSValueRef v) {
  return !v || JSValueIsUndefined(ctx, v) || JSValueIsNull(ctx, v);
}

int32_t nd_to_int32(JSContextRef ctx, JSValueRef v) {
  double d = nd_tonum(ctx, v);
  if (!isfinite(d)) return 0;
  d = fmod(trunc(d), 4294967296.0);
  if (d < 0) d += 4294967296.0;
  return (int32_t)(uint32_t)d;
}

static void free_vector(char **vec) {
  if (!vec) return;
  for (char **p = vec; *p; p++) free(*p);
  free(vec);
}

/* A malloc'd NULL-terminated vector from an array of strings. */
static char **str_vector(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSObjectRef arr = nd_toobj(ctx, v);
  int32_t len = arr ? nd_to_int32(ctx, nd_get(ctx, arr, "length")) : 0;
  size_t n = len > 0 ? (size_t)len : 0;
  char **vec = calloc(n + 1, sizeof *vec);
  ND_CHECK(vec);
  for (size_t i = 0; i < n; i++) {
    vec[i] = nd_cstr(ctx, JSObjectGetPropertyAtIndex(ctx, arr, (unsigned)i, NULL), exc);
    if (!vec[i]) {
      free_vector(vec);
      return NULL;
    }
  }
  return vec;
}

bool nd_spawn_options_read(JSContextRef ctx, JSObjectRef o, nd_spawn_strings_t *s,
                           uv_process_options_t *po, JSValueRef *exc) {
  s->file = nd_cstr(ctx, nd_get(ctx, o, "file"), exc);
  if (!s->file) return false;
  po->file = s->file;
  s->args = str_vector(ctx, nd_get(ctx, o, "args"), exc);
  if (!s->args) return false;
  po->args = s->args;
  JSValueRef v = nd_get(ctx, o, "cwd");
  if (!nd_is_nullish(ctx, v)) {
    s->cwd = nd_cstr(ctx, v, exc);
    if (!s->cwd) return false;
    if (s->cwd[0]) po->cwd = s->cwd; /* "" means: stay where we are */
  }
  v = nd_get(ctx, o, "envPairs");
  if (!nd_is_nullish(ctx, v)) {
    s->env = str_vector(ctx, v, exc);
    if (!s->env) return false;
    po->env = s->env;
  }
  v = nd_get(ctx, o, "uid");
  if (!nd_is_nullish(ctx, v)) {
    po->uid = (uv_uid_t)nd_to_int32(ctx, v);
    po->flags |= UV_PROCESS_SETUID;
  }
  v = nd_get(ctx, o, "gid");
  if (!nd_is_nullish(ctx, v)) {
    po->gid = (uv_gid_t)nd_to_int32(ctx, v);
    po->flags |= UV_PROCESS_SETGID;
  }
  if (JSValueToBoolean(ctx, nd_get(ctx, o, "detached"))) po->flags |= UV_PROCESS_DETACHED;
  if (JSValueToBoolean(ctx, nd_get(ctx, o, "windowsHide"))) po->flags |= UV_PROCESS_WINDOWS_HIDE;
  return true;
}

void nd_spawn_strings_free(nd_spawn_strings_t *s) {
  free(s->file);
  free_vector(s->args);
  free_vector(s->env);
  free(s->cwd);
}
