/* Indirect-call dispatcher: a table of function pointers called in a loop (call_indirect). */
#include "kernel.h"

typedef i64 (*op_fn)(i64 acc, int i);

__attribute__((noinline)) static i64 op_add(i64 acc, int i) { return acc + i; }
__attribute__((noinline)) static i64 op_xor(i64 acc, int i) { return acc ^ ((i64)i << 17); }
__attribute__((noinline)) static i64 op_mul(i64 acc, int i) { return acc * 6364136223846793005LL + i; }
__attribute__((noinline)) static i64 op_rot(i64 acc, int i) { u64 u = (u64)acc; int r = i & 63; return (i64)((u << r) | (u >> ((64 - r) & 63))); }
__attribute__((noinline)) static i64 op_sub(i64 acc, int i) { return acc - (i64)i * i; }
__attribute__((noinline)) static i64 op_shr(i64 acc, int i) { return acc >> (i & 31); }
__attribute__((noinline)) static i64 op_div(i64 acc, int i) { return acc / ((i & 1023) + 1); }
__attribute__((noinline)) static i64 op_neg(i64 acc, int i) { return ~acc + (i & 0xFF); }

static op_fn volatile ops[8] = { op_add, op_xor, op_mul, op_rot, op_sub, op_shr, op_div, op_neg };

/* Runs `steps` operations; each step's operation is chosen by the pseudo-random state. */
EXPORT("dispatch") i64 dispatch(int steps) {
    u32 state = 7u;
    i64 acc = 1;
    for (int i = 0; i < steps; i++) {
        op_fn f = ops[(lcg_next(&state) >> 28) & 7u];
        acc = f(acc, i);
    }
    return acc;
}
