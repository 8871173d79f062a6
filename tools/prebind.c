/* Build tool: a copy of the engine's shared library made cheaper to load.
 *
 * 1. Its references to its own symbols come already bound. JavaScriptCore
 *    is linked to bind at load time (BIND_NOW) and refers to ~4 900 of its
 *    own exported symbols through relocations the dynamic linker resolves
 *    one by one, each a hash and a search of the program's library list.
 *    The program is the first object searched and the library the second,
 *    so each search ends in the library itself unless the program defines
 *    the name (a copy relocation): those relocations become base-relative
 *    ones, what `-Bsymbolic` would have produced.
 * 2. Libraries it names but a nodus process never calls into (GIO for the
 *    remote inspector's sockets and D-Bus, libsystemd for the journal) are
 *    dropped from its list: loading them and the 11 they pull in cost a
 *    millisecond at every start. The program defines the functions the
 *    engine imports from them as trampolines that load the library on the
 *    first call (src/rt/deferred.c), from the list this tool writes.
 * Code, data and build-id stay as they were (same bytecode-cache version,
 * same debug info).
 *
 * usage: nd_prebind --symbols OUT.h LIBRARY [SONAME...] [-- NAME...]
 *          writes the trampoline list for the libraries to defer, with the
 *          functions NAME (or NAME_<n>, ICU's names) the program calls itself
 *        nd_prebind LIBRARY PROGRAM OUTDIR [SONAME...]
 *          writes OUTDIR/<soname of LIBRARY>, deferring each SONAME the
 *          PROGRAM has every trampoline for
 * The program finds the copy through its RUNPATH ($ORIGIN/lib) and falls
 * back to the system's without it. Only x86-64 ELF is rewritten; anything
 * else is copied unchanged and defers nothing. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <link.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "rt/io.h"

enum { MAX_DEFER = 16 };

typedef struct {
  uint8_t *data;
  size_t size;
} blob_t;

/* a private writable mapping: edits stay in this process */
static int map_file(const char *path, blob_t *b) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return -errno;
  struct stat st;
  if (fstat(fd, &st) != 0 || st.st_size <= 0) {
    close(fd);
    return -EINVAL;
  }
  b->size = (size_t)st.st_size;
  b->data = mmap(NULL, b->size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
  close(fd);
  return b->data == MAP_FAILED ? -ENOMEM : 0;
}

/* bounds-checked view of [off, off + len) */
static void *at(const blob_t *b, uint64_t off, uint64_t len) {
  if (off > b->size || len > b->size - off) return NULL;
  return b->data + off;
}

static const Elf64_Ehdr *elf_header(const blob_t *b) {
  const Elf64_Ehdr *eh = at(b, 0, sizeof *eh);
  if (!eh || memcmp(eh->e_ident, ELFMAG, SELFMAG) != 0 || eh->e_ident[EI_CLASS] != ELFCLASS64 ||
      eh->e_ident[EI_DATA] != ELFDATA2LSB || eh->e_machine != EM_X86_64 ||
      eh->e_shentsize != sizeof(Elf64_Shdr))
    return NULL;
  return eh;
}

static Elf64_Shdr *section(const blob_t *b, unsigned i) {
  const Elf64_Ehdr *eh = elf_header(b);
  if (!eh || i >= eh->e_shnum) return NULL;
  return at(b, eh->e_shoff + (uint64_t)i * sizeof(Elf64_Shdr), sizeof(Elf64_Shdr));
}

static Elf64_Shdr *find_section(const blob_t *b, uint32_t type) {
  const Elf64_Ehdr *eh = elf_header(b);
  for (unsigned i = 0; eh && i < eh->e_shnum; i++) {
    Elf64_Shdr *sh = section(b, i);
    if (sh && sh->sh_type == type) return sh;
  }
  return NULL;
}

/* what the dynamic linker reads of an object: symbols, their strings and
 * versions, the dynamic array */
typedef struct {
  const char *path;
  blob_t file;
  Elf64_Sym *syms;
  size_t count;
  const char *strs;
  size_t strs_len;
  uint16_t *versym; /* NULL without versions */
  Elf64_Dyn *dyn;
  size_t dyn_count;
} object_t;

