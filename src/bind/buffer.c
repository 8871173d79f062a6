/* buffer: the byte loops behind lib/buffer.js. Every function works on the
 * memory of the typed arrays it is handed; argument checks and Node's error
 * messages live in JS, C only refuses what would make it read out of bounds. */
#include <string.h>

#include "bind/bindings.h"
#include "rt/text.h"
#include "rt/value.h"

typedef struct {
  uint8_t *p;
  size_t len;
} nd_bytes_t;

/* The bytes a typed array or DataView covers; false (with a TypeError) when
 * v is neither. */
static bool bytes_of(JSContextRef ctx, JSValueRef v, nd_bytes_t *b, JSValueRef *exc) {
  JSObjectRef o = nd_toobj(ctx, v);
  if (o && JSValueGetTypedArrayType(ctx, o, NULL) != kJSTypedArrayTypeNone &&
      JSValueGetTypedArrayType(ctx, o, NULL) != kJSTypedArrayTypeArrayBuffer) {
    b->len = JSObjectGetTypedArrayByteLength(ctx, o, NULL);
    uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, o, NULL);
    b->p = base ? base + JSObjectGetTypedArrayByteOffset(ctx, o, NULL) : NULL;
    if (!b->p) b->len = 0;
    return true;
  }
  *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "argument must be a TypedArray");
  return false;
}

/* A number argument clamped to [0, max]. */
static size_t index_arg(JSContextRef ctx, JSValueRef v, size_t max) {
  double d = JSValueToNumber(ctx, v, NULL);
  if (!(d > 0)) return 0;
  return d >= (double)max ? max : (size_t)d;
}

static int enc_arg(JSContextRef ctx, JSValueRef v) {
  double d = JSValueToNumber(ctx, v, NULL);
  return d >= ND_ENC_UTF8 && d <= ND_ENC_HEX ? (int)d : ND_ENC_UTF8;
}

/* decode(view, start, end, enc) -> string */
static ND_FN(buffer_decode) {
  nd_bytes_t b;
  if (!bytes_of(ctx, ND_ARG(0), &b, exc)) return NULL;
  size_t end = index_arg(ctx, ND_ARG(2), b.len);
  size_t start = index_arg(ctx, ND_ARG(1), end);
  return nd_text_decode_as(ctx, b.p + start, end - start, enc_arg(ctx, ND_ARG(3)));
}

/* write(view, string, offset, maxLength, enc) -> bytes written */
static ND_FN(buffer_write) {
  nd_bytes_t b;
  if (!bytes_of(ctx, ND_ARG(0), &b, exc)) return NULL;
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(1), exc);
  if (!s) return NULL;
  size_t off = index_arg(ctx, ND_ARG(2), b.len);
  size_t cap = index_arg(ctx, ND_ARG(3), b.len - off);
  size_t n = nd_text_write(JSStringGetCharactersPtr(s), JSStringGetLength(s),
                           enc_arg(ctx, ND_ARG(4)), b.p + off, cap);
  JSStringRelease(s);
  return JSValueMakeNumber(ctx, (double)n);
}

/* encodeInto(string, view) -> [read, written]: TextEncoder#encodeInto. */
static ND_FN(buffer_encode_into) {
  nd_bytes_t b;
  if (!bytes_of(ctx, ND_ARG(1), &b, exc)) return NULL;
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!s) return NULL;
  size_t read = 0;
  size_t n = nd_text_write_utf8(JSStringGetCharactersPtr(s), JSStringGetLength(s), b.p, b.len, &read);
  JSStringRelease(s);
  JSValueRef pair[2] = {JSValueMakeNumber(ctx, (double)read), JSValueMakeNumber(ctx, (double)n)};
  return JSObjectMakeArray(ctx, 2, pair, exc);
}

