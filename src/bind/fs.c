/* fs: the synchronous file primitives behind lib/fs.js, the module loader and
 * process.stdout. The loader's helpers throw Node system errors themselves;
 * the fs.*Sync primitives return a negative libuv code instead, which
 * lib/internal/fs/utils.js turns into the Node error (it knows path and
 * dest). Arguments arrive validated and converted by lib/fs.js. */
/* O_NOATIME and O_DIRECT for fs.constants */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "bind/bindings.h"
#include "rt/io.h"
#include "rt/text.h"
#include "rt/value.h"

/* internalModuleStat(path) -> 0 file, 1 directory, negative errno */
static ND_FN(fs_internal_module_stat) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  uv_fs_t req;
  int r = uv_fs_stat(NULL, &req, path, NULL);
  int kind = r < 0 ? r : (S_ISDIR(req.statbuf.st_mode) ? 1 : 0);
  uv_fs_req_cleanup(&req);
  free(path);
  return nd_num(ctx, kind);
}

/* internalModuleIsSymlink(path) -> true when path itself is a symbolic
 * link (lstat); lets the loader build real paths from cached real folders
 * instead of walking every component with realpath(). */
static ND_FN(fs_internal_module_is_symlink) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  uv_fs_t req;
  int r = uv_fs_lstat(NULL, &req, path, NULL);
  bool link = r == 0 && S_ISLNK(req.statbuf.st_mode);
  uv_fs_req_cleanup(&req);
  free(path);
  return JSValueMakeBoolean(ctx, link);
}

/* Reads a whole file into a malloc'd NUL-terminated buffer; 0 or -errno. */
int nd_fs_read_all(const char *path, char **out, size_t *outlen) {
  uv_fs_t req;
  int fd = uv_fs_open(NULL, &req, path, UV_FS_O_RDONLY, 0, NULL);
  uv_fs_req_cleanup(&req);
  if (fd < 0) return fd;
  size_t cap = 16384, len = 0;
  char *buf = malloc(cap);
  ND_CHECK(buf);
  for (;;) {
    if (cap - len < 4096) {
      cap *= 2;
      buf = realloc(buf, cap);
      ND_CHECK(buf);
    }
    uv_buf_t b = uv_buf_init(buf + len, (unsigned)(cap - len - 1));
    int n = uv_fs_read(NULL, &req, fd, &b, 1, -1, NULL);
    uv_fs_req_cleanup(&req);
    if (n < 0) {
      free(buf);
      uv_fs_close(NULL, &req, fd, NULL);
      uv_fs_req_cleanup(&req);
      return n;
    }
    if (n == 0) break;
    len += (size_t)n;
  }
  uv_fs_close(NULL, &req, fd, NULL);
  uv_fs_req_cleanup(&req);
  buf[len] = 0;
  *out = buf;
  *outlen = len;
  return 0;
}

/* readFileUtf8(path) -> string; throws a system error */
static ND_FN(fs_read_file_utf8) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  char *data;
  size_t len;
  int r = nd_fs_read_all(path, &data, &len);
  if (r < 0) {
    *exc = nd_uv_error(ctx, r, "open", path);
    free(path);
    return NULL;
  }
  free(path);
  /* decoded straight into the engine's string (8-bit when the text is
   * Latin-1, as ASCII sources are: faster to parse); bad bytes become
   * U+FFFD as in Node */
  JSValueRef v = nd_text_decode_as(ctx, (const uint8_t *)data, len, ND_ENC_UTF8);
  free(data);
  return v;
}

/* realpath(path) -> string; throws a system error */
static ND_FN(fs_realpath) {
  char *path = nd_cstr(ctx, ND_ARG(0), exc);
  if (!path) return NULL;
  uv_fs_t req;
  int r = uv_fs_realpath(NULL, &req, path, NULL);
  JSValueRef v = NULL;
  if (r < 0)
    *exc = nd_uv_error(ctx, r, "realpath", path);
  else
    v = nd_str(ctx, req.ptr);
  uv_fs_req_cleanup(&req);
  free(path);
  return v;
}

/* writeString(fd, string) -> bytes written; writes all of it (stdout and
 * stderr are synchronous for files, pipes and TTYs here). */
static ND_FN(fs_write_string) {
  int fd = (int)nd_tonum(ctx, ND_ARG(0));
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!s) return NULL;
  size_t cap = JSStringGetMaximumUTF8CStringSize(s);
  char stackbuf[4096];
  char *buf = cap <= sizeof stackbuf ? stackbuf : malloc(cap);
  ND_CHECK(buf);
  size_t len = JSStringGetUTF8CString(s, buf, cap) - 1;
  JSStringRelease(s);
  int err = nd_write_all(fd, buf, len);
  if (buf != stackbuf) free(buf);
  if (err) {
    *exc = nd_uv_error(ctx, err, "write", NULL);
    return NULL;
  }
  return nd_num(ctx, (double)len);
}

