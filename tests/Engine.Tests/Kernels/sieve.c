/* Sieve of Eratosthenes: byte loads/stores over a freshly grown heap. */
#include "kernel.h"

/* Sieves up to n; returns the number of primes <= n and stores their sum in *sum; -1 when memory cannot grow. */
static int sieve_run(int n, i64 *sum) {
    *sum = 0;
    if (n < 2) return 0;
    u8 *top = heap_reset();
    u8 *composite = heap_alloc(&top, (u32)n + 1u);
    if (!composite) return -1;
    __builtin_memset(composite, 0, (u32)n + 1u); /* memory.fill with -mbulk-memory */
    int count = 0;
    for (int i = 2; i <= n; i++) {
        if (composite[i]) continue;
        count++;
        *sum += i;
        for (i64 j = (i64)i * i; j <= n; j += i) composite[j] = 1;
    }
    return count;
}

/* The number of primes <= n. */
EXPORT("sieve") int sieve(int n) { i64 sum; return sieve_run(n, &sum); }

/* The sum of the primes <= n (-1 when memory cannot grow). */
EXPORT("sieve_sum") i64 sieve_sum(int n) { i64 sum; return sieve_run(n, &sum) < 0 ? -1 : sum; }
