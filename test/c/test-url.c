/* Unit tests for src/url: parsing against a base, every host kind,
 * percent-encoding, component offsets, setters and domainTo*. */
#include <stdlib.h>

#include "test.h"
#include "url/url.h"

static nd_test_t T;

/* href of input against base (NULL: none), or "FAIL" */
static char *parse(const char *in, const char *base) {
  static char buf[1024];
  nd_url_t u = {0};
  int rc = nd_url_parse(in, strlen(in), base, base ? strlen(base) : 0, &u);
  if (rc < 0) return strcpy(buf, rc == ND_URL_EBASE ? "BASE" : "FAIL");
  snprintf(buf, sizeof buf, "%s", u.href);
  nd_url_free(&u);
  return buf;
}

static char *slice(const nd_url_t *u, uint32_t a, uint32_t b) {
  static char buf[256];
  snprintf(buf, sizeof buf, "%.*s", (int)(b - a), u->href + a);
  return buf;
}

static void test_parse(void) {
  CHECK_STR(&T, parse("HTTP://EXAMPLE.com:80/a/./b/../c?x y#z w", NULL), "http://example.com/a/c?x%20y#z%20w");
  CHECK_STR(&T, parse("  \thttps://a\n.b/  ", NULL), "https://a.b/");
  CHECK_STR(&T, parse("../x?q", "http://h/a/b/c"), "http://h/a/x?q");
  CHECK_STR(&T, parse("//other/p", "https://h/a"), "https://other/p");
  CHECK_STR(&T, parse("#f", "mailto:x"), "mailto:x#f");
  CHECK_STR(&T, parse("x", "mailto:x"), "FAIL");
  CHECK_STR(&T, parse("x", "not a url"), "BASE");
  CHECK_STR(&T, parse("http://", NULL), "FAIL");
  CHECK_STR(&T, parse("http://a:65536/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://a:0080/", NULL), "http://a/");
  CHECK_STR(&T, parse("http://u:p@h/", NULL), "http://u:p@h/");
  CHECK_STR(&T, parse("http://u@p@h/", NULL), "http://u%40p@h/");
  CHECK_STR(&T, parse("a: b ?c", NULL), "a: b%20?c");
  CHECK_STR(&T, parse("web+x:/..//p", NULL), "web+x:/.//p");
  CHECK_STR(&T, parse("file:///C|/x/../../y", NULL), "file:///C:/y");
  CHECK_STR(&T, parse("file://localhost/p", NULL), "file:///p");
  CHECK_STR(&T, parse("/C:/x", "file:///D:/y"), "file:///C:/x");
  CHECK_STR(&T, parse("x", "file:///D:/"), "file:///D:/x");
  CHECK_STR(&T, parse("http://a/\xc3\xa9?\xc3\xa9#\xc3\xa9", NULL), "http://a/%C3%A9?%C3%A9#%C3%A9");
  CHECK_STR(&T, parse("http://a/\xff", NULL), "http://a/%EF%BF%BD"); /* bad UTF-8 is U+FFFD */
  CHECK_STR(&T, parse("http://a/{}^`|", NULL), "http://a/%7B%7D%5E%60|");
  CHECK_STR(&T, parse("ws://a/'?'", NULL), "ws://a/'?%27");
  CHECK_STR(&T, parse("foo://a/'?'", NULL), "foo://a/'?'");
}

