/* Dense NxN matrix multiply in f64 and f32: float loads, stores, mul/add. */
#include "kernel.h"

/* Defines `name(n)`: fills A and B from fixed patterns, computes C = A*B, returns a weighted sum of C's
   entries in type T (-1 when memory cannot grow). One body serves both precisions. */
#define DEFINE_MATMUL(name, T, fill_a, fill_b)                                  \
    EXPORT(#name) T name(int n) {                                               \
        if (n <= 0) return (T)0;                                                \
        u32 cells = (u32)n * (u32)n;                                            \
        u8 *top = heap_reset();                                                 \
        T *a = heap_alloc(&top, cells * (u32)sizeof(T));                        \
        T *b = heap_alloc(&top, cells * (u32)sizeof(T));                        \
        T *c = heap_alloc(&top, cells * (u32)sizeof(T));                        \
        if (!a || !b || !c) return (T)-1;                                       \
        for (int i = 0; i < n; i++)                                             \
            for (int j = 0; j < n; j++) {                                       \
                a[i * n + j] = (fill_a);                                        \
                b[i * n + j] = (fill_b);                                        \
            }                                                                   \
        for (int i = 0; i < n; i++)                                             \
            for (int j = 0; j < n; j++) {                                       \
                T s = (T)0;                                                     \
                for (int k = 0; k < n; k++) s += a[i * n + k] * b[k * n + j];   \
                c[i * n + j] = s;                                               \
            }                                                                   \
        T sum = (T)0;                                                           \
        for (u32 i = 0; i < cells; i++) sum += c[i] * (T)(i % 7 + 1);           \
        return sum;                                                             \
    }

DEFINE_MATMUL(matmul_f64, double, (double)((i * 7 + j * 3) % 17) / 8.0 - 1.0, (double)((i * 5 + j * 11) % 13) * 0.25 + 0.1)
DEFINE_MATMUL(matmul_f32, float, (float)((i * 3 + j) % 9) * 0.5f - 2.0f, (float)((i + j * 7) % 5) * 0.3f + 0.05f)
