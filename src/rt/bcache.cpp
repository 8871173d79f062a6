/* Bytecode cache: see bcache.h. Engine types are declared here only as far
 * as this file touches them, with the layout of libjavascriptcoregtk 2.50;
 * nd_bcache_usable() checks that layout against the running library. */
#include "rt/bcache.h"

#include <atomic>
#include <cstdlib>
#include <cstring>
#include <new>
#include <span>

/* ---- engine declarations (names must match the library's exports) ---- */

namespace WTF {
class String {
public:
  String() : m_impl(nullptr) {} /* the null string */
  String(const char *latin1);   /* exported */
  void *m_impl;
};
struct TextPosition {
  int line; /* zero-based */
  int column;
};
namespace FileSystemImpl {
class FileHandle {
public:
  FileHandle(); /* exported: an invalid handle, meaning "serialize to memory" */
  ~FileHandle();

private:
  alignas(8) unsigned char m_storage[32];
};
} // namespace FileSystemImpl
} // namespace WTF

namespace JSC {
class VM;
class SourceOrigin;
class SourceCode;
class BytecodeCacheError;
class UnlinkedFunctionExecutable;
class UnlinkedFunctionCodeBlock;
class BytecodeCacheGenerator;
enum class SourceTaintedOrigin : uint8_t { Untainted = 0 };
enum class SourceProviderSourceType : uint8_t { Program = 0 };
enum class CodeSpecializationKind : uint8_t { CodeForCall, CodeForConstruct };
struct CodeBlockHash {
  unsigned m_hash;
};
/* StringView: characters, length, is8Bit (trivially copyable, 16 bytes) */
struct SourceText {
  const void *characters;
  unsigned length;
  bool is8Bit;
};
/* RefPtr<CachedBytecode>: one pointer, not trivially destructible (so it is
 * returned through memory, as the engine expects) */
struct CachedBytecodeRef {
  void *ptr;
  ~CachedBytecodeRef() {}
};

class CachePayload {
public:
  std::span<const uint8_t> span() const; /* exported */
};

uint32_t computeJSCBytecodeCacheVersion(); /* exported */
CachedBytecodeRef generateProgramBytecode(VM &, const SourceCode &, WTF::FileSystemImpl::FileHandle &,
                                          BytecodeCacheError &); /* exported */

/* SourceProvider: vtable, thread-safe refcount, then 116 bytes of fields the
 * engine owns; the virtual functions in the engine's order. */
class SourceProvider {
public:
  SourceProvider(const SourceOrigin &, WTF::String &&url, WTF::String &&preRedirectURL,
                 SourceTaintedOrigin, const WTF::TextPosition &, SourceProviderSourceType);
  virtual ~SourceProvider();
  virtual unsigned hash() const = 0;
  virtual SourceText source() const = 0;
  virtual CachedBytecodeRef cachedBytecode() const = 0;
  virtual void cacheBytecode(const BytecodeCacheGenerator &) const = 0;
  virtual void updateCache(const UnlinkedFunctionExecutable *, const SourceCode &, CodeSpecializationKind,
                           const UnlinkedFunctionCodeBlock *) const = 0;
  virtual void commitCachedBytecode() const = 0;
  virtual CodeBlockHash codeBlockHashConcurrently(int, int, CodeSpecializationKind);
  virtual void lockUnderlyingBufferImpl();
  virtual void unlockUnderlyingBufferImpl();

  std::atomic<unsigned> m_refCount;

private:
  unsigned char m_fields[128 - 12];
};
} // namespace JSC

/* SourceCode: provider, start and end offsets, first line, start column */
struct nd_source_code {
  JSC::SourceProvider *provider;
  int start, end;
  int first_line, start_column;
};

/* CachedBytecode: refcount, size, payload (a variant whose first kind is a
 * malloc'd span: pointer, size, kind index), leaf-executable map, updates. */
struct nd_cached_bytecode {
  unsigned refcount;
  size_t size;
  const uint8_t *data;
  size_t data_size;
  unsigned char kind;
  void *leaf_table;
  void *updates;
  unsigned updates_capacity;
  unsigned updates_size;
};
static_assert(sizeof(nd_cached_bytecode) == 64, "CachedBytecode layout");
static_assert(offsetof(nd_cached_bytecode, data) == 16, "CachePayload offset");

/* ---- our provider: immortal ASCII text, optional cached bytecode ---- */

namespace {

class Provider final : public JSC::SourceProvider {
public:
  Provider(JSC::VM *vm, const char *url, const char *src, size_t len, nd_cached_bytecode *cache)
      : SourceProvider(*reinterpret_cast<const JSC::SourceOrigin *>(origin_zero()), WTF::String(url),
                       WTF::String(), JSC::SourceTaintedOrigin::Untainted, WTF::TextPosition{0, 0},
                       JSC::SourceProviderSourceType::Program),
        m_vm(vm), m_src(src), m_len((unsigned)len), m_hash(hash_of(url, len)), m_cache(cache) {}

  ~Provider() override {}