/* ---- fs primitives ----
 * Each runs synchronously and returns its value or a negative libuv code;
 * given a function as its last argument, it runs on libuv's thread pool
 * instead and calls that function with the same value. One request struct
 * serves both ways, so the argument decoding and the result building are
 * one code path. Arguments arrive validated by lib/; C still clamps what
 * could reach outside memory. */

/* A Dir (fs.opendir): a uv_dir_t owned by a JS object, read a batch at a time. */
#define DIR_ENTRIES 32
typedef struct fs_dir {
  uv_dir_t *dir; /* NULL once closed */
  uv_dirent_t ents[DIR_ENTRIES];
  bool busy;     /* a read is in flight */
} fs_dir_t;

typedef struct fs_req fs_req_t;
/* Builds the value of a request that succeeded. */
typedef JSValueRef (*fs_result_fn)(JSContextRef ctx, fs_req_t *req);

struct fs_req {
  uv_fs_t uv;
  nd_rt_t *rt;
  JSObjectRef cb;      /* completion callback; NULL: synchronous */
  JSObjectRef keep;    /* the buffer, stat array or Dir the request uses */
  fs_result_fn result; /* NULL: the value is uv.result */
  char *path, *path2;  /* owned copies of the path arguments */
  uv_buf_t *bufs;      /* readv/writev: one per view */
  bool with_types;
  bool raw;            /* paths come back as bytes (Uint8Array), not strings */
  struct fs_dir *reading; /* dirRead: the Dir to mark idle when done */
};

static bool is_function(JSContextRef ctx, JSValueRef v) {
  return JSValueIsObject(ctx, v) && JSObjectIsFunction(ctx, (JSObjectRef)v);
}

static fs_req_t *req_new(JSContextRef ctx, size_t argc, const JSValueRef argv[]) {
  fs_req_t *req = calloc(1, sizeof *req);
  ND_CHECK(req);
  req->rt = nd_rt_from_ctx(ctx);
  req->uv.data = req;
  if (argc > 0 && is_function(ctx, argv[argc - 1])) {
    req->cb = (JSObjectRef)argv[argc - 1];
    JSValueProtect(ctx, req->cb);
  }
  return req;
}

/* An object the request reads or fills; an asynchronous request keeps it
 * alive until it completes. */
static void req_keep(JSContextRef ctx, fs_req_t *req, JSValueRef v) {
  if (!JSValueIsObject(ctx, v)) return;
  req->keep = (JSObjectRef)v;
  if (req->cb) JSValueProtect(ctx, v);
}

/* Frees everything but the callback. */
static void req_free(JSContextRef ctx, fs_req_t *req) {
  uv_fs_req_cleanup(&req->uv);
  if (req->reading) req->reading->busy = false; /* the Dir is still kept alive here */
  if (req->cb && req->keep) JSValueUnprotect(ctx, req->keep);
  free(req->path);
  free(req->path2);
  free(req->bufs);
  free(req);
}

static JSValueRef req_value(JSContextRef ctx, fs_req_t *req) {
  if (req->uv.result < 0 || !req->result) return nd_num(ctx, (double)req->uv.result);
  return req->result(ctx, req);
}

/* Thread-pool completion: build the value, free the request, then call
 * into JS through the runtime's one path (ticks and microtasks drain). */
static void req_done(uv_fs_t *uv) {
  fs_req_t *req = uv->data;
  nd_rt_t *rt = req->rt;
  JSValueRef v = req_value(rt->ctx, req);
  JSObjectRef cb = req->cb;
  req_free(rt->ctx, req);
  nd_call(rt, cb, NULL, 1, &v);
  JSValueUnprotect(rt->ctx, cb);
}

/* The binding's return value: the value of a synchronous call or of an
 * asynchronous one that could not start (lib/ hands it to the callback);
 * undefined once one is queued. */
static JSValueRef req_submit(JSContextRef ctx, fs_req_t *req, int r) {
  if (req->cb && r >= 0) return JSValueMakeUndefined(ctx);
  req->uv.result = r;
  JSValueRef v = req_value(ctx, req);
  if (req->cb) JSValueUnprotect(ctx, req->cb);
  req_free(ctx, req);
  return v;
}

/* A path argument failed to convert (the engine set *exc). */
static JSValueRef req_abort(JSContextRef ctx, fs_req_t *req) {
  if (req->cb) JSValueUnprotect(ctx, req->cb);
  req_free(ctx, req);
  return NULL;
}

static int int_arg(JSContextRef ctx, JSValueRef v) {
  double d = nd_tonum(ctx, v);
  return d >= INT32_MIN && d <= INT32_MAX ? (int)d : -1;
}

/* A file offset or length (number or bigint); -1 for anything negative or
 * not a number, so a bad caller never reaches a conversion C leaves
 * undefined. */