static int object_open(const char *path, object_t *o) {
  memset(o, 0, sizeof *o);
  o->path = path;
  if (map_file(path, &o->file) != 0 || !elf_header(&o->file)) return -1;
  blob_t *b = &o->file;
  const Elf64_Shdr *sh = find_section(b, SHT_DYNSYM);
  if (!sh || sh->sh_entsize != sizeof(Elf64_Sym)) return -1;
  const Elf64_Shdr *str = section(b, sh->sh_link);
  if (!str) return -1;
  o->syms = at(b, sh->sh_offset, sh->sh_size);
  o->count = sh->sh_size / sizeof(Elf64_Sym);
  o->strs = at(b, str->sh_offset, str->sh_size);
  o->strs_len = str->sh_size;
  if (!o->syms || !o->strs || !o->strs_len || o->strs[o->strs_len - 1] != 0) return -1;
  const Elf64_Shdr *vs = find_section(b, SHT_GNU_versym);
  if (vs && vs->sh_size / 2 == o->count) o->versym = at(b, vs->sh_offset, vs->sh_size);
  const Elf64_Shdr *dyn = find_section(b, SHT_DYNAMIC);
  if (dyn) {
    o->dyn = at(b, dyn->sh_offset, dyn->sh_size);
    o->dyn_count = o->dyn ? dyn->sh_size / sizeof(Elf64_Dyn) : 0;
  }
  return 0;
}

static void object_close(object_t *o) {
  if (o->file.data && o->file.data != MAP_FAILED) munmap(o->file.data, o->file.size);
  const char *path = o->path;
  memset(o, 0, sizeof *o);
  o->path = path;
}

static const char *str_at(const object_t *o, uint64_t off) {
  return off < o->strs_len ? o->strs + off : NULL;
}

static const char *sym_name(const object_t *o, size_t i) { return str_at(o, o->syms[i].st_name); }

static bool is_defined(const Elf64_Sym *s) {
  unsigned bind = ELF64_ST_BIND(s->st_info);
  return s->st_shndx != SHN_UNDEF && (bind == STB_GLOBAL || bind == STB_WEAK);
}

static const Elf64_Sym *lookup(const object_t *o, const char *name) {
  for (size_t i = 1; i < o->count; i++) {
    const char *n = sym_name(o, i);
    if (is_defined(&o->syms[i]) && n && strcmp(n, name) == 0) return &o->syms[i];
  }
  return NULL;
}

static const char *dyn_string(const object_t *o, int64_t tag, size_t *from) {
  for (size_t i = from ? *from : 0; i < o->dyn_count && o->dyn[i].d_tag != DT_NULL; i++) {
    if (o->dyn[i].d_tag != tag) continue;
    if (from) *from = i + 1;
    return str_at(o, o->dyn[i].d_un.d_val);
  }
  return NULL;
}

static bool needs(const object_t *o, const char *soname) {
  size_t i = 0;
  for (const char *n; (n = dyn_string(o, DT_NEEDED, &i));)
    if (strcmp(n, soname) == 0) return true;
  return false;
}

/* ---- versions the library needs (.gnu.version_r) ---- */

static Elf64_Dyn *dyn_entry(object_t *o, int64_t tag) {
  for (size_t i = 0; i < o->dyn_count && o->dyn[i].d_tag != DT_NULL; i++)
    if (o->dyn[i].d_tag == tag) return &o->dyn[i];
  return NULL;
}

/* file offset of the version-needs chain (addresses equal offsets in the
 * first, read-only segment where linkers put it) */
static Elf64_Shdr *verneed_section(object_t *o) { return find_section(&o->file, SHT_GNU_verneed); }

/* The file a versioned reference is tied to, and the version's name. */
static const char *version_of(object_t *o, uint16_t ndx, const char **file) {
  Elf64_Shdr *sh = verneed_section(o);
  uint64_t off = sh ? sh->sh_offset : 0;
  for (unsigned n = 0; sh && n < sh->sh_info; n++) {
    Elf64_Verneed *vn = at(&o->file, off, sizeof *vn);
    if (!vn) return NULL;
    uint64_t aoff = off + vn->vn_aux;
    for (unsigned k = 0; k < vn->vn_cnt; k++) {
      Elf64_Vernaux *va = at(&o->file, aoff, sizeof *va);
      if (!va) return NULL;
      if ((va->vna_other & 0x7fff) == ndx) {
        *file = str_at(o, vn->vn_file);
        return str_at(o, va->vna_name);
      }
      if (!va->vna_next) break;
      aoff += va->vna_next;
    }
    if (!vn->vn_next) break;
    off += vn->vn_next;
  }
  return NULL;
}

