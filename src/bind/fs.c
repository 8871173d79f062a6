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
  /* The engine's C-string API gives 8-bit strings for ASCII (faster to
   * parse) but stops at U+0000 and returns "" for invalid UTF-8; those
   * files go through our decoder, which replaces bad bytes as Node does. */
  JSValueRef v = NULL;
  if (!memchr(data, 0, len)) {
    JSStringRef s = JSStringCreateWithUTF8CString(data);
    if (JSStringGetLength(s) > 0 || len == 0) v = JSValueMakeString(ctx, s);
    JSStringRelease(s);
  }
  if (!v) v = nd_text_decode(ctx, data, len, "utf8");
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

/* ---- fs.*Sync primitives: value, or a negative libuv code ---- */

/* A path argument; NULL only when the engine failed to convert it. */
#define PATH_ARG(var, i)                   \
  char *var = nd_cstr(ctx, ND_ARG(i), exc); \
  if (!var) return NULL

static int int_arg(JSContextRef ctx, JSValueRef v) { return (int)nd_tonum(ctx, v); }

/* A string from bytes the OS handed back (paths need not be UTF-8). */
static JSValueRef os_str(JSContextRef ctx, const char *s) {
  return nd_text_decode(ctx, s, strlen(s), "utf8");
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

/* open(path, flags, mode) -> fd */
static ND_FN(fs_open) {
  PATH_ARG(path, 0);
  uv_fs_t req;
  int r = uv_fs_open(NULL, &req, path, int_arg(ctx, ND_ARG(1)), int_arg(ctx, ND_ARG(2)), NULL);
  uv_fs_req_cleanup(&req);
  free(path);
  return nd_num(ctx, r);
}

/* close(fd) -> 0 */
static ND_FN(fs_close) {
  uv_fs_t req;
  int r = uv_fs_close(NULL, &req, int_arg(ctx, ND_ARG(0)), NULL);
  uv_fs_req_cleanup(&req);
  return nd_num(ctx, r);
}

/* read/write(fd, view, offset, length, position) -> bytes; position -1 means
 * the current file position. offset/length were bounds-checked in JS; they
 * are clamped again so a bad caller cannot reach past the view. */
static JSValueRef read_write(JSContextRef ctx, size_t argc, const JSValueRef argv[], bool wr) {
  size_t len = 0;
  uint8_t *p = view_bytes(ctx, ND_ARG(1), &len);
  double off = nd_tonum(ctx, ND_ARG(2)), n = nd_tonum(ctx, ND_ARG(3));
  if (!(off >= 0) || off > (double)len) off = (double)len;
  if (!(n >= 0) || n > (double)len - off) n = (double)len - off;
  if (n > 0x7fffffff) n = 0x7fffffff;
  double pos = nd_tonum(ctx, ND_ARG(4));
  uv_buf_t b = uv_buf_init(p ? (char *)p + (size_t)off : NULL, (unsigned)n);
  uv_fs_t req;
  int fd = int_arg(ctx, ND_ARG(0));
  int64_t at = pos >= 0 ? (int64_t)pos : -1;
  int r = wr ? uv_fs_write(NULL, &req, fd, &b, 1, at, NULL)
             : uv_fs_read(NULL, &req, fd, &b, 1, at, NULL);
  uv_fs_req_cleanup(&req);
  return nd_num(ctx, r);
}

static ND_FN(fs_read) { return read_write(ctx, argc, argv, false); }
static ND_FN(fs_write) { return read_write(ctx, argc, argv, true); }

/* Fills out (Float64Array or BigInt64Array of 18) with dev, mode, nlink, uid,
 * gid, rdev, blksize, ino, size, blocks, then seconds and nanoseconds of
 * atime, mtime, ctime, birthtime. */
static void fill_stat(JSContextRef ctx, JSValueRef out, const uv_stat_t *st) {
  size_t len = 0;
  uint8_t *p = view_bytes(ctx, out, &len);
  if (!p || len < 18 * 8) return;
  int64_t v[18] = {
      (int64_t)st->st_dev,  (int64_t)st->st_mode,    (int64_t)st->st_nlink,
      (int64_t)st->st_uid,  (int64_t)st->st_gid,     (int64_t)st->st_rdev,
      (int64_t)st->st_blksize, (int64_t)st->st_ino,  (int64_t)st->st_size,
      (int64_t)st->st_blocks, st->st_atim.tv_sec,    st->st_atim.tv_nsec,
      st->st_mtim.tv_sec,   st->st_mtim.tv_nsec,     st->st_ctim.tv_sec,
      st->st_ctim.tv_nsec,  st->st_birthtim.tv_sec,  st->st_birthtim.tv_nsec,
  };
  bool big = JSValueGetTypedArrayType(ctx, out, NULL) == kJSTypedArrayTypeBigInt64Array;
  for (int i = 0; i < 18; i++) {
    if (big) {
      memcpy(p + i * 8, &v[i], 8);
    } else {
      double d = (double)v[i];
      memcpy(p + i * 8, &d, 8);
    }
  }
}

/* stat/lstat(path, out) and fstat(fd, out) -> 0 */
static JSValueRef stat_common(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, int kind) {
  uv_fs_t req;
  int r;
  if (kind == 2) {
    r = uv_fs_fstat(NULL, &req, int_arg(ctx, ND_ARG(0)), NULL);
  } else {
    PATH_ARG(path, 0);
    r = kind ? uv_fs_lstat(NULL, &req, path, NULL) : uv_fs_stat(NULL, &req, path, NULL);
    free(path);
  }
  if (r == 0) fill_stat(ctx, ND_ARG(1), &req.statbuf);
  uv_fs_req_cleanup(&req);
  return nd_num(ctx, r);
}

static ND_FN(fs_stat) { return stat_common(ctx, argc, argv, exc, 0); }
static ND_FN(fs_lstat) { return stat_common(ctx, argc, argv, exc, 1); }
static ND_FN(fs_fstat) { return stat_common(ctx, argc, argv, exc, 2); }

/* One-path calls with an int argument: access(path, mode), mkdir(path,
 * mode), chmod(path, mode), rmdir(path), unlink(path) -> 0 */
enum { OP_ACCESS, OP_MKDIR, OP_CHMOD, OP_RMDIR, OP_UNLINK };
static JSValueRef path_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                          JSValueRef *exc, int op) {
  PATH_ARG(path, 0);
  int arg = int_arg(ctx, ND_ARG(1));
  uv_fs_t req;
  int r = 0;
  switch (op) {
  case OP_ACCESS: r = uv_fs_access(NULL, &req, path, arg, NULL); break;
  case OP_MKDIR: r = uv_fs_mkdir(NULL, &req, path, arg, NULL); break;
  case OP_CHMOD: r = uv_fs_chmod(NULL, &req, path, arg, NULL); break;
  case OP_RMDIR: r = uv_fs_rmdir(NULL, &req, path, NULL); break;
  default: r = uv_fs_unlink(NULL, &req, path, NULL); break;
  }
  uv_fs_req_cleanup(&req);
  free(path);
  return nd_num(ctx, r);
}