static int64_t off_arg(JSContextRef ctx, JSValueRef v) {
  if (JSValueIsBigInt(ctx, v)) {
    int64_t i = JSValueToInt64(ctx, v, NULL);
    return i >= 0 ? i : -1;
  }
  double d = nd_tonum(ctx, v);
  if (!(d >= 0)) return -1;
  return d >= 9223372036854775807.0 ? INT64_MAX : (int64_t)d;
}

/* A path the OS handed back: a string (decoded as UTF-8, bad bytes
 * replaced) or, when raw, its bytes as they are (names need not be UTF-8). */
static JSValueRef os_str(JSContextRef ctx, const char *s, bool raw) {
  size_t len = strlen(s);
  if (!raw) return nd_text_decode(ctx, s, len, "utf8");
  JSObjectRef u8 = JSObjectMakeTypedArray(ctx, kJSTypedArrayTypeUint8Array, len, NULL);
  if (u8 && len) memcpy(JSObjectGetTypedArrayBytesPtr(ctx, u8, NULL), s, len);
  return u8 ? (JSValueRef)u8 : JSValueMakeUndefined(ctx);
}

/* The bytes of a typed array or DataView, or NULL. */
static uint8_t *view_bytes(JSContextRef ctx, JSValueRef v, size_t *len) {
  JSObjectRef o = nd_toobj(ctx, v);
  JSTypedArrayType t = o ? JSValueGetTypedArrayType(ctx, o, NULL) : kJSTypedArrayTypeNone;
  if (t == kJSTypedArrayTypeNone || t == kJSTypedArrayTypeArrayBuffer) return NULL;
  uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
  *len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
  return base ? base + JSObjectGetTypedArrayByteOffset(ctx, o, NULL) : NULL;
}

/* n numbers into the 8-byte slots at p of `array`: int64 as they are for a
 * BigInt64Array, as doubles for a Float64Array */
static void store_numbers(JSContextRef ctx, JSValueRef array, uint8_t *p, const int64_t *v, int n) {
  bool big = JSValueGetTypedArrayType(ctx, array, NULL) == kJSTypedArrayTypeBigInt64Array;
  for (int i = 0; i < n; i++) {
    if (big) {
      memcpy(p + i * 8, &v[i], 8);
    } else {
      double d = (double)v[i];
      memcpy(p + i * 8, &d, 8);
    }
  }
}

/* Fills the request's Float64Array or BigInt64Array of 18 with dev, mode,
 * nlink, uid, gid, rdev, blksize, ino, size, blocks, then seconds and
 * nanoseconds of atime, mtime, ctime, birthtime. */
static JSValueRef stat_result(JSContextRef ctx, fs_req_t *req) {
  const uv_stat_t *st = &req->uv.statbuf;
  size_t len = 0;
  uint8_t *p = view_bytes(ctx, req->keep, &len);
  if (!p || len < 18 * 8) return nd_num(ctx, 0);
  int64_t v[18] = {
      (int64_t)st->st_dev,  (int64_t)st->st_mode,    (int64_t)st->st_nlink,
      (int64_t)st->st_uid,  (int64_t)st->st_gid,     (int64_t)st->st_rdev,
      (int64_t)st->st_blksize, (int64_t)st->st_ino,  (int64_t)st->st_size,
      (int64_t)st->st_blocks, st->st_atim.tv_sec,    st->st_atim.tv_nsec,
      st->st_mtim.tv_sec,   st->st_mtim.tv_nsec,     st->st_ctim.tv_sec,
      st->st_ctim.tv_nsec,  st->st_birthtim.tv_sec,  st->st_birthtim.tv_nsec,
  };
  store_numbers(ctx, req->keep, p, v, 18);
  return nd_num(ctx, 0);
}

/* Fills the request's Float64Array or BigInt64Array of 7 with type, bsize,
 * blocks, bfree, bavail, files, ffree. */
static JSValueRef statfs_result(JSContextRef ctx, fs_req_t *req) {
  const uv_statfs_t *st = req->uv.ptr;
  size_t len = 0;
  uint8_t *p = view_bytes(ctx, req->keep, &len);
  if (!p || len < 7 * 8) return nd_num(ctx, 0);
  int64_t v[7] = {(int64_t)st->f_type,  (int64_t)st->f_bsize, (int64_t)st->f_blocks,
                  (int64_t)st->f_bfree, (int64_t)st->f_bavail, (int64_t)st->f_files,
                  (int64_t)st->f_ffree};
  store_numbers(ctx, req->keep, p, v, 7);
  return nd_num(ctx, 0);
}

static JSValueRef ptr_path_result(JSContextRef ctx, fs_req_t *req) {
  return os_str(ctx, req->uv.ptr, req->raw);
}

static JSValueRef mkdtemp_result(JSContextRef ctx, fs_req_t *req) {
  return os_str(ctx, req->uv.path, req->raw);
}

/* Collects names and types; each name becomes a string at once (libuv's
 * scandir frees an entry's name when it moves to the next). */