/* Unlinks the entry for `soname`; its versions' references become
 * unversioned (they are bound to the program's trampolines). */
static int drop_verneed(object_t *o, const char *soname) {
  Elf64_Shdr *sh = verneed_section(o);
  Elf64_Dyn *dv = dyn_entry(o, DT_VERNEED), *dn = dyn_entry(o, DT_VERNEEDNUM);
  if (!sh || !dv || !dn) return 0;
  Elf64_Verneed *prev = NULL;
  uint64_t off = sh->sh_offset;
  for (unsigned n = 0; n < sh->sh_info; n++) {
    Elf64_Verneed *vn = at(&o->file, off, sizeof *vn);
    if (!vn) return -1;
    const char *file = str_at(o, vn->vn_file);
    if (file && strcmp(file, soname) == 0) {
      uint64_t aoff = off + vn->vn_aux;
      for (unsigned k = 0; k < vn->vn_cnt; k++) {
        Elf64_Vernaux *va = at(&o->file, aoff, sizeof *va);
        if (!va) return -1;
        for (size_t i = 0; o->versym && i < o->count; i++)
          if ((o->versym[i] & 0x7fff) == (va->vna_other & 0x7fff)) o->versym[i] = VER_NDX_GLOBAL;
        if (!va->vna_next) break;
        aoff += va->vna_next;
      }
      if (prev)
        prev->vn_next = vn->vn_next ? prev->vn_next + vn->vn_next : 0;
      else if (vn->vn_next) {
        dv->d_un.d_ptr += vn->vn_next;
        sh->sh_offset += vn->vn_next;
        sh->sh_addr += vn->vn_next;
      }
      dn->d_un.d_val--;
      sh->sh_info--;
      return 0;
    }
    if (!vn->vn_next) break;
    prev = vn;
    off += vn->vn_next;
  }
  return 0;
}

static void drop_needed(object_t *o, const char *soname) {
  size_t j = 0;
  for (size_t i = 0; i < o->dyn_count; i++) {
    const char *n = o->dyn[i].d_tag == DT_NEEDED ? str_at(o, o->dyn[i].d_un.d_val) : NULL;
    if (n && strcmp(n, soname) == 0) continue;
    o->dyn[j++] = o->dyn[i];
  }
  for (; j < o->dyn_count; j++) o->dyn[j] = (Elf64_Dyn){.d_tag = DT_NULL};
}

/* ---- what the engine imports from a library to defer ---- */

typedef struct {
  const char *soname;
  object_t obj;
  size_t *syms; /* indexes into the engine's symbols */
  size_t nsyms;
  bool ok;
} defer_t;

