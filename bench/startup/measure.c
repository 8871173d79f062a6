/* Runs commands N times each, interleaved (round r of every command before
 * round r+1, so machine noise lands on all of them), and prints per command
 * the medians of wall time, CPU time (user+sys) and peak RSS, taken from
 * wait4()'s rusage: microsecond CPU figures where GNU time rounds to 10 ms.
 * usage: measure [--drop FILE]... RUNS -- cmd [args...] [-- cmd [args...]]...
 * --drop FILE: first evict FILE from the page cache, so that every command
 * runs from the state its own loading leaves (a file just written or read
 * whole sits in the cache as large folios, which a fault then maps whole:
 * more resident memory, fewer faults, for whichever binary had that luck).
 * The commands' stdin and stdout are /dev/null. One output line per command:
 * "wall_ms=.. cpu_ms=.. user_ms=.. sys_ms=.. rss_kb=.." */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { MAX_RUNS = 1000, MAX_CMDS = 8 };

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static double tv_ms(struct timeval tv) {
  return (double)tv.tv_sec * 1e3 + (double)tv.tv_usec / 1e3;
}

static int cmp_double(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static double median(double *v, int n) {
  qsort(v, (size_t)n, sizeof *v, cmp_double);
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

/* One run; returns 0 when the command exited 0. */
static int run_once(char **cmd, double *wall, double *user, double *sys, double *rss) {
  double t0 = now_ms();
  pid_t pid = fork();
  if (pid < 0) return -1;
  if (pid == 0) {
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
      dup2(null, 0);
      dup2(null, 1);
    }
    execvp(cmd[0], cmd);
    _exit(127);
  }
  int status;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) return -1;
  *wall = now_ms() - t0;
  *user = tv_ms(ru.ru_utime);
  *sys = tv_ms(ru.ru_stime);
  *rss = (double)ru.ru_maxrss;
  return WIFEXITED(status) && WEXITSTATUS(status) == 0 ? 0 : -1;
}

typedef struct {
  char **argv;
  double wall[MAX_RUNS], user[MAX_RUNS], sys[MAX_RUNS], cpu[MAX_RUNS], rss[MAX_RUNS];
} cmd_t;

/* the file's cached pages dropped (written back first when dirty) */
static void drop_cached(const char *path) {
  int fd = open(path, O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    perror(path);
    return;
  }
  if (fdatasync(fd) == 0) posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
  close(fd);
}

int main(int argc, char **argv) {
  static cmd_t cmds[MAX_CMDS];
  int ncmds = 0;
  while (argc > 2 && strcmp(argv[1], "--drop") == 0) {
    drop_cached(argv[2]);
    argv += 2;
    argc -= 2;
  }
  int runs = argc > 1 ? atoi(argv[1]) : 0;
  if (argc < 4 || runs < 1 || runs > MAX_RUNS || strcmp(argv[2], "--") != 0) {
    fprintf(stderr, "usage: %s [--drop FILE]... RUNS(1..%d) -- cmd [args...] [-- cmd [args...]]...\n", argv[0],
            MAX_RUNS);
    return 2;
  }
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--") != 0) continue;
    argv[i] = NULL; /* ends the previous command's argv */
    if (i + 1 < argc && strcmp(argv[i + 1], "--") != 0) {
      if (ncmds == MAX_CMDS) {
        fprintf(stderr, "measure: at most %d commands\n", MAX_CMDS);
        return 2;
      }
      cmds[ncmds++].argv = argv + i + 1;
    }
  }
  double w, u, s, r;
  for (int c = 0; c < ncmds; c++) { /* warm-up: also checks each command works */
    if (run_once(cmds[c].argv, &w, &u, &s, &r) != 0) {
      fprintf(stderr, "measure: %s failed\n", cmds[c].argv[0]);
      return 1;
    }
  }
  for (int i = 0; i < runs; i++) {
    for (int c = 0; c < ncmds; c++) {
      cmd_t *m = &cmds[c];
      if (run_once(m->argv, &m->wall[i], &m->user[i], &m->sys[i], &m->rss[i]) != 0) {
        fprintf(stderr, "measure: %s failed\n", m->argv[0]);
        return 1;
      }
      m->cpu[i] = m->user[i] + m->sys[i];
    }
  }
  for (int c = 0; c < ncmds; c++) {
    cmd_t *m = &cmds[c];
    printf("wall_ms=%.2f cpu_ms=%.2f user_ms=%.2f sys_ms=%.2f rss_kb=%.0f\n", median(m->wall, runs),
           median(m->cpu, runs), median(m->user, runs), median(m->sys, runs), median(m->rss, runs));
  }
  return 0;
}
