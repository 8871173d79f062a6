/* encoding: the decoders behind TextDecoder for every WHATWG encoding but
 * UTF-8 (lib/internal/encoding.js decodes that one with the buffer loops).
 * UTF-16 and the CJK encodings run through ICU, one UConverter per decoder
 * so that a stream keeps its partial sequences between calls. Single-byte
 * encodings are stateless: a 128-entry table for bytes 0x80-0xFF, built
 * from ICU when the decoder opens and corrected where ICU's mapping and the
 * WHATWG index (which Node follows) differ. */
#include <string.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

#include "bind/bindings.h"
#include "rt/jsstr.h"
#include "rt/value.h"

/* decode()'s answer for invalid input under `fatal`; JS throws
 * ERR_ENCODING_INVALID_ENCODED_DATA. */
#define ND_DECODE_INVALID (-1)

typedef struct {
  UConverter *cnv;    /* NULL for a table decoder */
  uint16_t high[128]; /* table decoders: byte 0x80+i -> unit; 0 = unmapped */
  bool fatal;
  bool ignore_bom;
  bool unicode; /* UTF-16: a leading U+FEFF is a BOM */
  bool bom_seen;
  bool gb18030;
} nd_decoder_t;

/* A byte and the code unit it decodes to. */
typedef struct {
  uint8_t byte;
  uint16_t unit;
} nd_byte_fix_t;

/* Where the WHATWG single-byte index and ICU's table differ (0 = the index
 * leaves the byte unmapped). Found by decoding every byte with both. */
static const nd_byte_fix_t kKoi8uFixes[] = {{0xAE, 0x045E}, {0xBE, 0x040E}};
static const nd_byte_fix_t kWin874Fixes[] = {{0xDB, 0}, {0xDC, 0}, {0xDD, 0}, {0xDE, 0},
                                             {0xFC, 0}, {0xFD, 0}, {0xFE, 0}, {0xFF, 0}};
static const nd_byte_fix_t kWin1253Fixes[] = {{0xAA, 0}};
static const nd_byte_fix_t kWin1255Fixes[] = {{0xCA, 0x05BA}};
/* ICU's data has no ISO-8859-16: its bytes that are not ISO-8859-1's. */
static const nd_byte_fix_t kIso885916[] = {
    {0xA1, 0x0104}, {0xA2, 0x0105}, {0xA3, 0x0141}, {0xA4, 0x20AC}, {0xA5, 0x201E}, {0xA6, 0x0160},
    {0xA8, 0x0161}, {0xAA, 0x0218}, {0xAC, 0x0179}, {0xAE, 0x017A}, {0xAF, 0x017B}, {0xB2, 0x010C},
    {0xB3, 0x0142}, {0xB4, 0x017D}, {0xB5, 0x201D}, {0xB8, 0x017E}, {0xB9, 0x010D}, {0xBA, 0x0219},
    {0xBC, 0x0152}, {0xBD, 0x0153}, {0xBE, 0x0178}, {0xBF, 0x017C}, {0xC3, 0x0102}, {0xC5, 0x0106},
    {0xD0, 0x0110}, {0xD1, 0x0143}, {0xD5, 0x0150}, {0xD7, 0x015A}, {0xD8, 0x0170}, {0xDD, 0x0118},
    {0xDE, 0x021A}, {0xE3, 0x0103}, {0xE5, 0x0107}, {0xF0, 0x0111}, {0xF1, 0x0144}, {0xF5, 0x0151},
    {0xF7, 0x015B}, {0xF8, 0x0171}, {0xFD, 0x0119}, {0xFE, 0x021B},
};