typedef struct {
  JSValueRef *names, *types;
  size_t n;
} dirents_t;

static void dirents_init(dirents_t *d, size_t cap) {
  d->names = malloc(sizeof(JSValueRef) * (cap + 1));
  d->types = malloc(sizeof(JSValueRef) * (cap + 1));
  ND_CHECK(d->names && d->types);
  d->n = 0;
}

static void dirents_add(JSContextRef ctx, dirents_t *d, const uv_dirent_t *ent, bool raw) {
  d->names[d->n] = os_str(ctx, ent->name, raw);
  d->types[d->n] = nd_num(ctx, ent->type);
  d->n++;
}

/* names, or [names, types] with libuv's UV_DIRENT_* types; frees d */
static JSValueRef dirents_value(JSContextRef ctx, dirents_t *d, bool with_types) {
  JSObjectRef list = nd_array(ctx, d->n, d->names);
  JSValueRef v = list;
  if (with_types) {
    JSValueRef pair[2] = {list, nd_array(ctx, d->n, d->types)};
    v = nd_array(ctx, 2, pair);
  }
  free(d->names);
  free(d->types);
  return v;
}

/* scandir: names sorted as libuv returns them */
static JSValueRef scandir_result(JSContextRef ctx, fs_req_t *req) {
  size_t cap = (size_t)req->uv.result;
  dirents_t d;
  dirents_init(&d, cap);
  uv_dirent_t ent;
  /* on to UV_EOF: only that call frees the last entry */
  while (uv_fs_scandir_next(&req->uv, &ent) == 0)
    if (d.n < cap) dirents_add(ctx, &d, &ent, req->raw);
  return dirents_value(ctx, &d, req->with_types);
}

/* ---- Dir handles (fs.opendir) ---- */

static void dir_finalize(JSObjectRef obj) {
  fs_dir_t *d = JSObjectGetPrivate(obj);
  if (!d) return;
  if (d->dir) {
    uv_fs_t req;
    uv_fs_closedir(NULL, &req, d->dir, NULL);
    uv_fs_req_cleanup(&req);
  }
  free(d);
}

static JSValueRef opendir_result(JSContextRef ctx, fs_req_t *req) {
  fs_dir_t *d = calloc(1, sizeof *d);
  ND_CHECK(d);
  d->dir = req->uv.ptr;
  return JSObjectMake(ctx, req->rt->fs_dir_class, d);
}

static fs_dir_t *dir_arg(JSContextRef ctx, nd_rt_t *rt, JSValueRef v) {
  JSObjectRef o = nd_toobj(ctx, v);
  if (!o || !JSValueIsObjectOfClass(ctx, o, rt->fs_dir_class)) return NULL;
  return JSObjectGetPrivate(o);
}

/* dirRead: [names, types] of up to DIR_ENTRIES entries, or null at the end */
static JSValueRef dir_read_result(JSContextRef ctx, fs_req_t *req) {
  fs_dir_t *d = dir_arg(ctx, req->rt, req->keep);
  if (req->uv.result == 0) return JSValueMakeNull(ctx);
  dirents_t out;
  dirents_init(&out, (size_t)req->uv.result);
  for (size_t i = 0; i < (size_t)req->uv.result; i++)
    dirents_add(ctx, &out, &d->ents[i], req->raw);
  return dirents_value(ctx, &out, true);
}

enum {
  OP_OPEN, OP_CLOSE, OP_READ, OP_WRITE, OP_STAT, OP_LSTAT, OP_FSTAT,
  OP_ACCESS, OP_MKDIR, OP_CHMOD, OP_RMDIR, OP_UNLINK,
  OP_FSYNC, OP_FDATASYNC, OP_FTRUNCATE, OP_FCHMOD, OP_FCHOWN, OP_FUTIMES,
  OP_CHOWN, OP_LCHOWN, OP_UTIMES, OP_LUTIMES,
  OP_RENAME, OP_COPYFILE, OP_SYMLINK, OP_LINK,
  OP_READLINK, OP_REALPATH, OP_MKDTEMP, OP_READDIR,
  OP_OPENDIR, OP_DIR_READ, OP_DIR_CLOSE, OP_READV, OP_WRITEV, OP_STATFS,
};

/* How many leading path arguments each op takes. */
static int op_paths(int op) {
  switch (op) {
  case OP_RENAME: case OP_COPYFILE: case OP_SYMLINK: case OP_LINK: return 2;
  case OP_CLOSE: case OP_READ: case OP_WRITE: case OP_FSTAT: case OP_FSYNC:
  case OP_FDATASYNC: case OP_FTRUNCATE: case OP_FCHMOD: case OP_FCHOWN:
  case OP_FUTIMES: case OP_DIR_READ: case OP_DIR_CLOSE: case OP_READV:
  case OP_WRITEV: return 0;
  default: return 1;
  }
}

