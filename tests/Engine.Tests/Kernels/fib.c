/* Recursive Fibonacci: deep call chains, i32 and i64 arithmetic. */
#include "kernel.h"

static int fib_rec(int n) { return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2); }

static i64 fib_rec64(int n) { return n < 2 ? (i64)n : fib_rec64(n - 1) + fib_rec64(n - 2); }

EXPORT("fib") int fib(int n) { return fib_rec(n); }

EXPORT("fib64") i64 fib64(int n) { return fib_rec64(n); }

static volatile int depth_sink;

/* Non-tail recursion `n` calls deep (the volatile store keeps clang from turning it into a loop): small n returns n,
   a huge n must exhaust the call stack and trap in every engine rather than crash the host. */
static int depth_rec(int n) {
    if (n <= 0) return 0;
    int below = depth_rec(n - 1);
    depth_sink = below;
    return below + 1;
}

EXPORT("depth") int depth(int n) { return depth_rec(n); }