/* byteLength(string, enc) -> exact encoded length */
static ND_FN(buffer_byte_length) {
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!s) return NULL;
  size_t n = nd_text_length(JSStringGetCharactersPtr(s), JSStringGetLength(s),
                            enc_arg(ctx, ND_ARG(1)));
  JSStringRelease(s);
  return JSValueMakeNumber(ctx, (double)n);
}

static void free_bytes(void *bytes, void *unused) { free(bytes); }

/* fromString(string, enc) -> ArrayBuffer holding exactly the encoded bytes,
 * made in one pass over the string's units and handed over without a copy. */
static ND_FN(buffer_from_string) {
  JSStringRef s = JSValueToStringCopy(ctx, ND_ARG(0), exc);
  if (!s) return NULL;
  int enc = enc_arg(ctx, ND_ARG(1));
  const JSChar *u = JSStringGetCharactersPtr(s);
  size_t n = JSStringGetLength(s);
  size_t len;
  uint8_t *p;
  if (enc == ND_ENC_UTF8 && n > 4096) {
    /* one pass into the worst case, then give back the unused tail */
    p = malloc(n * 3);
    ND_CHECK(p);
    len = nd_text_write(u, n, enc, p, n * 3);
    uint8_t *q = realloc(p, len ? len : 1);
    if (q) p = q;
  } else {
    len = nd_text_length(u, n, enc);
    p = malloc(len ? len : 1);
    ND_CHECK(p);
    nd_text_write(u, n, enc, p, len);
  }
  JSStringRelease(s);
  return JSObjectMakeArrayBufferWithBytesNoCopy(ctx, p, len, free_bytes, NULL, exc);
}

/* compare(a, b, aStart, aEnd, bStart, bEnd) -> -1 | 0 | 1 */
static ND_FN(buffer_compare) {
  nd_bytes_t a, b;
  if (!bytes_of(ctx, ND_ARG(0), &a, exc) || !bytes_of(ctx, ND_ARG(1), &b, exc)) return NULL;
  size_t a_end = argc > 3 ? index_arg(ctx, argv[3], a.len) : a.len;
  size_t a_start = argc > 2 ? index_arg(ctx, argv[2], a_end) : 0;
  size_t b_end = argc > 5 ? index_arg(ctx, argv[5], b.len) : b.len;
  size_t b_start = argc > 4 ? index_arg(ctx, argv[4], b_end) : 0;
  size_t an = a_end - a_start, bn = b_end - b_start;
  int r = an && bn ? memcmp(a.p + a_start, b.p + b_start, an < bn ? an : bn) : 0;
  if (r == 0) r = an < bn ? -1 : an > bn ? 1 : 0;
  return JSValueMakeNumber(ctx, r < 0 ? -1 : r > 0 ? 1 : 0);
}

static bool match_at(const uint8_t *h, const uint8_t *nd, size_t nl) {
  return h[0] == nd[0] && memcmp(h, nd, nl) == 0;
}

/* indexOf(haystack, needle, byteOffset, forward, stride) -> index | -1.
 * byteOffset is where the search starts (forward) or the last position a
 * match may start (backward); stride 2 keeps UTF-16 matches aligned. */
