/* Table-driven CRC-32 (IEEE) over a generated buffer: shifts, xors, table loads. */
#include "kernel.h"

static u32 table[256];

static void build_table(void) {
    for (u32 i = 0; i < 256; i++) {
        u32 c = i;
        for (int k = 0; k < 8; k++) c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
}

/* CRC-32 of `len` pseudo-random bytes, computed `rounds` times (each round continues the last). */
EXPORT("crc32") u32 crc32(int len, int rounds) {
    if (len < 0 || rounds < 0) return 0;
    build_table();
    u8 *top = heap_reset();
    u8 *buf = heap_alloc(&top, (u32)len);
    if (!buf && len > 0) return 0;
    u32 seed = 12345u;
    for (int i = 0; i < len; i++) buf[i] = (u8)(lcg_next(&seed) >> 24);
    u32 crc = 0;
    for (int r = 0; r < rounds; r++) {
        u32 c = ~crc;
        for (int i = 0; i < len; i++) c = table[(c ^ buf[i]) & 0xFFu] ^ (c >> 8);
        crc = ~c;
    }
    return crc;
}
