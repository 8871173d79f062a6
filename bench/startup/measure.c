/* Runs a command N times and prints the medians of its wall time, CPU time
 * (user+sys) and peak RSS, taken from wait4()'s rusage: microsecond CPU
 * figures where GNU time rounds to 10 ms.
 * usage: measure RUNS cmd [args...]   (the command's stdout goes to /dev/null)
 * output: "wall_ms=.. cpu_ms=.. user_ms=.. sys_ms=.. rss_kb=.." */
#define _GNU_SOURCE
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

enum { MAX_RUNS = 1000 };

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

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: %s RUNS cmd [args...]\n", argv[0]);
    return 2;
  }
  int runs = atoi(argv[1]);
  if (runs < 1 || runs > MAX_RUNS) {
    fprintf(stderr, "measure: RUNS must be 1..%d\n", MAX_RUNS);
    return 2;
  }
  static double wall[MAX_RUNS], user[MAX_RUNS], sys[MAX_RUNS], cpu[MAX_RUNS], rss[MAX_RUNS];
  double w, u, s, r;
  if (run_once(argv + 2, &w, &u, &s, &r) != 0) { /* warm-up, also checks the command */
    fprintf(stderr, "measure: %s failed\n", argv[2]);
    return 1;
  }
  for (int i = 0; i < runs; i++) {
    if (run_once(argv + 2, &wall[i], &user[i], &sys[i], &rss[i]) != 0) {
      fprintf(stderr, "measure: %s failed\n", argv[2]);
      return 1;
    }
    cpu[i] = user[i] + sys[i];
  }
  printf("wall_ms=%.2f cpu_ms=%.2f user_ms=%.2f sys_ms=%.2f rss_kb=%.0f\n", median(wall, runs),
         median(cpu, runs), median(user, runs), median(sys, runs), median(rss, runs));
  return 0;
}
