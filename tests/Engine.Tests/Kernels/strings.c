/* String processing over generated text: word splitting, strlen, strcmp, FNV-1a hashing, memcpy. */
#include "kernel.h"

static u32 str_len(const char *s) {
    const char *p = s;
    while (*p) p++;
    return (u32)(p - s);
}

static int str_cmp(const char *a, const char *b) {
    while (*a && *a == *b) { a++; b++; }
    return (int)(u8)*a - (int)(u8)*b;
}

static u64 fnv1a64(const char *s, u32 len) {
    u64 h = 0xcbf29ce484222325ULL;
    for (u32 i = 0; i < len; i++) { h ^= (u8)s[i]; h *= 0x100000001b3ULL; }
    return h;
}

static int is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

/* Fills `len` bytes with words of letters separated by spaces and punctuation, NUL-terminated. */
static void generate_text(char *text, u32 len) {
    static const char separators[] = " ,.;\n";
    u32 seed = 2024u;
    u32 i = 0;
    while (i < len) {
        u32 word = 1u + (lcg_next(&seed) >> 28);
        for (u32 k = 0; k < word && i < len; k++) {
            u32 r = lcg_next(&seed) >> 24;
            text[i++] = (char)((r & 0x20u ? 'A' : 'a') + (r % 6u));
        }
        if (i < len) text[i++] = separators[(lcg_next(&seed) >> 29) % 5u];
    }
    text[len] = 0;
}

/* Splits `len` bytes of generated text into NUL-terminated words and returns a checksum of word count,
   lengths, hashes, and comparisons of neighbouring words. */
EXPORT("words") i64 words(int len) {
    if (len <= 0) return 0;
    u8 *top = heap_reset();
    char *text = heap_alloc(&top, (u32)len + 1u);
    char *copy = heap_alloc(&top, (u32)len + 1u);
    if (!text || !copy) return -1;
    generate_text(text, (u32)len);
    __builtin_memcpy(copy, text, (u32)len + 1u); /* memory.copy with -mbulk-memory */
    for (u32 i = 0; i < (u32)len; i++) if (!is_letter(copy[i])) copy[i] = 0;

    u64 checksum = 0;
    u32 count = 0, less = 0, equal = 0;
    const char *previous = 0;
    u32 i = 0;
    while (i < (u32)len) {
        if (!copy[i]) { i++; continue; }
        const char *word = copy + i;
        u32 n = str_len(word);
        checksum = (checksum ^ fnv1a64(word, n)) * 31u + n;
        if (previous) {
            int c = str_cmp(previous, word);
            if (c < 0) less++; else if (c == 0) equal++;
        }
        previous = word;
        count++;
        i += n;
    }
    return (i64)(checksum ^ ((u64)count << 40) ^ ((u64)less << 20) ^ equal);
}
