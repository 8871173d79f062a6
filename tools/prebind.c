/* Build tool: a copy of the engine's shared library whose references to its
 * own symbols are already bound.
 *
 * JavaScriptCore is linked to bind at load time (BIND_NOW) and refers to
 * ~4 900 of its own exported symbols through relocations the dynamic linker
 * resolves one by one, each a hash and a search of the program's whole
 * library list: measured, about a millisecond of every start. The program
 * is the first object searched and the library the second, so each of
 * those searches ends in the library itself unless the program defines the
 * name (a copy relocation). This tool rewrites exactly those relocations
 * into base-relative ones, which need no search: what `-Bsymbolic` would
 * have produced. Nothing else changes (same code, same build-id, so the
 * same bytecode-cache version and debug info).
 *
 * usage: nd_prebind LIBRARY PROGRAM OUTDIR
 * Writes OUTDIR/<soname of LIBRARY>; the program finds it through its
 * RUNPATH ($ORIGIN/lib) and falls back to the system's copy without it.
 * Only x86-64 ELF is rewritten; anything else is copied unchanged. */
#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

typedef struct {
  uint8_t *data;
  size_t size;
} blob_t;

static int read_file(const char *path, blob_t *b) {
  FILE *f = fopen(path, "rb");
  if (!f) return -errno;
  struct stat st;
  if (fstat(fileno(f), &st) != 0 || st.st_size <= 0) {
    fclose(f);
    return -EINVAL;
  }
  b->size = (size_t)st.st_size;
  b->data = malloc(b->size);
  size_t got = b->data ? fread(b->data, 1, b->size, f) : 0;
  fclose(f);
  if (got != b->size) {
    free(b->data);
    return -EIO;
  }
  return 0;
}