static void test_hosts(void) {
  CHECK_STR(&T, parse("http://0x7f.1/", NULL), "http://127.0.0.1/");
  CHECK_STR(&T, parse("http://017700000001/", NULL), "http://127.0.0.1/");
  CHECK_STR(&T, parse("http://4294967295/", NULL), "http://255.255.255.255/");
  CHECK_STR(&T, parse("http://4294967296/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://1.2.3.4.5/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://1.2.3.09/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://a.1/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://1.2.3./", NULL), "http://1.2.0.3/");
  CHECK_STR(&T, parse("http://[0:0:0:0:0:0:0:1]/", NULL), "http://[::1]/");
  CHECK_STR(&T, parse("http://[1:0:0:2:0:0:0:3]/", NULL), "http://[1:0:0:2::3]/");
  CHECK_STR(&T, parse("http://[::ffff:1.2.3.4]/", NULL), "http://[::ffff:102:304]/");
  CHECK_STR(&T, parse("http://[1::2::3]/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://[::1.2.3.04]/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://[1:2:3:4:5:6:7:8:9]/", NULL), "FAIL");
  CHECK_STR(&T, parse("foo://H%41st/", NULL), "foo://H%41st/");
  CHECK_STR(&T, parse("foo://a b/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://%41.com/", NULL), "http://a.com/");
  CHECK_STR(&T, parse("http://M\xc3\x9cnchen.de/", NULL), "http://xn--mnchen-3ya.de/");
  CHECK_STR(&T, parse("http://a%00b/", NULL), "FAIL");
  CHECK_STR(&T, parse("http://a<b/", NULL), "FAIL");
}

static void test_offsets(void) {
  const char *in = "https://user:pw@host.com:8080/p/a?q=1#frag";
  nd_url_t u = {0};
  CHECK(&T, nd_url_parse(in, strlen(in), NULL, 0, &u) == 0);
  CHECK_STR(&T, slice(&u, 0, u.o.protocol_end), "https:");
  CHECK_STR(&T, slice(&u, u.o.username_start, u.o.username_end), "user");
  CHECK_STR(&T, slice(&u, u.o.password_start, u.o.password_end), "pw");
  CHECK_STR(&T, slice(&u, u.o.host_start, u.o.host_end), "host.com");
  CHECK(&T, u.o.port == 8080);
  CHECK_STR(&T, slice(&u, u.o.pathname_start, u.o.search_start), "/p/a");
  CHECK_STR(&T, slice(&u, u.o.search_start, u.o.hash_start), "?q=1");
  CHECK_STR(&T, u.href + u.o.hash_start, "#frag");
  CHECK(&T, u.o.scheme == ND_SCHEME_HTTPS && u.o.host_kind == ND_HOST_DOMAIN);
  nd_url_free(&u);
  CHECK(&T, nd_url_parse("mailto:x", 8, NULL, 0, &u) == 0);
  CHECK(&T, u.o.host_kind == ND_HOST_NULL && u.o.opaque_path && u.o.port == ND_URL_NONE);
  CHECK(&T, u.o.search_start == ND_URL_NONE && u.o.hash_start == ND_URL_NONE);
  nd_url_free(&u);
}

static char *set(const char *href, nd_url_setter_t which, const char *v) {
  static char buf[1024];
  nd_url_t u = {0};
  if (nd_url_parse(href, strlen(href), NULL, 0, &u) < 0) return strcpy(buf, "FAIL");
  int rc = nd_url_set(&u, which, v, strlen(v));
  snprintf(buf, sizeof buf, "%s%s", rc < 0 ? "!" : "", u.href);
  nd_url_free(&u);
  return buf;
}

