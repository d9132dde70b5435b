/* Shared helpers for the benchmark/test kernels: no libc, so a bump allocator over linear memory. */
#ifndef WITSHARP_KERNEL_H
#define WITSHARP_KERNEL_H

#define EXPORT(name) __attribute__((export_name(name)))

typedef unsigned char u8;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long i64;

extern u8 __heap_base;

/* Every kernel call starts from an empty heap, so results never depend on earlier calls. */
static u8 *heap_reset(void) { return &__heap_base; }

/* Returns `bytes` of memory at *top (8-aligned), growing linear memory when it is too small; 0 when it cannot grow. */
static void *heap_alloc(u8 **top, u32 bytes) {
    u32 start = ((u32)*top + 7u) & ~7u;
    u32 end = start + bytes;
    u32 have = (u32)__builtin_wasm_memory_size(0) * 65536u;
    if (end > have) {
        u32 pages = (end - have + 65535u) / 65536u;
        if (__builtin_wasm_memory_grow(0, pages) == (unsigned long)-1) return 0;
    }
    *top = (u8 *)end;
    return (void *)start;
}

/* A 32-bit LCG: deterministic pseudo-random input data. */
static u32 lcg_next(u32 *state) {
    *state = *state * 1664525u + 1013904223u;
    return *state;
}

#endif