/* read/write(fd, view, offset, length, position): position -1 means the
 * current file position. offset/length were checked in JS; they are
 * clamped again so a bad caller cannot reach past the view. */
static int start_read_write(JSContextRef ctx, fs_req_t *req, size_t argc,
                            const JSValueRef argv[], bool wr) {
  size_t len = 0;
  uint8_t *p = view_bytes(ctx, ND_ARG(1), &len);
  double off = nd_tonum(ctx, ND_ARG(2)), n = nd_tonum(ctx, ND_ARG(3));
  if (!(off >= 0) || off > (double)len) off = (double)len;
  if (!(n >= 0) || n > (double)len - off) n = (double)len - off;
  if (n > 0x7fffffff) n = 0x7fffffff;
  uv_buf_t b = uv_buf_init(p ? (char *)p + (size_t)off : NULL, (unsigned)n);
  req_keep(ctx, req, ND_ARG(1));
  int fd = int_arg(ctx, ND_ARG(0));
  int64_t at = off_arg(ctx, ND_ARG(4));
  uv_fs_cb cb = req->cb ? req_done : NULL;
  return wr ? uv_fs_write(&req->rt->loop, &req->uv, fd, &b, 1, at, cb)
            : uv_fs_read(&req->rt->loop, &req->uv, fd, &b, 1, at, cb);
}

/* readv/writev(fd, views, position) */
static int start_vector_io(JSContextRef ctx, fs_req_t *req, size_t argc,
                           const JSValueRef argv[], bool wr) {
  JSObjectRef list = nd_toobj(ctx, ND_ARG(1));
  if (!list) return UV_EINVAL;
  double n = nd_tonum(ctx, nd_get(ctx, list, "length"));
  if (!(n >= 1) || n > 1024) return UV_EINVAL;
  req->bufs = calloc((size_t)n, sizeof *req->bufs);
  ND_CHECK(req->bufs);
  for (unsigned i = 0; i < (unsigned)n; i++) {
    size_t len = 0;
    uint8_t *p = view_bytes(ctx, JSObjectGetPropertyAtIndex(ctx, list, i, NULL), &len);
    if (len > 0x7fffffff) len = 0x7fffffff;
    req->bufs[i] = uv_buf_init(p ? (char *)p : NULL, p ? (unsigned)len : 0);
  }
  req_keep(ctx, req, list);
  int fd = int_arg(ctx, ND_ARG(0));
  int64_t at = off_arg(ctx, ND_ARG(2));
  uv_fs_cb cb = req->cb ? req_done : NULL;
  return wr ? uv_fs_write(&req->rt->loop, &req->uv, fd, req->bufs, (unsigned)n, at, cb)
            : uv_fs_read(&req->rt->loop, &req->uv, fd, req->bufs, (unsigned)n, at, cb);
}

static int start_dir_op(JSContextRef ctx, fs_req_t *req, JSValueRef dirv, bool close) {
  fs_dir_t *d = dir_arg(ctx, req->rt, dirv);
  if (!d || !d->dir) return UV_EBADF;
  if (d->busy) return UV_EBUSY;
  uv_fs_cb cb = req->cb ? req_done : NULL;
  if (close) {
    uv_dir_t *dir = d->dir;
    d->dir = NULL; /* libuv frees it when the close completes */
    return uv_fs_closedir(&req->rt->loop, &req->uv, dir, cb);
  }
  req_keep(ctx, req, dirv);
  req->result = dir_read_result;
  d->busy = true;
  req->reading = d;
  d->dir->dirents = d->ents;
  d->dir->nentries = DIR_ENTRIES;
  return uv_fs_readdir(&req->rt->loop, &req->uv, d->dir, cb);
}

/* A path argument: a Uint8Array's bytes as they are (names need not be
 * UTF-8; lib/ has refused NUL bytes), anything else as UTF-8 text. */
static char *path_arg(JSContextRef ctx, JSValueRef v, JSValueRef *exc) {
  JSObjectRef o = JSValueIsObject(ctx, v) ? (JSObjectRef)v : NULL;
  if (!o || JSValueGetTypedArrayType(ctx, o, NULL) != kJSTypedArrayTypeUint8Array)
    return nd_cstr(ctx, v, exc);
  size_t len = 0;
  uint8_t *p = view_bytes(ctx, o, &len);
  char *s = malloc(len + 1);
  ND_CHECK(s);
  if (p && len) memcpy(s, p, len);
  s[len] = 0;
  return s;
}