static bool is_identifier(const char *s) {
  if (!*s || (*s >= '0' && *s <= '9')) return false;
  for (; *s; s++)
    if (!(*s == '_' || (*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z') ||
          (*s >= '0' && *s <= '9')))
      return false;
  return true;
}

/* the loader's own answer to where a library is */
static const char *library_path(const char *soname) {
  void *h = dlopen(soname, RTLD_LAZY | RTLD_LOCAL);
  struct link_map *map = NULL;
  if (!h || dlinfo(h, RTLD_DI_LINKMAP, &map) != 0 || !map || !map->l_name[0]) return NULL;
  return map->l_name;
}

/* The engine's undefined functions that `d` provides. Deferrable only when
 * each is a function of `d` and of no other library the engine names, and
 * a C identifier (the trampolines are assembler labels). */
static void defer_plan(object_t *lib, defer_t *d, object_t *others, size_t nothers) {
  d->ok = false;
  if (!needs(lib, d->soname)) return;
  const char *path = library_path(d->soname);
  if (!path || object_open(path, &d->obj) != 0) return;
  d->syms = calloc(lib->count, sizeof *d->syms);
  if (!d->syms) return;
  for (size_t i = 1; i < lib->count; i++) {
    const Elf64_Sym *s = &lib->syms[i];
    const char *name = sym_name(lib, i);
    if (s->st_shndx != SHN_UNDEF || !name || !*name) continue;
    uint16_t v = lib->versym ? lib->versym[i] & 0x7fff : VER_NDX_GLOBAL;
    const char *file = NULL;
    if (v > VER_NDX_GLOBAL && (!version_of(lib, v, &file) || strcmp(file, d->soname) != 0))
      continue;
    const Elf64_Sym *def = lookup(&d->obj, name);
    if (!def) continue;
    if (ELF64_ST_TYPE(def->st_info) != STT_FUNC || !is_identifier(name)) return;
    for (size_t k = 0; k < nothers; k++)
      if (lookup(&others[k], name)) return;
    d->syms[d->nsyms++] = i;
  }
  d->ok = true;
}

/* the engine's other libraries, where a name could also be defined */
static size_t open_others(object_t *lib, defer_t *defer, size_t ndefer, object_t *others,
                          size_t max) {
  size_t n = 0, from = 0;
  for (const char *so; n < max && (so = dyn_string(lib, DT_NEEDED, &from));) {
    bool deferred = false;
    for (size_t k = 0; k < ndefer; k++) deferred |= strcmp(defer[k].soname, so) == 0;
    const char *path = deferred ? NULL : library_path(so);
    if (path && object_open(path, &others[n]) == 0) n++;
  }
  return n;
}

/* NAME, or NAME_<digits> (ICU's versioned names) */
static bool names_match(const char *sym, const char *base) {
  size_t n = strlen(base);
  if (strncmp(sym, base, n) != 0) return false;
  if (!sym[n]) return true;
  if (sym[n] != '_' || !sym[n + 1]) return false;
  for (const char *p = sym + n + 1; *p; p++)
    if (*p < '0' || *p > '9') return false;
  return true;
}

/* A function of a deferred library the program calls itself: its full
 * name, and which library. */
static const char *find_extra(defer_t *defer, size_t ndefer, const char *base, size_t *which) {
  for (size_t k = 0; k < ndefer; k++) {
    object_t *o = &defer[k].obj;
    for (size_t i = 1; defer[k].ok && i < o->count; i++) {
      const char *n = sym_name(o, i);
      if (n && is_defined(&o->syms[i]) && ELF64_ST_TYPE(o->syms[i].st_info) == STT_FUNC &&
          names_match(n, base) && is_identifier(n)) {
        *which = k;
        return n;
      }
    }
  }
  return NULL;
}

typedef struct {
  const char *name, *version;
  size_t lib;
} entry_t;

static int write_symbols(const char *out, object_t *lib, defer_t *defer, size_t ndefer,
                         char **extra, size_t nextra) {
  size_t cap = nextra;
  for (size_t k = 0; k < ndefer; k++) cap += defer[k].ok ? defer[k].nsyms : 0;
  entry_t *e = calloc(cap + 1, sizeof *e);
  size_t n = 0;
  if (!e) return -1;
  for (size_t k = 0; k < ndefer; k++) {
    for (size_t j = 0; defer[k].ok && j < defer[k].nsyms; j++) {
      size_t i = defer[k].syms[j];
      uint16_t v = lib->versym ? lib->versym[i] & 0x7fff : VER_NDX_GLOBAL;
      const char *file = NULL;
      e[n++] =
          (entry_t){sym_name(lib, i), v > VER_NDX_GLOBAL ? version_of(lib, v, &file) : NULL, k};
    }
  }
  for (size_t x = 0; x < nextra; x++) {
    size_t k = 0;
    const char *name = find_extra(defer, ndefer, extra[x], &k);
    if (!name) {
      fprintf(stderr, "nd_prebind: %s is a function of none of the deferred libraries\n", extra[x]);
      free(e);
      return -1;
    }
    bool dup = false;
    for (size_t i = 0; i < n; i++) dup |= strcmp(e[i].name, name) == 0;
    if (!dup) e[n++] = (entry_t){name, NULL, k};
  }
  FILE *f = fopen(out, "w");
  if (!f) {
    free(e);
    return -1;
  }
  fprintf(f,
          "/* generated by tools/prebind.c: the functions of the libraries nodus loads on\n"
          " * first use that the engine library or nodus calls (src/rt/deferred.c) */\n"
          "#ifndef ND_DEFERRED_COUNT\n#define ND_DEFERRED_COUNT %zu\n#endif\n",
          n);
  for (size_t k = 0; k < ndefer; k++)
    if (defer[k].ok) fprintf(f, "ND_DEFERRED_LIB(%zu, \"%s\")\n", k, defer[k].soname);
  for (size_t i = 0; i < n; i++)
    fprintf(f, "ND_DEFERRED_SYM(%zu, %zu, %s, %s%s%s)\n", i, e[i].lib, e[i].name,
            e[i].version ? "\"" : "", e[i].version ? e[i].version : "NULL",
            e[i].version ? "\"" : "");
  free(e);
  return fclose(f);
}

/* ---- binding the library's references to itself ---- */

/* A relocation the dynamic linker would resolve to the library's own
 * definition: a global or weak function or object defined in a section of
 * the library (not absolute, not TLS, not an ifunc, not a unique symbol),
 * with no version to match (the library defines none), not defined by the
 * program, whose definitions come first. */
static bool binds_to_self(const object_t *lib, const object_t *prog, size_t i) {
  const Elf64_Sym *s = &lib->syms[i];
  unsigned type = ELF64_ST_TYPE(s->st_info);
  if (!is_defined(s) || s->st_shndx >= SHN_LORESERVE) return false;
  if (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE) return false;
  const char *name = sym_name(lib, i);
  return name && *name && !lookup(prog, name);
}

/* returns how many relocations now need no lookup, or -1 */
static long bind_self(object_t *lib, const object_t *prog) {
  if (find_section(&lib->file, SHT_GNU_verdef)) return -1; /* versions: not handled */
  const Elf64_Ehdr *eh = elf_header(&lib->file);
  long n = 0;
  for (unsigned s = 0; s < eh->e_shnum; s++) {
    const Elf64_Shdr *sh = section(&lib->file, s);
    if (!sh || sh->sh_type != SHT_RELA || sh->sh_entsize != sizeof(Elf64_Rela)) continue;
    const Elf64_Shdr *link = section(&lib->file, sh->sh_link);
    if (!link || link->sh_type != SHT_DYNSYM) continue;
    Elf64_Rela *r = at(&lib->file, sh->sh_offset, sh->sh_size);
    if (!r) return -1;
    for (size_t k = 0; k < sh->sh_size / sizeof *r; k++) {
      uint32_t type = ELF64_R_TYPE(r[k].r_info);
      size_t si = ELF64_R_SYM(r[k].r_info);
      if (type != R_X86_64_64 && type != R_X86_64_GLOB_DAT && type != R_X86_64_JUMP_SLOT) continue;
      /* GLOB_DAT and JUMP_SLOT are the symbol's address alone */
      if (type != R_X86_64_64 && r[k].r_addend != 0) continue;
      if (si == 0 || si >= lib->count || !binds_to_self(lib, prog, si)) continue;
      int64_t addend = type == R_X86_64_64 ? r[k].r_addend : 0;
      r[k].r_addend = (int64_t)lib->syms[si].st_value + addend;
      r[k].r_info = ELF64_R_INFO(0, R_X86_64_RELATIVE);
      n++;
    }
  }
  return n;
}

/* A file just written sits in the page cache as large folios, and a fault
 * then maps a whole folio: measured, +13 MB resident at every start for the
 * library, +1.7 MB for the program, until the cache is dropped. Dropped
 * now, the first start reads it back in the loader's own pattern. */
static void drop_cached(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return;
  if (fdatasync(fd) == 0) posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  close(fd);
}

static int write_copy(const char *dir, const char *name, const blob_t *b) {
  mkdir(dir, 0755);
  size_t len = strlen(dir) + strlen(name) + 8;
  char *out = malloc(len), *tmp = malloc(len);
  if (!out || !tmp) return -1;
  snprintf(out, len, "%s/%s", dir, name);
  snprintf(tmp, len, "%s/.%s~", dir, name);
  /* written aside and renamed: a running program keeps the file it mapped */
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0755);
  bool ok = fd >= 0 && nd_write_all(fd, (const char *)b->data, b->size) == 0;
  if (fd >= 0 && close(fd) != 0) ok = false;
  if (ok) drop_cached(tmp);
  if (!ok || rename(tmp, out) != 0) {
    fprintf(stderr, "nd_prebind: cannot write %s: %s\n", out, strerror(errno));
    unlink(tmp);
    ok = false;
  }
  free(out);
  free(tmp);
  return ok ? 0 : -1;
}