static ND_FN(buffer_index_of) {
  nd_bytes_t h, nd;
  if (!bytes_of(ctx, ND_ARG(0), &h, exc) || !bytes_of(ctx, ND_ARG(1), &nd, exc)) return NULL;
  double off = JSValueToNumber(ctx, ND_ARG(2), NULL);
  bool forward = JSValueToBoolean(ctx, ND_ARG(3));
  size_t stride = JSValueToNumber(ctx, ND_ARG(4), NULL) == 2 ? 2 : 1;
  double miss = -1;
  if (nd.len == 0 || nd.len > h.len || off != off) return JSValueMakeNumber(ctx, miss);
  size_t last = h.len - nd.len;
  if (forward) {
    if (off < 0) off = 0;
    if (off > (double)last) return JSValueMakeNumber(ctx, miss);
    size_t i = (size_t)off;
    if (stride == 2 && (i & 1)) i++;
    if (stride == 1) {
      while (i <= last) {
        const uint8_t *q = memchr(h.p + i, nd.p[0], last - i + 1);
        if (!q) break;
        i = (size_t)(q - h.p);
        if (memcmp(q, nd.p, nd.len) == 0) return JSValueMakeNumber(ctx, (double)i);
        i++;
      }
    } else {
      for (; i <= last; i += 2)
        if (match_at(h.p + i, nd.p, nd.len)) return JSValueMakeNumber(ctx, (double)i);
    }
  } else {
    if (off < 0) return JSValueMakeNumber(ctx, miss);
    size_t i = off > (double)last ? last : (size_t)off;
    if (stride == 2 && (i & 1)) i--;
    for (;;) {
      if (match_at(h.p + i, nd.p, nd.len)) return JSValueMakeNumber(ctx, (double)i);
      if (i < stride) break;
      i -= stride;
    }
  }
  return JSValueMakeNumber(ctx, miss);
}

/* swap(view, size): reverses the bytes of each size-byte group in place. */
static ND_FN(buffer_swap) {
  nd_bytes_t b;
  if (!bytes_of(ctx, ND_ARG(0), &b, exc)) return NULL;
  size_t size = (size_t)JSValueToNumber(ctx, ND_ARG(1), NULL);
  if (size != 2 && size != 4 && size != 8) return JSValueMakeUndefined(ctx);
  for (size_t i = 0; i + size <= b.len; i += size) {
    uint8_t *p = b.p + i;
    for (size_t k = 0; k < size / 2; k++) {
      uint8_t t = p[k];
      p[k] = p[size - 1 - k];
      p[size - 1 - k] = t;
    }
  }
  return JSValueMakeUndefined(ctx);
}

/* fill(view, pattern, start, end): repeats pattern's bytes over [start, end). */
static ND_FN(buffer_fill) {
  nd_bytes_t b, pat;
  if (!bytes_of(ctx, ND_ARG(0), &b, exc) || !bytes_of(ctx, ND_ARG(1), &pat, exc)) return NULL;
  size_t end = index_arg(ctx, ND_ARG(3), b.len);
  size_t start = index_arg(ctx, ND_ARG(2), end);
  size_t n = end - start;
  if (n == 0 || pat.len == 0) return JSValueMakeUndefined(ctx);
  uint8_t *p = b.p + start;
  size_t done = pat.len < n ? pat.len : n;
  memmove(p, pat.p, done);
  /* double the filled prefix until the range is covered */
  while (done < n) {
    size_t k = done < n - done ? done : n - done;
    memcpy(p + done, p, k);
    done += k;
  }
  return JSValueMakeUndefined(ctx);
}

static ND_FN(buffer_is_utf8) {
  nd_bytes_t b;
  if (!bytes_of(ctx, ND_ARG(0), &b, exc)) return NULL;
  return JSValueMakeBoolean(ctx, nd_text_is_utf8(b.p, b.len));
}

static ND_FN(buffer_is_ascii) {
  nd_bytes_t b;
  if (!bytes_of(ctx, ND_ARG(0), &b, exc)) return NULL;
  return JSValueMakeBoolean(ctx, nd_text_is_ascii(b.p, b.len));
}

void nd_buffer_init(nd_rt_t *rt, JSObjectRef target) {
  static const nd_fn_entry_t fns[] = {
      {"decode", buffer_decode},
      {"write", buffer_write},
      {"byteLength", buffer_byte_length},
      {"encodeInto", buffer_encode_into},
      {"fromString", buffer_from_string},
      {"compare", buffer_compare},
      {"indexOf", buffer_index_of},
      {"swap", buffer_swap},
      {"fill", buffer_fill},
      {"isUtf8", buffer_is_utf8},
      {"isAscii", buffer_is_ascii},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
}