static void test_setters(void) {
  CHECK_STR(&T, set("http://a/", ND_URL_SET_PROTOCOL, "https"), "https://a/");
  CHECK_STR(&T, set("http://a/", ND_URL_SET_PROTOCOL, "foo"), "http://a/");
  CHECK_STR(&T, set("http://a:443/", ND_URL_SET_PROTOCOL, "https"), "https://a/");
  CHECK_STR(&T, set("http://a/", ND_URL_SET_USERNAME, "u@:"), "http://u%40%3A@a/");
  CHECK_STR(&T, set("file:///x", ND_URL_SET_USERNAME, "u"), "!file:///x");
  CHECK_STR(&T, set("http://a/p", ND_URL_SET_HOST, "b:81"), "http://b:81/p");
  CHECK_STR(&T, set("http://a/p", ND_URL_SET_HOST, "b:x"), "!http://b/p");
  CHECK_STR(&T, set("http://a/p", ND_URL_SET_HOSTNAME, "b:81"), "!http://a/p");
  CHECK_STR(&T, set("http://a/", ND_URL_SET_PORT, "80"), "http://a/");
  CHECK_STR(&T, set("http://a/", ND_URL_SET_PORT, "8080abc"), "http://a:8080/");
  CHECK_STR(&T, set("http://a:1/", ND_URL_SET_PORT, ""), "http://a/");
  CHECK_STR(&T, set("http://a/x", ND_URL_SET_PATHNAME, "y/../z ?#"), "http://a/z%20%3F%23");
  CHECK_STR(&T, set("http://a/x#h", ND_URL_SET_SEARCH, "??q"), "http://a/x??q#h");
  CHECK_STR(&T, set("http://a/x?q", ND_URL_SET_SEARCH, ""), "http://a/x");
  CHECK_STR(&T, set("http://a/x", ND_URL_SET_HASH, "#a b"), "http://a/x#a%20b");
  CHECK_STR(&T, set("http://a/x", ND_URL_SET_HREF, "nope"), "!http://a/x");
  CHECK_STR(&T, set("http://a/x", ND_URL_SET_HREF, "ws://b"), "ws://b/");
  CHECK_STR(&T, set("web+x:/p", ND_URL_SET_PATHNAME, "//q"), "web+x:/.//q");
}

/* A setter cuts the href along its offsets; with offsets that do not fit
 * it parses the href instead. Both must give the same URL. */
#define COUNT(a) (sizeof(a) / sizeof((a)[0]))

static void test_setters_cut(void) {
  static const char *hrefs[] = {
      "http://u:p@a.com:81/x/y?q#h", "https://a/", "file:///C:/x?q", "file://h/x", "mailto:x?y#z",
      "web+x:/.//p", "foo://h/p", "foo:", "a:b%20#f", "http://[::1]:8/", "http://1.2.3.4/", "foo://",
      "data:text/plain,x", "blob:https://a/b", "ws://a/?", "http://a/#",
  };
  static const char *values[] = {"", "x", "/y/../z", "b:81", "https", "foo", "88", "?q", "#f", "u@",
                                 "//h", "C:", "localhost", "[::2]", " a "};
  for (size_t i = 0; i < COUNT(hrefs); i++)
    for (int which = ND_URL_SET_PROTOCOL; which <= ND_URL_SET_HASH; which++)
      for (size_t j = 0; j < COUNT(values); j++) {
        nd_url_t a = {0}, b = {0};
        const char *h = hrefs[i], *v = values[j];
        CHECK(&T, nd_url_parse(h, strlen(h), NULL, 0, &a) == 0);
        CHECK(&T, nd_url_parse(h, strlen(h), NULL, 0, &b) == 0);
        b.o.protocol_end = 0; /* does not fit: b is parsed again */
        int ra = nd_url_set(&a, (nd_url_setter_t)which, v, strlen(v));
        int rb = nd_url_set(&b, (nd_url_setter_t)which, v, strlen(v));
        CHECK(&T, ra == rb);
        CHECK_STR(&T, a.href, b.href);
        CHECK(&T, memcmp(&a.o, &b.o, sizeof a.o) == 0);
        nd_url_free(&a);
        nd_url_free(&b);
      }
}

static void test_domains(void) {
  char *out;
  size_t n;
  CHECK(&T, nd_url_domain_to_ascii("M\xc3\xbcnchen.DE", 11, &out, &n) == 0);
  CHECK_STR(&T, out, "xn--mnchen-3ya.de");
  free(out);
  CHECK(&T, nd_url_domain_to_ascii("a b", 3, &out, &n) == 0);
  CHECK_STR(&T, out, "");
  free(out);
  CHECK(&T, nd_url_domain_to_unicode("xn--mnchen-3ya.de", 17, &out, &n) == 0);
  CHECK_STR(&T, out, "m\xc3\xbcnchen.de");
  free(out);
}

int main(void) {
  test_parse();
  test_hosts();
  test_offsets();
  test_setters();
  test_setters_cut();
  test_domains();
  return nd_test_report("test-url", &T);
}