static int write_all(int fd, const uint8_t *p, size_t n) {
  while (n > 0) {
    ssize_t w = write(fd, p, n);
    if (w < 0 && errno == EINTR) continue;
    if (w <= 0) return -1;
    p += w;
    n -= (size_t)w;
  }
  return 0;
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

static Elf64_Shdr *section(const blob_t *b, const Elf64_Ehdr *eh, unsigned i) {
  if (i >= eh->e_shnum) return NULL;
  return at(b, eh->e_shoff + (uint64_t)i * sizeof(Elf64_Shdr), sizeof(Elf64_Shdr));
}

static Elf64_Shdr *find_section(const blob_t *b, const Elf64_Ehdr *eh, uint32_t type) {
  for (unsigned i = 0; i < eh->e_shnum; i++) {
    Elf64_Shdr *sh = section(b, eh, i);
    if (sh && sh->sh_type == type) return sh;
  }
  return NULL;
}

/* a dynamic symbol table with its strings */
typedef struct {
  const Elf64_Sym *syms;
  size_t count;
  const char *strs;
  size_t strs_len;
} symtab_t;

static int load_dynsym(const blob_t *b, const Elf64_Ehdr *eh, symtab_t *t) {
  const Elf64_Shdr *sh = find_section(b, eh, SHT_DYNSYM);
  if (!sh || sh->sh_entsize != sizeof(Elf64_Sym)) return -1;
  const Elf64_Shdr *str = section(b, eh, sh->sh_link);
  if (!str) return -1;
  t->syms = at(b, sh->sh_offset, sh->sh_size);
  t->count = sh->sh_size / sizeof(Elf64_Sym);
  t->strs = at(b, str->sh_offset, str->sh_size);
  t->strs_len = str->sh_size;
  return t->syms && t->strs && t->strs_len ? 0 : -1;
}

static const char *sym_name(const symtab_t *t, const Elf64_Sym *s) {
  if (s->st_name >= t->strs_len || t->strs[t->strs_len - 1] != 0) return NULL;
  return t->strs + s->st_name;
}

/* Does the program define this name? Its definitions come first. */
static bool program_defines(const symtab_t *prog, const char *name) {
  for (size_t i = 1; i < prog->count; i++) {
    const char *n = sym_name(prog, &prog->syms[i]);
    if (prog->syms[i].st_shndx != SHN_UNDEF && n && strcmp(n, name) == 0) return true;
  }
  return false;
}

/* A relocation the dynamic linker would resolve to the library's own
 * definition: a global or weak function or object defined in a section of
 * the library (not absolute, not TLS, not an ifunc, not a unique symbol),
 * with no version to match (the library defines none). */
static bool binds_to_self(const symtab_t *lib, const symtab_t *prog, const Elf64_Sym *s) {
  unsigned bind = ELF64_ST_BIND(s->st_info), type = ELF64_ST_TYPE(s->st_info);
  if (s->st_shndx == SHN_UNDEF || s->st_shndx >= SHN_LORESERVE) return false;
  if (bind != STB_GLOBAL && bind != STB_WEAK) return false;
  if (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE) return false;
  const char *name = sym_name(lib, s);
  return name && *name && !program_defines(prog, name);
}

/* Rewrites the library in place; returns how many relocations now need no
 * lookup, or -1 when the file is not one this tool understands. */
static long prebind(blob_t *lib, const blob_t *prog_file) {
  const Elf64_Ehdr *eh = elf_header(lib), *peh = elf_header(prog_file);
  symtab_t syms, prog = {0};
  if (!eh || !peh || eh->e_type != ET_DYN || load_dynsym(lib, eh, &syms) != 0) return -1;
  if (find_section(lib, eh, SHT_GNU_verdef)) return -1; /* versions: not handled */
  if (load_dynsym(prog_file, peh, &prog) != 0) return -1;
  long n = 0;
  for (unsigned i = 0; i < eh->e_shnum; i++) {
    const Elf64_Shdr *sh = section(lib, eh, i);
    if (!sh || sh->sh_type != SHT_RELA) continue;
    const Elf64_Shdr *link = section(lib, eh, sh->sh_link);
    if (!link || link->sh_type != SHT_DYNSYM || sh->sh_entsize != sizeof(Elf64_Rela)) continue;
    Elf64_Rela *r = at(lib, sh->sh_offset, sh->sh_size);
    if (!r) return -1;
    for (size_t k = 0; k < sh->sh_size / sizeof *r; k++) {
      uint32_t type = ELF64_R_TYPE(r[k].r_info);
      size_t si = ELF64_R_SYM(r[k].r_info);
      if (type != R_X86_64_64 && type != R_X86_64_GLOB_DAT && type != R_X86_64_JUMP_SLOT) continue;
      /* GLOB_DAT and JUMP_SLOT are the symbol's address alone */
      if (type != R_X86_64_64 && r[k].r_addend != 0) continue;
      if (si == 0 || si >= syms.count || !binds_to_self(&syms, &prog, &syms.syms[si])) continue;
      r[k].r_addend = (int64_t)syms.syms[si].st_value + (type == R_X86_64_64 ? r[k].r_addend : 0);
      r[k].r_info = ELF64_R_INFO(0, R_X86_64_RELATIVE);
      n++;
    }
  }
  return n;
}

static const char *soname(const blob_t *b) {
  const Elf64_Ehdr *eh = elf_header(b);
  const Elf64_Shdr *dyn = eh ? find_section(b, eh, SHT_DYNAMIC) : NULL;
  const Elf64_Shdr *str = dyn ? section(b, eh, dyn->sh_link) : NULL;
  const Elf64_Dyn *d = dyn ? at(b, dyn->sh_offset, dyn->sh_size) : NULL;
  const char *strs = str ? at(b, str->sh_offset, str->sh_size) : NULL;
  if (!d || !strs || !str->sh_size || strs[str->sh_size - 1] != 0) return NULL;
  for (size_t i = 0; i < dyn->sh_size / sizeof *d && d[i].d_tag != DT_NULL; i++)
    if (d[i].d_tag == DT_SONAME && d[i].d_un.d_val < str->sh_size) return strs + d[i].d_un.d_val;
  return NULL;
}

int main(int argc, char **argv) {
  if (argc != 4) {
    fprintf(stderr, "usage: %s LIBRARY PROGRAM OUTDIR\n", argv[0]);
    return 2;
  }
  blob_t lib, prog;
  int rc = read_file(argv[1], &lib);
  if (rc == 0) rc = read_file(argv[2], &prog);
  if (rc != 0) {
    fprintf(stderr, "nd_prebind: %s\n", strerror(-rc));
    return 1;
  }
  const char *so = soname(&lib);
  char *name = so && !strchr(so, '/') ? strdup(so) : NULL;
  if (!name) {
    fprintf(stderr, "nd_prebind: %s has no soname\n", argv[1]);
    return 1;
  }
  long n = prebind(&lib, &prog);
  if (n < 0) {
    /* still a working copy: the loader binds it as it would the original */
    fprintf(stderr, "nd_prebind: %s left as it is (not a file this tool rewrites)\n", argv[1]);
    free(lib.data);
    if (read_file(argv[1], &lib) != 0) return 1;
  }
  mkdir(argv[3], 0755);
  size_t len = strlen(argv[3]) + strlen(name) + 8;
  char *out = malloc(len), *tmp = malloc(len);
  snprintf(out, len, "%s/%s", argv[3], name);
  snprintf(tmp, len, "%s/.%s~", argv[3], name);
  /* written aside and renamed: a running program keeps the file it mapped */
  int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0755);
  bool ok = fd >= 0 && write_all(fd, lib.data, lib.size) == 0 && fdatasync(fd) == 0;
  /* Freshly written, the file sits in the page cache as large folios, and
   * a fault then maps a whole folio: +13 MB resident at every start until
   * the cache is dropped. Dropped now, the first start reads it back in
   * the loader's own pattern. */
  if (ok) posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  if (fd >= 0 && close(fd) != 0) ok = false;
  if (!ok || rename(tmp, out) != 0) {
    fprintf(stderr, "nd_prebind: cannot write %s: %s\n", out, strerror(errno));
    unlink(tmp);
    return 1;
  }
  printf("nd_prebind: %s: %ld relocations bound to the library itself\n", out, n < 0 ? 0 : n);
  free(lib.data);
  free(prog.data);
  free(name);
  free(out);
  free(tmp);
  return 0;
}
