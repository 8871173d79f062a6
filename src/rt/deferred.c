/* Libraries the engine names but nodus loads only on first use.
 *
 * The engine library links GIO (its remote inspector's sockets, D-Bus) and
 * libsystemd (logging to the journal); a nodus process never reaches that
 * code, yet loading the two and the 11 libraries they pull in cost about a
 * millisecond of every start. The build's copy of the engine library
 * (tools/prebind.c, build/lib/) no longer names them; the functions it
 * imports from them are defined here, each a jump through a slot that
 * first points at a resolver: it loads the library, looks the function up
 * and stores it in the slot, then continues into it with the caller's
 * registers and stack untouched. With the system's copy of the engine the
 * same functions bind here too and simply find their library loaded.
 * The list comes from the build (gen/nd_deferred.h); x86-64 only. */
#if defined(__x86_64__) && defined(__linux__) && __has_include("nd_deferred.h")
#define ND_DEFERRED_LIB(i, soname)
#define ND_DEFERRED_SYM(i, lib, name, version)
#include "nd_deferred.h"
#undef ND_DEFERRED_SYM
#undef ND_DEFERRED_LIB
#endif

#if defined(ND_DEFERRED_COUNT) && ND_DEFERRED_COUNT > 0
#define _GNU_SOURCE
#include <dlfcn.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

/* ---- the tables ---- */

#define ND_DEFERRED_LIB(i, soname) [i] = soname,
#define ND_DEFERRED_SYM(i, lib, name, version)
static const char *const deferred_libs[] = {
#include "nd_deferred.h"
};
#undef ND_DEFERRED_SYM
#undef ND_DEFERRED_LIB

typedef struct {
  const char *name;
  const char *version; /* NULL: the library's default */
  unsigned lib;
} deferred_sym_t;

#define ND_DEFERRED_LIB(i, soname)
#define ND_DEFERRED_SYM(i, lib, name, version) [i] = {#name, version, lib},
static const deferred_sym_t deferred_syms[] = {
#include "nd_deferred.h"
};
#undef ND_DEFERRED_SYM

/* where each trampoline jumps: its resolver until resolved */
#define ND_DEFERRED_SYM(i, lib, name, version) extern char nd__deferred_first_##i[];
#include "nd_deferred.h"
#undef ND_DEFERRED_SYM
#define ND_DEFERRED_SYM(i, lib, name, version) [i] = nd__deferred_first_##i,
__attribute__((visibility("hidden"), used)) void *nd__deferred_slots[] = {
#include "nd_deferred.h"
};
#undef ND_DEFERRED_SYM
#undef ND_DEFERRED_LIB

/* Each function: an exported jump through its slot, and a first target
 * that says which function it is (in %r11: not an argument register, and
 * %rax carries a variadic call's vector count) and joins the resolver. */
// clang-format off
#define ND_DEFERRED_LIB(i, soname)
#define ND_DEFERRED_SYM(i, lib, name, version)                                 \
  __asm__(".text\n"                                                            \
          ".globl " #name "\n"                                                 \
          ".type " #name ", @function\n" #name ":\n"                           \
          "  jmp *nd__deferred_slots+8*" #i "(%rip)\n"                         \
          ".size " #name ", .-" #name "\n"                                     \
          ".globl nd__deferred_first_" #i "\n"                                 \
          ".hidden nd__deferred_first_" #i "\n"                                \
          "nd__deferred_first_" #i ":\n"                                       \
          "  movl $" #i ", %r11d\n"                                            \
          "  jmp nd__deferred_enter\n");
#include "nd_deferred.h"
#undef ND_DEFERRED_SYM
#undef ND_DEFERRED_LIB

/* Saves the argument registers (integer, vector, the variadic count),
 * resolves, restores them and tail-jumps into the function: the caller's
 * return address and stacked arguments are where the function expects. */
__asm__(".text\n"
        ".hidden nd__deferred_enter\n"
        "nd__deferred_enter:\n"
        "  push %rbp\n"
        "  mov %rsp, %rbp\n"
        "  sub $192, %rsp\n"
        "  and $-16, %rsp\n"
        "  mov %rdi, 0(%rsp)\n"
        "  mov %rsi, 8(%rsp)\n"
        "  mov %rdx, 16(%rsp)\n"
        "  mov %rcx, 24(%rsp)\n"
        "  mov %r8, 32(%rsp)\n"
        "  mov %r9, 40(%rsp)\n"
        "  mov %rax, 48(%rsp)\n"
        "  movdqa %xmm0, 64(%rsp)\n"
        "  movdqa %xmm1, 80(%rsp)\n"
        "  movdqa %xmm2, 96(%rsp)\n"
        "  movdqa %xmm3, 112(%rsp)\n"
        "  movdqa %xmm4, 128(%rsp)\n"
        "  movdqa %xmm5, 144(%rsp)\n"
        "  movdqa %xmm6, 160(%rsp)\n"
        "  movdqa %xmm7, 176(%rsp)\n"
        "  mov %r11d, %edi\n"
        "  call nd__deferred_resolve\n"
        "  mov %rax, %r11\n"
        "  mov 0(%rsp), %rdi\n"
        "  mov 8(%rsp), %rsi\n"
        "  mov 16(%rsp), %rdx\n"
        "  mov 24(%rsp), %rcx\n"
        "  mov 32(%rsp), %r8\n"
        "  mov 40(%rsp), %r9\n"
        "  mov 48(%rsp), %rax\n"
        "  movdqa 64(%rsp), %xmm0\n"
        "  movdqa 80(%rsp), %xmm1\n"
        "  movdqa 96(%rsp), %xmm2\n"
        "  movdqa 112(%rsp), %xmm3\n"
        "  movdqa 128(%rsp), %xmm4\n"
        "  movdqa 144(%rsp), %xmm5\n"
        "  movdqa 160(%rsp), %xmm6\n"
        "  movdqa 176(%rsp), %xmm7\n"
        "  mov %rbp, %rsp\n"
        "  pop %rbp\n"
        "  jmp *%r11\n");
// clang-format on

/* recursive: a library's constructors may call another deferred function */
static pthread_mutex_t deferred_lock = PTHREAD_RECURSIVE_MUTEX_INITIALIZER_NP;
static void *deferred_handles[sizeof deferred_libs / sizeof *deferred_libs];

__attribute__((visibility("hidden"), used)) void *nd__deferred_resolve(unsigned i) {
  const deferred_sym_t *s = &deferred_syms[i];
  pthread_mutex_lock(&deferred_lock);
  void *fn = NULL;
  void **handle = &deferred_handles[s->lib];
  /* RTLD_LOCAL and a lookup in the library's own scope: the names here
   * stay the program's, the library's calls to them come back here */
  if (!*handle) *handle = dlopen(deferred_libs[s->lib], RTLD_NOW | RTLD_LOCAL);
  if (*handle) fn = s->version ? dlvsym(*handle, s->name, s->version) : dlsym(*handle, s->name);
  if (!fn) {
    /* as the loader does when a library is missing at start-up */
    fprintf(stderr, "nodus: %s (needed by the engine for %s): %s\n", deferred_libs[s->lib], s->name,
            dlerror());
    abort();
  }
  __atomic_store_n(&nd__deferred_slots[i], fn, __ATOMIC_RELEASE);
  pthread_mutex_unlock(&deferred_lock);
  return fn;
}

_Static_assert(sizeof deferred_syms / sizeof *deferred_syms == ND_DEFERRED_COUNT, "table");
#endif