#define FIXES(a) a, ND_COUNTOF(a)
static const struct {
  const char *name; /* WHATWG name; ICU knows it under the same one */
  const nd_byte_fix_t *fixes;
  size_t nfixes;
} kSingleByte[] = {
    {"ibm866", NULL, 0},       {"iso-8859-2", NULL, 0},
    {"iso-8859-3", NULL, 0},   {"iso-8859-4", NULL, 0},
    {"iso-8859-5", NULL, 0},   {"iso-8859-6", NULL, 0},
    {"iso-8859-7", NULL, 0},   {"iso-8859-8", NULL, 0},
    {"iso-8859-8-i", NULL, 0}, {"iso-8859-10", NULL, 0},
    {"iso-8859-13", NULL, 0},  {"iso-8859-14", NULL, 0},
    {"iso-8859-15", NULL, 0},  {"iso-8859-16", FIXES(kIso885916)},
    {"koi8-r", NULL, 0},       {"koi8-u", FIXES(kKoi8uFixes)},
    {"macintosh", NULL, 0},    {"windows-874", FIXES(kWin874Fixes)},
    {"windows-1250", NULL, 0}, {"windows-1251", NULL, 0},
    {"windows-1252", NULL, 0}, {"windows-1253", FIXES(kWin1253Fixes)},
    {"windows-1254", NULL, 0}, {"windows-1255", FIXES(kWin1255Fixes)},
    {"windows-1256", NULL, 0}, {"windows-1257", NULL, 0},
    {"windows-1258", NULL, 0}, {"x-mac-cyrillic", NULL, 0},
};
#undef FIXES

/* The multi-byte and UTF-16 encodings, by WHATWG name -> ICU name. gbk
 * decodes as gb18030, as the Encoding Standard says. Node opens ICU's
 * converters under these names too, so both share ICU's departures from
 * the WHATWG indexes: big5 is windows-950 (HKSCS bytes give private-use
 * code points), shift_jis leaves 0x80 and 0xA0 undecoded, euc-kr is
 * ibm-970 (no UHC extension: 81 41 gives two C1/ASCII units), euc-jp
 * accepts 8E E0-FE. Every two-byte sequence, every gb18030 four-byte one
 * and random streams were checked equal to Node's (test/buffer). */
static const struct {
  const char *name, *icu;
} kConverters[] = {
    {"utf-16le", "UTF-16LE"},       {"utf-16be", "UTF-16BE"},   {"gbk", "gb18030"},
    {"gb18030", "gb18030"},         {"big5", "big5"},           {"euc-jp", "euc-jp"},
    {"iso-2022-jp", "iso-2022-jp"}, {"shift_jis", "shift_jis"}, {"euc-kr", "euc-kr"},
};

/* gb18030: ICU before 73 decodes these two-byte sequences to private-use
 * code points; the WHATWG index (GB18030-2022, and A3A0 -> U+3000) gives
 * these. No other sequence decodes to those private-use points, so the
 * output is corrected unit by unit. */
static const struct {
  uint16_t from, to;
} kGb18030Fixes[] = {
    {0xE5E5, 0x3000}, {0xE78D, 0xFE10}, {0xE78E, 0xFE12}, {0xE78F, 0xFE11}, {0xE790, 0xFE13},
    {0xE791, 0xFE14}, {0xE792, 0xFE15}, {0xE793, 0xFE16}, {0xE794, 0xFE17}, {0xE795, 0xFE18},
    {0xE796, 0xFE19}, {0xE81E, 0x9FB4}, {0xE826, 0x9FB5}, {0xE82B, 0x9FB6}, {0xE82C, 0x9FB7},
    {0xE832, 0x9FB8}, {0xE843, 0x9FB9}, {0xE854, 0x9FBA}, {0xE864, 0x9FBB},
};

static void decoder_finalize(JSObjectRef obj) {
  nd_decoder_t *d = JSObjectGetPrivate(obj);
  if (!d) return;
  if (d->cnv) ucnv_close(d->cnv);
  free(d);
}

/* Every ICU decoding error comes here: fatal decoders stop (the error stays
 * in *err), the others write U+FFFD, as Node's converters do. A lone 0x80
 * in gb18030 is the euro sign for WHATWG, an error for ICU. */
static void to_unicode_error(const void *ctx, UConverterToUnicodeArgs *args, const char *units,
                             int32_t len, UConverterCallbackReason reason, UErrorCode *err) {
  const nd_decoder_t *d = ctx;
  if (reason > UCNV_IRREGULAR) return; /* reset, close, clone: nothing to write */
  UChar out = 0xFFFD;
  if (d->gb18030 && len == 1 && (uint8_t)units[0] == 0x80) {
    out = 0x20AC;
  } else if (d->fatal) {
    return;
  }
  *err = U_ZERO_ERROR;
  ucnv_cbToUWriteUChars(args, &out, 1, 0, err);
}

/* Leaves the error set: the conversion stops at the first unmappable byte
 * (what ICU's own STOP callback does; ours, as ICU may be loaded later). */
static void to_unicode_stop(const void *ctx, UConverterToUnicodeArgs *args, const char *units,
                            int32_t len, UConverterCallbackReason reason, UErrorCode *err) {}

