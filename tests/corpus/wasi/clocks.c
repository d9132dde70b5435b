// clocks: properties of the monotonic and wall clocks, not their values, so that two hosts print the same text:
// the monotonic clock never goes back, a 20 ms sleep takes at least 20 ms, and the wall clock is after 2020.
#include <stdio.h>
#include <time.h>
#include <unistd.h>

static long long nanos(clockid_t clock) {
    struct timespec t;
    if (clock_gettime(clock, &t) != 0) return -1;
    return (long long)t.tv_sec * 1000000000LL + t.tv_nsec;
}

int main(void) {
    long long previous = nanos(CLOCK_MONOTONIC), backwards = 0;
    for (int i = 0; i < 10000; i++) {
        long long now = nanos(CLOCK_MONOTONIC);
        if (now < previous) backwards++;
        previous = now;
    }
    printf("monotonic went backwards %lld times\n", backwards);
    long long before = nanos(CLOCK_MONOTONIC);
    usleep(20000);
    long long slept = nanos(CLOCK_MONOTONIC) - before;
    printf("slept at least 20 ms: %s\n", slept >= 20000000LL ? "yes" : "no");
    long long wall = nanos(CLOCK_REALTIME);
    printf("wall clock after 2020: %s\n", wall / 1000000000LL > 1577836800LL ? "yes" : "no");
    struct timespec resolution;
    printf("monotonic resolution known: %s\n", clock_getres(CLOCK_MONOTONIC, &resolution) == 0 && (resolution.tv_sec > 0 || resolution.tv_nsec > 0) ? "yes" : "no");
    return 0;
}