static int write_library(const char *prog_path, const char *outdir, object_t *lib, object_t *prog,
                         defer_t *defer, size_t ndefer);

int main(int argc, char **argv) {
  bool symbols = argc >= 4 && strcmp(argv[1], "--symbols") == 0;
  if (!symbols && argc < 4) {
    fprintf(stderr,
            "usage: %s --symbols OUT.h LIBRARY [SONAME...] [-- NAME...]\n"
            "       %s LIBRARY PROGRAM OUTDIR [SONAME...]\n",
            argv[0], argv[0]);
    return 2;
  }
  const char *lib_path = symbols ? argv[3] : argv[1];
  int first_defer = 4;
  object_t lib, prog = {0}, others[32];
  defer_t defer[MAX_DEFER] = {0};
  size_t ndefer = 0;
  bool rewritable = object_open(lib_path, &lib) == 0 && lib.dyn;
  if (!rewritable && !lib.file.data) {
    fprintf(stderr, "nd_prebind: cannot read %s\n", lib_path);
    return 1;
  }
  int i = first_defer;
  for (; i < argc && strcmp(argv[i], "--") != 0 && ndefer < MAX_DEFER; i++)
    defer[ndefer++].soname = argv[i];
  char **extra = i < argc ? argv + i + 1 : NULL;
  size_t nextra = i < argc ? (size_t)(argc - i - 1) : 0;
  size_t nothers = rewritable ? open_others(&lib, defer, ndefer, others, 32) : 0;
  for (size_t k = 0; rewritable && k < ndefer; k++) defer_plan(&lib, &defer[k], others, nothers);

  int rc = symbols ? (write_symbols(argv[2], &lib, defer, ndefer, extra, nextra) == 0 ? 0 : 1)
                   : write_library(argv[2], argv[3], &lib, &prog, defer, ndefer);
  for (size_t k = 0; k < ndefer; k++) {
    free(defer[k].syms);
    object_close(&defer[k].obj);
  }
  for (size_t k = 0; k < nothers; k++) object_close(&others[k]);
  object_close(&prog);
  object_close(&lib);
  return rc;
}

