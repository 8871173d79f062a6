/* Hands the built-ins' bytecode caches (bcache_data.h) to the engine.
 * The caches live in the binary. The start-up modules' caches come first
 * and are mapped in one piece at the first use (a mapping, and a release,
 * per module cost a system call and a TLB flush each) and stay; any other
 * cache is mapped on first use as a mapping of its own and its pages are
 * released once its module body has run. One mapping of the whole region
 * would cost fewer calls, but a fault maps the pages around it too
 * (fault-around, and whole large folios when the page cache holds the
 * binary in them): measured, 1 MB to 4.7 MB of cache resident instead of
 * 0.7 MB. */
#define _GNU_SOURCE
#include "rt/bcache_load.h"

#include <fcntl.h>
#include <link.h>
#include <stdbool.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <unistd.h>

#include "rt/bcache.h"
#include "rt/bcache_data.h"
#include "rt/lib.h"

struct nd_bcache_state {
  int fd;         /* the executable, -1 when unusable */
  off_t base;     /* file offset of nd_bcache_data */
  void *slots;    /* one nd_bcache_slot_size() block per built-in */
  uint8_t **bufs; /* each built-in's cache, mapped on first use */
  uint8_t *startup; /* the start-up modules' caches, mapped together */
  char **texts;   /* each built-in's text, read on first use */
};

typedef struct {
  uintptr_t addr;
  off_t offset;
} find_t;

/* the file offset of an address in the main program's loaded segments */
static int find_offset(struct dl_phdr_info *info, size_t size, void *arg) {
  find_t *f = arg;
  for (int i = 0; i < info->dlpi_phnum; i++) {
    const ElfW(Phdr) *ph = &info->dlpi_phdr[i];
    uintptr_t start = info->dlpi_addr + ph->p_vaddr;
    if (ph->p_type == PT_LOAD && f->addr >= start && f->addr < start + ph->p_filesz) {
      f->offset = (off_t)(f->addr - start + ph->p_offset);
      return 1;
    }
  }
  return 1; /* the first object listed is the program itself */
}

static bool in_startup(const struct nd_bcache_state *s, const uint8_t *p) {
  return s->startup && p >= s->startup && p < s->startup + nd_bcache_startup_len;
}

static struct nd_bcache_state *state_new(JSContextRef ctx) {
  if (nd_bcache_version == 0 || nd_bcache_version != nd_bcache_engine_version()) return NULL;
  if (!nd_bcache_usable(ctx)) return NULL;
  find_t f = {(uintptr_t)nd_bcache_data, -1};
  dl_iterate_phdr(find_offset, &f);
  if (f.offset < 0) return NULL;
  int fd = open("/proc/self/exe", O_RDONLY | O_CLOEXEC);
  if (fd < 0) return NULL;
  struct nd_bcache_state *s = calloc(1, sizeof *s);
  if (s) {
    s->slots = calloc(nd_lib_count, nd_bcache_slot_size());
    s->bufs = calloc(nd_lib_count, sizeof *s->bufs);
    s->texts = calloc(nd_lib_count, sizeof *s->texts);
  }
  if (!s || !s->slots || !s->bufs || !s->texts) {
    nd_bcache_state_free(s);
    close(fd);
    return NULL;
  }
  s->fd = fd;
  s->base = f.offset;
  if (nd_bcache_startup_len) {
    void *p = mmap(NULL, nd_bcache_startup_len, PROT_READ, MAP_PRIVATE, fd, s->base);
    if (p != MAP_FAILED) s->startup = p;
  }
  return s;
}

JSScriptRef nd_bcache_builtin(nd_rt_t *rt, JSContextRef ctx, const nd_lib_entry_t *e, const char *url) {
  size_t i = (size_t)(e - nd_lib_entries);
  const nd_bcache_span_t *span = &nd_bcache_spans[i];
  if (!span->len || !rt->bcache_ok) return NULL;
  if (!rt->bcache) {
    rt->bcache = state_new(ctx);
    rt->bcache_ok = rt->bcache != NULL;
    if (!rt->bcache) return NULL;
  }
  struct nd_bcache_state *s = rt->bcache;
  if (!s->bufs[i] && s->startup && span->offset + span->len <= nd_bcache_startup_len) {
    s->bufs[i] = s->startup + span->offset;
  } else if (!s->bufs[i]) {
    void *p = mmap(NULL, span->len, PROT_READ, MAP_PRIVATE, s->fd, s->base + (off_t)span->offset);
    if (p == MAP_FAILED) return NULL;
    s->bufs[i] = p;
  }
  if (!s->texts[i] && span->text != SIZE_MAX && span->text + e->len <= span->len) {
    /* the engine's cache holds the text: use that copy, already mapped */
    s->texts[i] = (char *)s->bufs[i] + span->text;
  }
  if (!s->texts[i]) {
    find_t f = {(uintptr_t)e->src, -1};
    dl_iterate_phdr(find_offset, &f);
    char *t = malloc(e->len);
    if (!t) return NULL;
    if (f.offset < 0 || pread(s->fd, t, e->len, f.offset) != (ssize_t)e->len) {
      free(t);
      return NULL;
    }
    s->texts[i] = t;
  }
  void *slot = (char *)s->slots + i * nd_bcache_slot_size();
  return nd_bcache_script_new(ctx, url, s->texts[i], e->len, slot, s->bufs[i], span->len);
}

void nd_bcache_builtin_ran(nd_rt_t *rt, const nd_lib_entry_t *e) {
  struct nd_bcache_state *s = rt->bcache;
  size_t i = (size_t)(e - nd_lib_entries);
  /* a read-only private file mapping: dropped pages are read back on use */
  if (s && s->bufs[i] && !in_startup(s, s->bufs[i])) madvise(s->bufs[i], nd_bcache_spans[i].len, MADV_DONTNEED);
}

void nd_bcache_state_free(struct nd_bcache_state *s) {
  if (!s) return;
  for (size_t i = 0; s->texts && i < nd_lib_count; i++) {
    /* a text is either inside its cache's mapping or read into the heap */
    if (!s->bufs || !s->bufs[i] || s->texts[i] != (char *)s->bufs[i] + nd_bcache_spans[i].text)
      free(s->texts[i]);
  }
  free(s->texts);
  for (size_t i = 0; s->bufs && i < nd_lib_count; i++)
    if (s->bufs[i] && !in_startup(s, s->bufs[i])) munmap(s->bufs[i], nd_bcache_spans[i].len);
  if (s->startup) munmap(s->startup, nd_bcache_startup_len);
  free(s->bufs);
  free(s->slots);
  if (s->fd >= 0) close(s->fd);
  free(s);
}