/* The byte -> unit table of a single-byte encoding; false when ICU lacks it. */
static bool build_table(nd_decoder_t *d, size_t k) {
  if (strcmp(kSingleByte[k].name, "iso-8859-16") == 0) {
    for (int i = 0; i < 128; i++) d->high[i] = (uint16_t)(0x80 + i);
  } else {
    UErrorCode st = U_ZERO_ERROR;
    UConverter *c = ucnv_open(kSingleByte[k].name, &st);
    if (U_FAILURE(st)) return false;
    ucnv_setToUCallBack(c, to_unicode_stop, NULL, NULL, NULL, &st);
    for (int i = 0; i < 128; i++) {
      char in = (char)(0x80 + i);
      const char *src = &in;
      UChar out[2];
      UChar *dst = out;
      st = U_ZERO_ERROR;
      ucnv_toUnicode(c, &dst, out + 2, &src, src + 1, NULL, true, &st);
      d->high[i] = U_SUCCESS(st) && dst == out + 1 ? out[0] : 0;
      ucnv_reset(c);
    }
    ucnv_close(c);
  }
  for (size_t i = 0; i < kSingleByte[k].nfixes; i++)
    d->high[kSingleByte[k].fixes[i].byte - 0x80] = kSingleByte[k].fixes[i].unit;
  return true;
}

static bool open_converter(nd_decoder_t *d, const char *icu_name) {
  UErrorCode st = U_ZERO_ERROR;
  d->cnv = ucnv_open(icu_name, &st);
  if (U_FAILURE(st)) return false;
  ucnv_setToUCallBack(d->cnv, to_unicode_error, d, NULL, NULL, &st);
  UConverterType t = ucnv_getType(d->cnv);
  d->unicode = t == UCNV_UTF16_BigEndian || t == UCNV_UTF16_LittleEndian;
  d->gb18030 = strcmp(icu_name, "gb18030") == 0;
  return U_SUCCESS(st);
}

/* open(name, fatal, ignoreBOM) -> decoder, or undefined when this build
 * cannot decode `name` (a WHATWG encoding name). */
static ND_FN(encoding_open) {
  char *name = nd_cstr(ctx, ND_ARG(0), exc);
  if (!name) return NULL;
  nd_decoder_t *d = calloc(1, sizeof *d);
  ND_CHECK(d);
  d->fatal = JSValueToBoolean(ctx, ND_ARG(1));
  d->ignore_bom = JSValueToBoolean(ctx, ND_ARG(2));
  bool ok = false;
  if (strcmp(name, "x-user-defined") == 0) {
    for (int i = 0; i < 128; i++) d->high[i] = (uint16_t)(0xF780 + i);
    ok = true;
  }
  for (size_t k = 0; !ok && k < ND_COUNTOF(kSingleByte); k++)
    if (strcmp(name, kSingleByte[k].name) == 0) ok = build_table(d, k);
  for (size_t k = 0; !ok && k < ND_COUNTOF(kConverters); k++)
    if (strcmp(name, kConverters[k].name) == 0) ok = open_converter(d, kConverters[k].icu);
  free(name);
  if (!ok) {
    if (d->cnv) ucnv_close(d->cnv);
    free(d);
    return JSValueMakeUndefined(ctx);
  }
  return JSObjectMake(ctx, nd_rt_from_ctx(ctx)->decoder_class, d);
}

static JSValueRef decode_table(JSContextRef ctx, nd_decoder_t *d, const uint8_t *p, size_t len) {
  nd_jsstr_t str;
  nd_jsstr_alloc(&str, len, true);
  UChar *out = str.p16;
  for (size_t i = 0; i < len; i++) {
    uint8_t b = p[i];
    UChar u = b < 0x80 ? b : d->high[b - 0x80];
    if (b >= 0x80 && u == 0) {
      if (d->fatal) {
        nd_jsstr_discard(&str);
        return JSValueMakeNumber(ctx, ND_DECODE_INVALID);
      }
      u = 0xFFFD;
    }
    out[i] = u;
  }
  return nd_jsstr_finish(ctx, &str);
}

static void fix_gb18030(UChar *u, size_t n) {
  for (size_t i = 0; i < n; i++) {
    if (u[i] < 0xE5E5 || u[i] > 0xE864) continue;
    for (size_t k = 0; k < ND_COUNTOF(kGb18030Fixes); k++)
      if (u[i] == kGb18030Fixes[k].from) u[i] = kGb18030Fixes[k].to;
  }
}