static JSValueRef fs_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                        JSValueRef *exc, int op) {
  fs_req_t *req = req_new(ctx, argc, argv);
  if (req->cb) argc--; /* the arguments before the callback; later ones read as undefined */
  int paths = op_paths(op);
  if (paths >= 1 && !(req->path = path_arg(ctx, ND_ARG(0), exc))) return req_abort(ctx, req);
  if (paths >= 2 && !(req->path2 = path_arg(ctx, ND_ARG(1), exc))) return req_abort(ctx, req);
  uv_loop_t *loop = &req->rt->loop;
  uv_fs_t *u = &req->uv;
  uv_fs_cb cb = req->cb ? req_done : NULL;
  const char *p = req->path, *p2 = req->path2;
  int fd = int_arg(ctx, ND_ARG(0));
  JSValueRef a1 = ND_ARG(1), a2 = ND_ARG(2);
  int r;
  switch (op) {
  case OP_OPEN: r = uv_fs_open(loop, u, p, int_arg(ctx, a1), int_arg(ctx, a2), cb); break;
  case OP_CLOSE: r = uv_fs_close(loop, u, fd, cb); break;
  case OP_READ: r = start_read_write(ctx, req, argc, argv, false); break;
  case OP_WRITE: r = start_read_write(ctx, req, argc, argv, true); break;
  case OP_STAT:
  case OP_LSTAT:
  case OP_FSTAT:
    req_keep(ctx, req, a1);
    req->result = stat_result;
    r = op == OP_STAT    ? uv_fs_stat(loop, u, p, cb)
        : op == OP_LSTAT ? uv_fs_lstat(loop, u, p, cb)
                         : uv_fs_fstat(loop, u, fd, cb);
    break;
  case OP_ACCESS: r = uv_fs_access(loop, u, p, int_arg(ctx, a1), cb); break;
  case OP_MKDIR: r = uv_fs_mkdir(loop, u, p, int_arg(ctx, a1), cb); break;
  case OP_CHMOD: r = uv_fs_chmod(loop, u, p, int_arg(ctx, a1), cb); break;
  case OP_RMDIR: r = uv_fs_rmdir(loop, u, p, cb); break;
  case OP_UNLINK: r = uv_fs_unlink(loop, u, p, cb); break;
  case OP_FSYNC: r = uv_fs_fsync(loop, u, fd, cb); break;
  case OP_FDATASYNC: r = uv_fs_fdatasync(loop, u, fd, cb); break;
  case OP_FTRUNCATE: r = uv_fs_ftruncate(loop, u, fd, off_arg(ctx, a1), cb); break;
  case OP_FCHMOD: r = uv_fs_fchmod(loop, u, fd, int_arg(ctx, a1), cb); break;
  case OP_FCHOWN:
    r = uv_fs_fchown(loop, u, fd, (uv_uid_t)nd_tonum(ctx, a1), (uv_gid_t)nd_tonum(ctx, a2), cb);
    break;
  case OP_CHOWN:
    r = uv_fs_chown(loop, u, p, (uv_uid_t)nd_tonum(ctx, a1), (uv_gid_t)nd_tonum(ctx, a2), cb);
    break;
  case OP_LCHOWN:
    r = uv_fs_lchown(loop, u, p, (uv_uid_t)nd_tonum(ctx, a1), (uv_gid_t)nd_tonum(ctx, a2), cb);
    break;
  case OP_FUTIMES: r = uv_fs_futime(loop, u, fd, nd_tonum(ctx, a1), nd_tonum(ctx, a2), cb); break;
  case OP_UTIMES: r = uv_fs_utime(loop, u, p, nd_tonum(ctx, a1), nd_tonum(ctx, a2), cb); break;
  case OP_LUTIMES: r = uv_fs_lutime(loop, u, p, nd_tonum(ctx, a1), nd_tonum(ctx, a2), cb); break;
  case OP_RENAME: r = uv_fs_rename(loop, u, p, p2, cb); break;
  case OP_COPYFILE: r = uv_fs_copyfile(loop, u, p, p2, int_arg(ctx, a2), cb); break;
  case OP_SYMLINK: r = uv_fs_symlink(loop, u, p, p2, int_arg(ctx, a2), cb); break;
  case OP_LINK: r = uv_fs_link(loop, u, p, p2, cb); break;
  case OP_READLINK:
    req->raw = JSValueToBoolean(ctx, a1);
    req->result = ptr_path_result;
    r = uv_fs_readlink(loop, u, p, cb);
    break;
  case OP_REALPATH:
    req->raw = JSValueToBoolean(ctx, a1);
    req->result = ptr_path_result;
    r = uv_fs_realpath(loop, u, p, cb);
    break;
  case OP_MKDTEMP:
    req->raw = JSValueToBoolean(ctx, a1);
    req->result = mkdtemp_result;
    r = uv_fs_mkdtemp(loop, u, p, cb);
    break;
  case OP_READDIR:
    req->result = scandir_result;
    req->with_types = JSValueToBoolean(ctx, a1);
    req->raw = JSValueToBoolean(ctx, a2);
    r = uv_fs_scandir(loop, u, p, 0, cb);
    break;
  case OP_OPENDIR:
    req->result = opendir_result;
    r = uv_fs_opendir(loop, u, p, cb);
    break;
  case OP_READV: r = start_vector_io(ctx, req, argc, argv, false); break;
  case OP_WRITEV: r = start_vector_io(ctx, req, argc, argv, true); break;
  case OP_STATFS:
    req_keep(ctx, req, a1);
    req->result = statfs_result;
    r = uv_fs_statfs(loop, u, p, cb);
    break;
  case OP_DIR_READ:
    req->raw = JSValueToBoolean(ctx, a1);
    r = start_dir_op(ctx, req, ND_ARG(0), false);
    break;
  default: r = start_dir_op(ctx, req, ND_ARG(0), true); break;
  }
  return req_submit(ctx, req, r);
}

