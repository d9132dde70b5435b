// The shelf guest in C with the Canonical ABI written by hand: the host's `item` resource moved inside records, lists,
// tuples, options, results and variants, through imports and exports. Names and core signatures are those
// `jco embed --dummy` prints for shelf.wit.
//   clang-19 --target=wasm32 -nostdlib -O2 -Wl,--no-entry -mbulk-memory -o shelf.core.wasm shelf.c
#include <stddef.h>
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))
#define IMPORT(name) __attribute__((import_module("cm32p2|witsharp:shelf/items"), import_name(name)))

// Handles are i32 indices into this instance's handle table; results that do not fit one value arrive in a return area.
IMPORT("[constructor]item") uint32_t item_new(const char *label, size_t len);
IMPORT("[method]item.label") void item_label(uint32_t self, uint32_t *ret); // ret: string (ptr, len)
IMPORT("make-many") void make_many(uint32_t n, uint32_t *ret);               // ret: list<item> (ptr, len)
IMPORT("twice") void twice(uint32_t *ret);                                  // ret: tuple<item, item>
IMPORT("tag-of") uint32_t tag_of(uint32_t tag, uint32_t item);              // peek flattened: tag, borrow
IMPORT("size-of") uint32_t size_of(uint32_t is_some, uint32_t item);        // option<borrow<item>>
IMPORT("fetch") void fetch(uint32_t ok, uint32_t *ret);                     // ret: result<item, string>: u8 case, then payload at 4
IMPORT("keep") void keep(uint32_t is_full, uint32_t item);                  // slot flattened: case, own
IMPORT("item_drop") void item_drop(uint32_t item);

// A bump allocator: cabi_realloc hands out memory for what the host lowers in; every post-return frees it all.
extern unsigned char __heap_base;
static uintptr_t heap_top;

static uintptr_t heap_start(void) { return ((uintptr_t)&__heap_base + 15) & ~(uintptr_t)15; }

EXPORT("cm32p2_realloc") void *cabi_realloc(void *old, size_t old_size, size_t align, size_t new_size) {
    if (heap_top == 0) heap_top = heap_start();
    uintptr_t at = (heap_top + align - 1) & ~(uintptr_t)(align - 1);
    uintptr_t end = at + new_size;
    size_t have = __builtin_wasm_memory_size(0) * 65536;
    if (end > have) {
        if (__builtin_wasm_memory_grow(0, (end - have + 65535) / 65536) == (size_t)-1) __builtin_trap();
    }
    heap_top = end;
    if (old != NULL) __builtin_memcpy((void *)at, old, old_size < new_size ? old_size : new_size);
    return (void *)at;
}

EXPORT("cm32p2_initialize") void initialize(void) { heap_top = heap_start(); }

static void free_all(void) { heap_top = heap_start(); }

// exercise: each import once; the checksum weighs each answer so the host can recompute it from what it gave.
EXPORT("cm32p2||exercise") uint32_t exercise(void) {
    uint32_t sum = 0;
    uint32_t list[2];
    make_many(3, list);
    uint32_t *made = (uint32_t *)(uintptr_t)list[0];
    sum += list[1];                                     // 3 items
    uint32_t pair[2];
    twice(pair);
    if (pair[0] != pair[1]) sum += 100;                 // the same object twice is two handles
    sum += tag_of(7, made[0]);                          // 7 + len(label 0)
    sum += size_of(1, made[1]) * 10;                    // len(label 1)
    sum += size_of(0, 0);                               // none: 0
    uint32_t got[3];
    fetch(1, got);
    uint32_t fetched = got[1];
    if (*(uint8_t *)got == 0) sum += 1000;              // ok(item)
    uint32_t failed[3];
    fetch(0, failed);
    if (*(uint8_t *)failed == 1) sum += failed[2] * 10000; // error(string): its length
    keep(1, made[2]);                                   // ownership of made[2] moves to the host
    uint32_t label[2];
    item_label(made[0], label);
    sum += label[1] * 1000000;
    item_drop(made[0]);
    item_drop(made[1]);
    item_drop(pair[0]);
    item_drop(pair[1]);
    item_drop(fetched);
    return sum;
}

EXPORT("cm32p2||exercise_post") void exercise_post(uint32_t ret) { (void)ret; free_all(); }

// pass: drops the record's item and returns the list it was given, handles and all.
static uint32_t pass_return[2];

EXPORT("cm32p2||pass") uint32_t *pass(uint32_t tag, uint32_t item, uint32_t *items, uint32_t count) {
    (void)tag;
    item_drop(item);
    pass_return[0] = (uint32_t)(uintptr_t)items;
    pass_return[1] = count;
    return pass_return;
}

EXPORT("cm32p2||pass_post") void pass_post(uint32_t *ret) { (void)ret; free_all(); }

EXPORT("cm32p2||give") uint32_t give(const char *label, size_t len) { return item_new(label, len); }

EXPORT("cm32p2||give_post") void give_post(uint32_t ret) { (void)ret; free_all(); }

// hold: the guest keeps the own handle; disposing the instance ends it.
static uint32_t held[64];
static uint32_t held_count;

EXPORT("cm32p2||hold") void hold(uint32_t item) {
    if (held_count == 64) __builtin_trap();
    held[held_count++] = item;
}

// peek: a borrowed item must be dropped before returning.
EXPORT("cm32p2||peek") uint32_t peek(uint32_t is_some, uint32_t item) {
    if (!is_some) return 0;
    uint32_t label[2];
    item_label(item, label);
    item_drop(item);
    return label[1];
}

EXPORT("cm32p2||peek_post") void peek_post(uint32_t ret) { (void)ret; free_all(); }

// Hostile: whatever number it is given is used as a handle.
EXPORT("cm32p2||forge") uint32_t forge(uint32_t handle) {
    uint32_t label[2];
    item_label(handle, label);
    return label[1];
}

// Hostile: a handle used after it was dropped.
EXPORT("cm32p2||use-after-drop") void use_after_drop(void) {
    uint32_t item = item_new("x", 1);
    item_drop(item);
    uint32_t label[2];
    item_label(item, label);
}
