/* The special schemes and their default ports. */
#include <string.h>

#include "url/internal.h"

nd_url_scheme_t nd_url_scheme_type(const char *s, size_t n) {
  switch (n) {
  case 2: return memcmp(s, "ws", 2) == 0 ? ND_SCHEME_WS : ND_SCHEME_OTHER;
  case 3:
    if (memcmp(s, "wss", 3) == 0) return ND_SCHEME_WSS;
    return memcmp(s, "ftp", 3) == 0 ? ND_SCHEME_FTP : ND_SCHEME_OTHER;
  case 4:
    if (memcmp(s, "http", 4) == 0) return ND_SCHEME_HTTP;
    return memcmp(s, "file", 4) == 0 ? ND_SCHEME_FILE : ND_SCHEME_OTHER;
  case 5: return memcmp(s, "https", 5) == 0 ? ND_SCHEME_HTTPS : ND_SCHEME_OTHER;
  default: return ND_SCHEME_OTHER;
  }
}

int32_t nd_url_default_port(int scheme_type) {
  switch (scheme_type) {
  case ND_SCHEME_HTTP:
  case ND_SCHEME_WS: return 80;
  case ND_SCHEME_HTTPS:
  case ND_SCHEME_WSS: return 443;
  case ND_SCHEME_FTP: return 21;
  default: return -1;
  }
}