/* One ucnv_toUnicode call into room for 2 * min-char-size units per input
 * byte (per pending byte when flushing more than the input), as Node sizes
 * it. Invalid input that ICU re-reads after an error (a lead byte, then the
 * ASCII byte that broke its sequence) can need more; the call then fails
 * with an overflow, which Node reports as invalid data even for a
 * non-fatal decoder. That is kept: programs see what they see on Node. */
static JSValueRef decode_icu(JSContextRef ctx, nd_decoder_t *d, const uint8_t *p, size_t len,
                             bool flush) {
  UErrorCode st = U_ZERO_ERROR;
  size_t units = len;
  if (flush) {
    int32_t pending = ucnv_toUCountPending(d->cnv, &st);
    if (U_SUCCESS(st) && (size_t)pending > units) units = (size_t)pending;
  }
  size_t cap = 2 * (size_t)ucnv_getMinCharSize(d->cnv) * units;
  UChar *out = malloc((cap ? cap : 1) * sizeof *out);
  ND_CHECK(out);
  const char *src = (const char *)p;
  UChar *dst = out;
  st = U_ZERO_ERROR;
  ucnv_toUnicode(d->cnv, &dst, out + cap, &src, src + len, NULL, flush, &st);
  JSValueRef v;
  if (U_FAILURE(st)) {
    v = JSValueMakeNumber(ctx, ND_DECODE_INVALID);
  } else {
    size_t n = (size_t)(dst - out), skip = 0;
    if (d->gb18030) fix_gb18030(out, n);
    if (d->unicode && !d->ignore_bom && !d->bom_seen && n > 0) {
      skip = out[0] == 0xFEFF;
      d->bom_seen = true;
    }
    v = nd_jsstr_copy16(ctx, out + skip, n - skip);
  }
  free(out);
  if (flush) {
    ucnv_reset(d->cnv);
    d->bom_seen = false;
  }
  return v;
}

/* decode(decoder, bytes, flush) -> string, or ND_DECODE_INVALID when a
 * fatal decoder meets invalid input. bytes is any typed array; without flush
 * an incomplete sequence at its end waits for the next call. */
static ND_FN(encoding_decode) {
  JSObjectRef obj = nd_toobj(ctx, ND_ARG(0));
  nd_decoder_t *d = obj ? JSObjectGetPrivate(obj) : NULL;
  JSObjectRef view = nd_toobj(ctx, ND_ARG(1));
  JSTypedArrayType type = view ? JSValueGetTypedArrayType(ctx, view, NULL) : kJSTypedArrayTypeNone;
  if (!d || type == kJSTypedArrayTypeNone || type == kJSTypedArrayTypeArrayBuffer) {
    *exc = nd_error(ctx, "TypeError", "ERR_INVALID_ARG_TYPE", "decode(decoder, TypedArray, flush)");
    return NULL;
  }
  const uint8_t *base = JSObjectGetTypedArrayBytesPtr(ctx, view, NULL);
  size_t len = base ? JSObjectGetTypedArrayByteLength(ctx, view, NULL) : 0;
  static const uint8_t empty[1];
  const uint8_t *p = base ? base + JSObjectGetTypedArrayByteOffset(ctx, view, NULL) : empty;
  bool flush = JSValueToBoolean(ctx, ND_ARG(2));
  if (!d->cnv) return decode_table(ctx, d, p, len);
  return decode_icu(ctx, d, p, len, flush);
}

void nd_encoding_init(nd_rt_t *rt, JSObjectRef target) {
  /* one class per runtime: the engine keeps per-class data for the
   * context's lifetime, so a class per decoder would grow without bound */
  if (!rt->decoder_class) {
    JSClassDefinition def = kJSClassDefinitionEmpty;
    def.className = "Converter";
    def.finalize = decoder_finalize;
    rt->decoder_class = JSClassCreate(&def);
  }
  static const nd_fn_entry_t fns[] = {
      {"open", encoding_open},
      {"decode", encoding_decode},
  };
  nd_set_fns(rt->ctx, target, fns, ND_COUNTOF(fns));
  nd_set(rt->ctx, target, "kInvalid", JSValueMakeNumber(rt->ctx, ND_DECODE_INVALID));
}