/* the copy: bound, without the deferred libraries, in OUTDIR */
static int write_library(const char *prog_path, const char *outdir, object_t *lib, object_t *prog,
                         defer_t *defer, size_t ndefer) {
  const char *soname = dyn_string(lib, DT_SONAME, NULL);
  if (!soname || strchr(soname, '/')) {
    fprintf(stderr, "nd_prebind: %s has no soname\n", lib->path);
    return 1;
  }
  char name[256];
  snprintf(name, sizeof name, "%s", soname);
  long bound = -1;
  if (lib->dyn && object_open(prog_path, prog) == 0) bound = bind_self(lib, prog);
  if (bound < 0) {
    /* still a working copy: the loader binds it as it would the original */
    fprintf(stderr, "nd_prebind: %s copied as it is (not a file this tool rewrites)\n", lib->path);
    object_close(lib);
    if (map_file(lib->path, &lib->file) != 0) return 1;
  }
  for (size_t k = 0; bound >= 0 && k < ndefer; k++) {
    if (!defer[k].ok) continue;
    bool all = true;
    for (size_t j = 0; j < defer[k].nsyms; j++) {
      const Elf64_Sym *t = lookup(prog, sym_name(lib, defer[k].syms[j]));
      all &= t && ELF64_ST_TYPE(t->st_info) == STT_FUNC;
    }
    if (!all) {
      fprintf(stderr, "nd_prebind: %s kept: the program lacks its trampolines\n", defer[k].soname);
      continue;
    }
    if (drop_verneed(lib, defer[k].soname) != 0) return 1;
    drop_needed(lib, defer[k].soname);
    printf("nd_prebind: %s loaded on first use (%zu functions)\n", defer[k].soname, defer[k].nsyms);
  }
  if (write_copy(outdir, name, &lib->file) != 0) return 1;
  drop_cached(prog_path);
  printf("nd_prebind: %s/%s: %ld relocations bound to the library itself\n", outdir, name,
         bound < 0 ? 0 : bound);
  return 0;
}
