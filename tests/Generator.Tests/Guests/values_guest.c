// A guest of world demo:values/values (see EngineValueGuestTests.cs): flags, enums, chars, signed integers, a variant
// whose payloads join into one i64 slot, records, options and results, by the Canonical ABI's flattening rules.
// bump and next-char are deliberately naive (no saturation, no surrogate skip): the host must trap on what they
// return at the edges.

#include "bump_heap.h"

#define EXPORT(name) __attribute__((export_name("demo:values/calc@0.2.0#" name)))
#define POST(name) __attribute__((export_name("cabi_post_demo:values/calc@0.2.0#" name)))
#define HOST(name) __attribute__((import_module("demo:values/host@0.2.0"), import_name(name)))

typedef signed char s8;
typedef short s16;
typedef long long s64;

struct str { const u8 *ptr; u32 len; };

// variant num { small(s8), wide(s64), real(f32), exact(f64), none }: tag, then the payload at offset 8.
struct num { u8 tag; union { s8 small; s64 wide; float real; double exact; } value; };
enum { SMALL, WIDE, REAL, EXACT, NONE };

struct option_str { u8 tag; struct str value; };

HOST("report") void host_report(u32 tag, u64 payload, u32 level, struct option_str *ret);

// grant: func(p: perms, extra: bool) -> perms: adds write, and toggles exec when extra.
EXPORT("grant") u32 grant(u32 perms, u32 extra) { return (perms | 2u) ^ (extra ? 4u : 0u); }
POST("grant") void post_grant(u32 r) { release(); }

// bump: func(l: level) -> level, naive.
EXPORT("bump") u32 bump(u32 level) { return level + 1; }
POST("bump") void post_bump(u32 r) { release(); }

// next-char: func(c: char) -> char, naive.
EXPORT("next-char") u32 next_char(u32 c) { return c + 1; }
POST("next-char") void post_next_char(u32 r) { release(); }

// signs: func(a: s8, b: s16, c: s32, d: s64) -> s64
EXPORT("signs") s64 signs(u32 a, u32 b, u32 c, s64 d) { return (s64)(s8)a + (s64)(s16)b + (s64)(int)c + d; }
POST("signs") void post_signs(s64 r) { release(); }

// A variant's payload arrives in the joined i64 slot: an f32 as its bits in the low half, an f64 as its bits.
static float f32_of(u64 bits) { u32 low = (u32)bits; float f; __builtin_memcpy(&f, &low, 4); return f; }
static double f64_of(u64 bits) { double d; __builtin_memcpy(&d, &bits, 8); return d; }

// halve: func(n: num) -> num
EXPORT("halve") struct num *halve(u32 tag, u64 payload) {
    struct num *r = alloc(8, sizeof *r);
    r->tag = (u8)tag;
    switch (tag) {
    case SMALL: r->value.small = (s8)((s8)payload / 2); break;
    case WIDE: r->value.wide = (s64)payload / 2; break;
    case REAL: r->value.real = f32_of(payload) / 2; break;
    case EXACT: r->value.exact = f64_of(payload) / 2; break;
    default: break;
    }
    return r;
}
POST("halve") void post_halve(void *r) { release(); }

// dist: func(p: point) -> f64, the squared distance from the origin.
EXPORT("dist") double dist(float x, double y) { return (double)x * x + y * y; }
POST("dist") void post_dist(double r) { release(); }

// pack: func(b: bag) -> u32: the tags' total byte length plus the weight (0 when none).
EXPORT("pack") u32 pack(const struct str *tags, u32 count, u32 has_weight, u32 weight) {
    u32 total = has_weight ? (weight & 0xFFFF) : 0;
    for (u32 i = 0; i < count; i++) total += tags[i].len;
    return total;
}
POST("pack") void post_pack(u32 r) { release(); }

// maybe: func(v: option<f64>, r: result<u8, s16>) -> f64: v (0 when none) plus the ok byte, or minus 1000 times the error.
EXPORT("maybe") double maybe(u32 has_v, double v, u32 is_err, u32 payload) {
    double base = has_v ? v : 0;
    return is_err ? base - 1000.0 * (s16)payload : base + (u8)payload;
}
POST("maybe") void post_maybe(double r) { release(); }

// tell: func(n: num) -> string: what the host reports for n at level high, or "nothing".
EXPORT("tell") struct str *tell(u32 tag, u64 payload) {
    struct option_str answer;
    host_report(tag, payload, 2, &answer);
    struct str *r = alloc(4, sizeof *r);
    if (answer.tag) *r = answer.value;
    else { r->ptr = (const u8 *)"nothing"; r->len = 7; }
    return r;
}
POST("tell") void post_tell(void *r) { release(); }