  unsigned hash() const override { return m_hash; }
  JSC::SourceText source() const override { return {m_src, m_len, true}; }
  JSC::CachedBytecodeRef cachedBytecode() const override {
    if (!m_cache) return {nullptr};
    m_cache->refcount++;
    return {m_cache};
  }
  void cacheBytecode(const JSC::BytecodeCacheGenerator &) const override {}
  void updateCache(const JSC::UnlinkedFunctionExecutable *, const JSC::SourceCode &,
                   JSC::CodeSpecializationKind, const JSC::UnlinkedFunctionCodeBlock *) const override {}
  void commitCachedBytecode() const override {}

  void release() {
    if (m_refCount.fetch_sub(1) == 1) delete this;
  }

private:
  /* The engine keys its caches on this; it need not read the text: the
   * text's pages then stay untouched (not resident) unless something
   * asks for the source. The URL names the built-in. */
  static unsigned hash_of(const char *url, size_t len) {
    uint32_t h = 2166136261u ^ (uint32_t)len;
    for (const char *c = url; *c; c++) h = (h ^ (uint8_t)*c) * 16777619u;
    return h & 0xffffff;
  }
  static const void *origin_zero() {
    /* a default SourceOrigin (null URL, no fetcher) is all zero bits */
    alignas(8) static const unsigned char zero[64] = {0};
    return zero;
  }

  /* OpaqueJSScript's first field: JSScriptEvaluate reads it */
  JSC::VM *m_vm;
  const char *m_src;
  unsigned m_len;
  unsigned m_hash;
  nd_cached_bytecode *m_cache;
};

} // namespace

/* ---- checks ---- */

static JSC::VM *vm_of(JSContextRef ctx) { return (JSC::VM *)JSContextGetGroup(ctx); }

static constexpr size_t kProviderSize = sizeof(JSC::SourceProvider);
static_assert(kProviderSize == 128, "SourceProvider size");

extern "C" uint32_t nd_bcache_engine_version(void) { return JSC::computeJSCBytecodeCacheVersion(); }

extern "C" int nd_bcache_usable(JSContextRef ctx) {
  if (!nd_jsc_private_abi()) return 0;
  /* An engine script object is a SourceProvider followed by its VM: find
   * the VM where this file's layout says it is. */
  JSScriptRef s = JSScriptCreateReferencingImmortalASCIIText(JSContextGetGroup(ctx), NULL, 1, "0", 1,
                                                            NULL, NULL);
  if (!s) return 0;
  const unsigned char *p = (const unsigned char *)s;
  JSC::VM *vm;
  unsigned refs;
  memcpy(&vm, p + kProviderSize, sizeof vm);
  memcpy(&refs, p + 8, sizeof refs);
  JSScriptRelease(s);
  return vm == vm_of(ctx) && refs >= 1 && refs < 8;
}

extern "C" size_t nd_bcache_slot_size(void) { return sizeof(nd_cached_bytecode); }

extern "C" JSScriptRef nd_bcache_script_new(JSContextRef ctx, const char *url, const char *src,
                                            size_t len, void *slot, const uint8_t *cache,
                                            size_t cache_len) {
  if (!slot || !cache || !cache_len) return NULL;
  nd_cached_bytecode *cb = (nd_cached_bytecode *)slot;
  if (!cb->refcount) {
    /* our reference is never dropped: the engine never frees the slot or
     * the (read-only) bytes */
    cb->refcount = 1;
    cb->size = cache_len;
    cb->data = cache;
    cb->data_size = cache_len;
  }
  return (JSScriptRef) new (std::nothrow) Provider(vm_of(ctx), url, src, len, cb);
}

extern "C" void nd_bcache_script_release(JSScriptRef script) {
  if (script) reinterpret_cast<Provider *>(script)->release();
}

extern "C" int nd_bcache_generate(JSContextRef ctx, const char *url, const char *src, size_t len,
                                  uint8_t **out, size_t *out_len) {
  if (!nd_bcache_usable(ctx)) return -1;
  Provider *p = new (std::nothrow) Provider(vm_of(ctx), url, src, len, NULL);
  if (!p) return -1;
  nd_source_code code = {p, 0, (int)len, 0, 0};
  WTF::FileSystemImpl::FileHandle memory_only;
  alignas(16) static unsigned char error[1024];
  memset(error, 0, sizeof error);
  JSC::CachedBytecodeRef ref = JSC::generateProgramBytecode(
      *vm_of(ctx), *reinterpret_cast<const JSC::SourceCode *>(&code), memory_only,
      *reinterpret_cast<JSC::BytecodeCacheError *>(error));
  int rc = -1;
  const nd_cached_bytecode *cb = (const nd_cached_bytecode *)ref.ptr;
  if (cb) {
    std::span<const uint8_t> bytes = reinterpret_cast<const JSC::CachePayload *>(&cb->data)->span();
    /* the layout nd_bcache_script_new builds, seen in the engine's own */
    if (cb->size == bytes.size() && cb->data == bytes.data() && cb->data_size == bytes.size() &&
        cb->kind == 0 && cb->updates_size == 0 && bytes.size() > 0) {
      *out = (uint8_t *)malloc(bytes.size());
      if (*out) {
        memcpy(*out, bytes.data(), bytes.size());
        *out_len = bytes.size();
        rc = 0;
      }
    }
  }
  /* the engine's buffer is left to it (one-off, at build time) */
  p->release();
  return rc;
}
