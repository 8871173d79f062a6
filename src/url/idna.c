/* IDNA through ICU's UTS #46 API with the URL standard's flags:
 * CheckHyphens false, CheckBidi true, CheckJoiners true,
 * UseSTD3ASCIIRules false, Transitional_Processing false,
 * VerifyDnsLength false. ICU checks hyphens and DNS lengths regardless,
 * so those errors are masked out. */
#include <unicode/uidna.h>

#include "url/internal.h"

#define OPTIONS                                                                          \
  (UIDNA_CHECK_BIDI | UIDNA_CHECK_CONTEXTJ | UIDNA_NONTRANSITIONAL_TO_ASCII |           \
   UIDNA_NONTRANSITIONAL_TO_UNICODE)

#define IGNORED                                                                          \
  (UIDNA_ERROR_EMPTY_LABEL | UIDNA_ERROR_LABEL_TOO_LONG | UIDNA_ERROR_DOMAIN_NAME_TOO_LONG | \
   UIDNA_ERROR_LEADING_HYPHEN | UIDNA_ERROR_TRAILING_HYPHEN | UIDNA_ERROR_HYPHEN_3_4)

typedef int32_t (*convert_fn)(const UIDNA *, const char *, int32_t, char *, int32_t, UIDNAInfo *,
                              UErrorCode *);

static int run(convert_fn fn, const char *in, size_t n, nd_ustr_t *out, bool strict) {
  if (n > INT32_MAX / 4) return ND_URL_ETOOLONG;
  UErrorCode err = U_ZERO_ERROR;
  UIDNA *idna = uidna_openUTS46(OPTIONS, &err);
  if (U_FAILURE(err)) return ND_URL_ENOMEM;
  int rc = 0;
  size_t cap = n * 2 + 16;
  for (int attempt = 0; attempt < 2; attempt++) {
    out->len = 0;
    if (!nd_ustr_reserve(out, cap)) {
      rc = ND_URL_ENOMEM;
      break;
    }
    UIDNAInfo info = UIDNA_INFO_INITIALIZER;
    err = U_ZERO_ERROR;
    int32_t k = fn(idna, in, (int32_t)n, out->p, (int32_t)cap, &info, &err);
    if (err == U_BUFFER_OVERFLOW_ERROR) {
      cap = (size_t)k + 1;
      continue;
    }
    if (U_FAILURE(err)) {
      rc = ND_URL_EINVALID;
      break;
    }
    out->len = (size_t)k;
    out->p[k] = 0;
    if (strict && (info.errors & ~(uint32_t)IGNORED)) rc = ND_URL_EINVALID;
    break;
  }
  uidna_close(idna);
  return rc;
}

int nd_url_idna_to_ascii(const char *in, size_t n, nd_ustr_t *out) {
  int rc = run(uidna_nameToASCII_UTF8, in, n, out, true);
  if (rc == 0 && out->len == 0) rc = ND_URL_EINVALID;
  return rc;
}

int nd_url_idna_to_unicode(const char *in, size_t n, nd_ustr_t *out) {
  return run(uidna_nameToUnicodeUTF8, in, n, out, false);
}
