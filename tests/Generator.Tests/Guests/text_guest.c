// A guest of world demo:text/guest (see EngineGuestTests.cs), written to the Canonical ABI's core-module
// conventions by hand: exports named "iface#func", imports from module "ns:pkg/iface@version", cabi_realloc, and a
// cabi_post_* per export that frees everything the call allocated (a bump heap reset to its mark).

#include "bump_heap.h"

#define EXPORT(name) __attribute__((export_name("demo:text/text@0.1.0#" name)))
#define POST(name) __attribute__((export_name("cabi_post_demo:text/text@0.1.0#" name)))
#define HOST(name) __attribute__((import_module("demo:text/host@0.1.0"), import_name(name)))

struct str { const u8 *ptr; u32 len; };
struct entry { struct str name; u32 id; };

HOST("log") void host_log(const u8 *ptr, u32 len);
HOST("lookup") void host_lookup(u32 id, struct entry *ret);

static struct str *str_result(const u8 *ptr, u32 len) {
    struct str *r = alloc(4, sizeof *r);
    r->ptr = ptr;
    r->len = len;
    return r;
}

// reverse: func(s: string) -> string, by code point so the result is valid UTF-8.
EXPORT("reverse") struct str *reverse(const u8 *s, u32 len) {
    u8 *out = alloc(1, len);
    u32 i = 0;
    while (i < len) {
        u32 n = 1;
        while (i + n < len && (s[i + n] & 0xC0) == 0x80) n++;
        copy(out + len - i - n, s + i, n);
        i += n;
    }
    return str_result(out, len);
}
POST("reverse") void post_reverse(struct str *r) { release(); }

// code-points: func(s: string) -> u32
EXPORT("code-points") u32 code_points(const u8 *s, u32 len) {
    u32 n = 0;
    for (u32 i = 0; i < len; i++) n += (s[i] & 0xC0) != 0x80;
    return n;
}
POST("code-points") void post_code_points(u32 r) { release(); }

// sum: func(values: list<u32>) -> u64
EXPORT("sum") u64 sum(const u32 *values, u32 n) {
    u64 total = 0;
    for (u32 i = 0; i < n; i++) total += values[i];
    return total;
}
POST("sum") void post_sum(u64 r) { release(); }

// score: func(entries: list<entry>) -> u32, the sum of id * name length.
EXPORT("score") u32 score(const struct entry *entries, u32 n) {
    u32 total = 0;
    for (u32 i = 0; i < n; i++) total += entries[i].id * entries[i].name.len;
    return total;
}
POST("score") void post_score(u32 r) { release(); }

static u32 format_u32(u8 *out, u32 v) {
    u8 digits[10];
    u32 n = 0;
    do { digits[n++] = (u8)('0' + v % 10); v /= 10; } while (v);
    for (u32 i = 0; i < n; i++) out[i] = digits[n - 1 - i];
    return n;
}

// make-entries: func(n: u32) -> list<entry>: "item-<i>" with id i * i.
EXPORT("make-entries") struct str *make_entries(u32 n) {
    struct entry *list = alloc(4, n * sizeof(struct entry));
    for (u32 i = 0; i < n; i++) {
        u8 *name = alloc(1, 15);
        copy(name, (const u8 *)"item-", 5);
        list[i].name.ptr = name;
        list[i].name.len = 5 + format_u32(name + 5, i);
        list[i].id = i * i;
    }
    return str_result((const u8 *)list, n);
}
POST("make-entries") void post_make_entries(void *r) { release(); }

// longest: func(entries: list<entry>) -> option<string>: the first longest name; none for an empty list.
struct option_str { u8 tag; struct str value; };
EXPORT("longest") struct option_str *longest(const struct entry *entries, u32 n) {
    struct option_str *r = alloc(4, sizeof *r);
    r->tag = n > 0;
    for (u32 i = 0; i < n; i++) {
        if (i == 0 || entries[i].name.len > r->value.len) r->value = entries[i].name;
    }
    return r;
}
POST("longest") void post_longest(void *r) { release(); }

// parse: func(s: string) -> result<u32, string>: a decimal number, or an error naming the bad byte's offset.
struct result_u32_str { u8 tag; union { u32 ok; struct str err; } value; };
EXPORT("parse") struct result_u32_str *parse(const u8 *s, u32 len) {
    struct result_u32_str *r = alloc(4, sizeof *r);
    u32 v = 0;
    for (u32 i = 0; i < len; i++) {
        if (s[i] < '0' || s[i] > '9') {
            u8 *text = alloc(1, 32);
            copy(text, (const u8 *)"not a digit at ", 15);
            r->tag = 1;
            r->value.err.ptr = text;
            r->value.err.len = 15 + format_u32(text + 15, i);
            return r;
        }
        v = v * 10 + (u32)(s[i] - '0');
    }
    r->tag = len == 0;
    if (len == 0) { r->value.err.ptr = (const u8 *)"empty"; r->value.err.len = 5; }
    else r->value.ok = v;
    return r;
}
POST("parse") void post_parse(void *r) { release(); }

