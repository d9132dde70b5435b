/* Recursive Fibonacci: deep call chains, i32 and i64 arithmetic. */
#include "kernel.h"

static int fib_rec(int n) { return n < 2 ? n : fib_rec(n - 1) + fib_rec(n - 2); }

static i64 fib_rec64(int n) { return n < 2 ? (i64)n : fib_rec64(n - 1) + fib_rec64(n - 2); }

EXPORT("fib") int fib(int n) { return fib_rec(n); }

EXPORT("fib64") i64 fib64(int n) { return fib_rec64(n); }