static ND_FN(fs_access) { return path_op(ctx, argc, argv, exc, OP_ACCESS); }
static ND_FN(fs_mkdir) { return path_op(ctx, argc, argv, exc, OP_MKDIR); }
static ND_FN(fs_chmod) { return path_op(ctx, argc, argv, exc, OP_CHMOD); }
static ND_FN(fs_rmdir) { return path_op(ctx, argc, argv, exc, OP_RMDIR); }
static ND_FN(fs_unlink) { return path_op(ctx, argc, argv, exc, OP_UNLINK); }

/* Two-path calls: rename(from, to), copyfile(src, dest, flags),
 * symlink(target, path, flags) -> 0 */
enum { OP_RENAME, OP_COPYFILE, OP_SYMLINK };
static JSValueRef two_path_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                              JSValueRef *exc, int op) {
  PATH_ARG(a, 0);
  char *b = nd_cstr(ctx, ND_ARG(1), exc);
  if (!b) {
    free(a);
    return NULL;
  }
  int flags = int_arg(ctx, ND_ARG(2));
  uv_fs_t req;
  int r;
  if (op == OP_RENAME)
    r = uv_fs_rename(NULL, &req, a, b, NULL);
  else if (op == OP_COPYFILE)
    r = uv_fs_copyfile(NULL, &req, a, b, flags, NULL);
  else
    r = uv_fs_symlink(NULL, &req, a, b, flags, NULL);
  uv_fs_req_cleanup(&req);
  free(a);
  free(b);
  return nd_num(ctx, r);
}