// classify: func(s: string) -> shape: empty, digits(the digit sum), or word(s upper-cased).
struct shape { u8 tag; union { u32 digits; struct str word; } value; };
EXPORT("classify") struct shape *classify(const u8 *s, u32 len) {
    struct shape *r = alloc(4, sizeof *r);
    u32 digits = 0, all = 1;
    for (u32 i = 0; i < len; i++) {
        if (s[i] >= '0' && s[i] <= '9') digits += (u32)(s[i] - '0');
        else all = 0;
    }
    if (len == 0) { r->tag = 0; return r; }
    if (all) { r->tag = 1; r->value.digits = digits; return r; }
    u8 *upper = alloc(1, len);
    for (u32 i = 0; i < len; i++) upper[i] = s[i] >= 'a' && s[i] <= 'z' ? (u8)(s[i] - 32) : s[i];
    r->tag = 2;
    r->value.word.ptr = upper;
    r->value.word.len = len;
    return r;
}
POST("classify") void post_classify(void *r) { release(); }

// weigh: func(a..q: u32) -> u64: seventeen parameters, so the host passes them in memory; sum of (i + 1) * p_i.
EXPORT("weigh") u64 weigh(const u32 *params) {
    u64 total = 0;
    for (u32 i = 0; i < 17; i++) total += (u64)(i + 1) * params[i];
    return total;
}
POST("weigh") void post_weigh(u64 r) { release(); }

// split: func(s: string) -> tuple<string, string, u32>: around the first ':', with its byte offset (len if none).
struct split_result { struct str before; struct str after; u32 at; };
EXPORT("split") struct split_result *split(const u8 *s, u32 len) {
    struct split_result *r = alloc(4, sizeof *r);
    u32 at = 0;
    while (at < len && s[at] != ':') at++;
    r->before.ptr = s;
    r->before.len = at;
    r->after.ptr = s + (at < len ? at + 1 : len);
    r->after.len = at < len ? len - at - 1 : 0;
    r->at = at;
    return r;
}
POST("split") void post_split(void *r) { release(); }

// greet: func(id: u32) -> string: looks the entry up on the host, logs, and answers "hello, <name> #<id>".
EXPORT("greet") struct str *greet(u32 id) {
    struct entry e;
    host_lookup(id, &e);
    u8 *text = alloc(1, 7 + e.name.len + 2 + 10);
    copy(text, (const u8 *)"hello, ", 7);
    copy(text + 7, e.name.ptr, e.name.len);
    u32 n = 7 + e.name.len;
    text[n++] = ' ';
    text[n++] = '#';
    n += format_u32(text + n, e.id);
    host_log(text, n);
    return str_result(text, n);
}
POST("greet") void post_greet(void *r) { release(); }

HOST("tags") void host_tags(const u8 *prefix, u32 len, struct str *ret);

// tag-bytes: func(prefix: string) -> u32: asks the host for tags (a list<string> the host writes into this memory
// through cabi_realloc while this call is running) and answers the sum of (i + 1) * byte length of tag i.
EXPORT("tag-bytes") u32 tag_bytes(const u8 *prefix, u32 len) {
    struct str list;
    host_tags(prefix, len, &list);
    const struct str *items = (const struct str *)list.ptr;
    u32 total = 0;
    for (u32 i = 0; i < list.len; i++) total += (i + 1) * items[i].len;
    return total;
}
POST("tag-bytes") void post_tag_bytes(u32 r) { release(); }

// The world's own export checksum: func(data: list<u8>) -> u32, FNV-1a.
__attribute__((export_name("checksum"))) u32 checksum(const u8 *data, u32 len) {
    u32 hash = 2166136261u;
    for (u32 i = 0; i < len; i++) hash = (hash ^ data[i]) * 16777619u;
    return hash;
}
__attribute__((export_name("cabi_post_checksum"))) void post_checksum(u32 r) { release(); }

// The host's total: func(a..p: u32, q: string) -> u64 has 18 flat parameters, so the guest passes one pointer to
// them laid out as a tuple in its memory.
struct total_params { u32 numbers[16]; struct str label; };
HOST("total") u64 host_total(const struct total_params *params);

// audit: func(label: string) -> u64: the host's total of 1..16 and the label, plus one.
EXPORT("audit") u64 audit(const u8 *label, u32 len) {
    struct total_params *params = alloc(4, sizeof *params);
    for (u32 i = 0; i < 16; i++) params->numbers[i] = i + 1;
    params->label.ptr = label;
    params->label.len = len;
    return host_total(params) + 1;
}
POST("audit") void post_audit(u64 r) { release(); }