/* The binding functions (each may take a completion callback last):
 *   open(path, flags, mode) -> fd          close(fd)
 *   read/write(fd, view, offset, length, position) -> bytes
 *   readv/writev(fd, views, position) -> bytes
 *   stat/lstat(path, out), fstat(fd, out), statfs(path, out): fill `out`
 *   access/mkdir/chmod(path, mode)         rmdir/unlink(path)
 *   fsync/fdatasync(fd)  ftruncate(fd, len)  fchmod(fd, mode)
 *   chown/lchown(path, uid, gid)  fchown(fd, uid, gid)
 *   utimes/lutimes(path, atime, mtime)  futimes(fd, atime, mtime)
 *   rename/link(from, to)  copyfile(src, dest, flags)  symlink(target, path, flags)
 *   readlink/realpathNative(path, raw) and mkdtemp(template, raw) -> path
 *   readdir(path, withTypes, raw) -> names or [names, types]
 *   opendir(path) -> Dir; dirRead(dir, raw) -> [names, types] or null; dirClose(dir)
 * Paths are strings or Uint8Arrays (bytes as they are); `raw` asks for
 * names back as Uint8Arrays. */
#define FS_OP(name, op) \
  static ND_FN(fs_##name) { return fs_op(ctx, argc, argv, exc, op); }
FS_OP(open, OP_OPEN)
FS_OP(close, OP_CLOSE)
FS_OP(read, OP_READ)
FS_OP(write, OP_WRITE)
FS_OP(stat, OP_STAT)
FS_OP(lstat, OP_LSTAT)
FS_OP(fstat, OP_FSTAT)
FS_OP(access, OP_ACCESS)
FS_OP(mkdir, OP_MKDIR)
FS_OP(chmod, OP_CHMOD)
FS_OP(rmdir, OP_RMDIR)
FS_OP(unlink, OP_UNLINK)
FS_OP(fsync, OP_FSYNC)
FS_OP(fdatasync, OP_FDATASYNC)
FS_OP(ftruncate, OP_FTRUNCATE)
FS_OP(fchmod, OP_FCHMOD)
FS_OP(fchown, OP_FCHOWN)
FS_OP(futimes, OP_FUTIMES)
FS_OP(chown, OP_CHOWN)
FS_OP(lchown, OP_LCHOWN)
FS_OP(utimes, OP_UTIMES)
FS_OP(lutimes, OP_LUTIMES)
FS_OP(rename, OP_RENAME)
FS_OP(copyfile, OP_COPYFILE)
FS_OP(symlink, OP_SYMLINK)
FS_OP(link, OP_LINK)
FS_OP(readlink, OP_READLINK)
FS_OP(realpath_native, OP_REALPATH)
FS_OP(mkdtemp, OP_MKDTEMP)
FS_OP(readdir, OP_READDIR)
FS_OP(opendir, OP_OPENDIR)
FS_OP(dir_read, OP_DIR_READ)
FS_OP(dir_close, OP_DIR_CLOSE)
FS_OP(readv, OP_READV)
FS_OP(writev, OP_WRITEV)
FS_OP(statfs, OP_STATFS)
#undef FS_OP

/* constants(): the numbers behind fs.constants, from this platform's
 * headers (a new object per call: internal/fs/constants keeps the one). */
static ND_FN(fs_constants) {
  static const struct {
    const char *name;
    int value;
  } k[] = {
      {"UV_FS_SYMLINK_DIR", UV_FS_SYMLINK_DIR},
      {"UV_FS_SYMLINK_JUNCTION", UV_FS_SYMLINK_JUNCTION},
      {"O_RDONLY", O_RDONLY},
      {"O_WRONLY", O_WRONLY},
      {"O_RDWR", O_RDWR},
      {"UV_DIRENT_UNKNOWN", UV_DIRENT_UNKNOWN},
      {"UV_DIRENT_FILE", UV_DIRENT_FILE},
      {"UV_DIRENT_DIR", UV_DIRENT_DIR},
      {"UV_DIRENT_LINK", UV_DIRENT_LINK},
      {"UV_DIRENT_FIFO", UV_DIRENT_FIFO},
      {"UV_DIRENT_SOCKET", UV_DIRENT_SOCKET},
      {"UV_DIRENT_CHAR", UV_DIRENT_CHAR},
      {"UV_DIRENT_BLOCK", UV_DIRENT_BLOCK},
      {"S_IFMT", S_IFMT},
      {"S_IFREG", S_IFREG},
      {"S_IFDIR", S_IFDIR},
      {"S_IFCHR", S_IFCHR},
      {"S_IFBLK", S_IFBLK},
      {"S_IFIFO", S_IFIFO},
      {"S_IFLNK", S_IFLNK},
      {"S_IFSOCK", S_IFSOCK},
      {"O_CREAT", O_CREAT},
      {"O_EXCL", O_EXCL},
      {"UV_FS_O_FILEMAP", UV_FS_O_FILEMAP},
      {"O_NOCTTY", O_NOCTTY},
      {"O_TRUNC", O_TRUNC},
      {"O_APPEND", O_APPEND},
      {"O_DIRECTORY", O_DIRECTORY},
      {"O_NOATIME", O_NOATIME},
      {"O_NOFOLLOW", O_NOFOLLOW},
      {"O_SYNC", O_SYNC},
      {"O_DSYNC", O_DSYNC},
      {"O_DIRECT", O_DIRECT},
      {"O_NONBLOCK", O_NONBLOCK},
      {"S_IRWXU", S_IRWXU},
      {"S_IRUSR", S_IRUSR},
      {"S_IWUSR", S_IWUSR},
      {"S_IXUSR", S_IXUSR},
      {"S_IRWXG", S_IRWXG},
      {"S_IRGRP", S_IRGRP},
      {"S_IWGRP", S_IWGRP},
      {"S_IXGRP", S_IXGRP},
      {"S_IRWXO", S_IRWXO},
      {"S_IROTH", S_IROTH},
      {"S_IWOTH", S_IWOTH},
      {"S_IXOTH", S_IXOTH},
      {"F_OK", F_OK},
      {"R_OK", R_OK},
      {"W_OK", W_OK},
      {"X_OK", X_OK},
      {"UV_FS_COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
      {"COPYFILE_EXCL", UV_FS_COPYFILE_EXCL},
      {"UV_FS_COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
      {"COPYFILE_FICLONE", UV_FS_COPYFILE_FICLONE},
      {"UV_FS_COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
      {"COPYFILE_FICLONE_FORCE", UV_FS_COPYFILE_FICLONE_FORCE},
  };
  JSObjectRef o = JSObjectMake(ctx, NULL, NULL);
  JSObjectSetPrototype(ctx, o, JSValueMakeNull(ctx));
  for (size_t i = 0; i < ND_COUNTOF(k); i++) nd_set(ctx, o, k[i].name, nd_num(ctx, k[i].value));
  return o;
}

/* module_fs: the four calls the module loader makes, apart so that a start
 * (which loads modules, and seldom uses fs) does not make the whole fs
 * binding's functions. */
void nd_module_fs_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"internalModuleStat", fs_internal_module_stat},
      {"internalModuleIsSymlink", fs_internal_module_is_symlink},
      {"readFileUtf8", fs_read_file_utf8},
      {"realpath", fs_realpath},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}

void nd_fs_init(nd_rt_t *rt, JSObjectRef target) {
  nd_module_fs_init(rt, target); /* the loader's calls are fs calls too */
  static const nd_fn_entry_t fns[] = {
      {"writeString", fs_write_string},
      {"open", fs_open},
      {"close", fs_close},
      {"read", fs_read},
      {"write", fs_write},
      {"stat", fs_stat},
      {"lstat", fs_lstat},
      {"fstat", fs_fstat},
      {"access", fs_access},
      {"mkdir", fs_mkdir},
      {"chmod", fs_chmod},
      {"rmdir", fs_rmdir},
      {"unlink", fs_unlink},
      {"rename", fs_rename},
      {"copyfile", fs_copyfile},
      {"symlink", fs_symlink},
      {"readlink", fs_readlink},
      {"realpathNative", fs_realpath_native},
      {"mkdtemp", fs_mkdtemp},
      {"readdir", fs_readdir},
      {"fsync", fs_fsync},
      {"fdatasync", fs_fdatasync},
      {"ftruncate", fs_ftruncate},
      {"fchmod", fs_fchmod},
      {"fchown", fs_fchown},
      {"futimes", fs_futimes},
      {"chown", fs_chown},
      {"lchown", fs_lchown},
      {"utimes", fs_utimes},
      {"lutimes", fs_lutimes},
      {"link", fs_link},
      {"opendir", fs_opendir},
      {"dirRead", fs_dir_read},
      {"dirClose", fs_dir_close},
      {"readv", fs_readv},
      {"writev", fs_writev},
      {"statfs", fs_statfs},
      {"constants", fs_constants},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  if (!rt->fs_dir_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Dir";
    def.finalize = dir_finalize;
    rt->fs_dir_class = JSClassCreate(&def);
  }
}