static ND_FN(fs_rename) { return two_path_op(ctx, argc, argv, exc, OP_RENAME); }
static ND_FN(fs_copyfile) { return two_path_op(ctx, argc, argv, exc, OP_COPYFILE); }
static ND_FN(fs_symlink) { return two_path_op(ctx, argc, argv, exc, OP_SYMLINK); }

/* Calls that produce a path: readlink(path), realpathNative(path),
 * mkdtemp(prefix + "XXXXXX") -> string */
enum { OP_READLINK, OP_REALPATH, OP_MKDTEMP };
static JSValueRef path_result_op(JSContextRef ctx, size_t argc, const JSValueRef argv[],
                                 JSValueRef *exc, int op) {
  PATH_ARG(path, 0);
  uv_fs_t req;
  int r;
  if (op == OP_READLINK)
    r = uv_fs_readlink(NULL, &req, path, NULL);
  else if (op == OP_REALPATH)
    r = uv_fs_realpath(NULL, &req, path, NULL);
  else
    r = uv_fs_mkdtemp(NULL, &req, path, NULL);
  JSValueRef v = nd_num(ctx, r);
  if (r >= 0) v = os_str(ctx, op == OP_MKDTEMP ? req.path : req.ptr);
  uv_fs_req_cleanup(&req);
  free(path);
  return v;
}

static ND_FN(fs_readlink) { return path_result_op(ctx, argc, argv, exc, OP_READLINK); }
static ND_FN(fs_realpath_native) { return path_result_op(ctx, argc, argv, exc, OP_REALPATH); }
static ND_FN(fs_mkdtemp) { return path_result_op(ctx, argc, argv, exc, OP_MKDTEMP); }

/* readdir(path, withTypes) -> names, or [names, types] with libuv's
 * UV_DIRENT_* types; names sorted as libuv's scandir returns them. */
static ND_FN(fs_readdir) {
  PATH_ARG(path, 0);
  bool with_types = JSValueToBoolean(ctx, ND_ARG(1));
  uv_fs_t req;
  int r = uv_fs_scandir(NULL, &req, path, 0, NULL);
  free(path);
  if (r < 0) {
    uv_fs_req_cleanup(&req);
    return nd_num(ctx, r);
  }
  JSValueRef *names = malloc(sizeof(JSValueRef) * (size_t)(r + 1));
  JSValueRef *types = malloc(sizeof(JSValueRef) * (size_t)(r + 1));
  ND_CHECK(names && types);
  size_t n = 0;
  uv_dirent_t ent;
  while (uv_fs_scandir_next(&req, &ent) == 0 && n < (size_t)r) {
    names[n] = os_str(ctx, ent.name);
    types[n] = nd_num(ctx, ent.type);
    n++;
  }
  uv_fs_req_cleanup(&req);
  JSObjectRef list = nd_array(ctx, n, names);
  JSValueRef v = list;
  if (with_types) {
    JSValueRef pair[2] = {list, nd_array(ctx, n, types)};
    v = nd_array(ctx, 2, pair);
  }
  free(names);
  free(types);
  return v;
}

/* The numbers behind fs.constants, from this platform's headers. */
static JSObjectRef fs_constants(JSContextRef ctx) {
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
      {"UV_FS_O_TEMPORARY", 0},
      {"UV_FS_O_SHORT_LIVED", 0},
      {"UV_FS_O_SEQUENTIAL", 0},
      {"UV_FS_O_RANDOM", 0},
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
  for (size_t i = 0; i < ND_COUNTOF(k); i++) nd_set(ctx, o, k[i].name, nd_num(ctx, k[i].value));
  return o;
}

void nd_fs_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"internalModuleStat", fs_internal_module_stat},
      {"internalModuleIsSymlink", fs_internal_module_is_symlink},
      {"readFileUtf8", fs_read_file_utf8},
      {"realpath", fs_realpath},
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
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  nd_set(rt->ctx, target, "constants", fs_constants(rt->ctx));
}
