// The calc guest of issue #11 in C, with the Canonical ABI written by hand (no wit-bindgen): the names and core
// signatures are those `jco embed --dummy` prints for calc.wit; `jco embed` + `jco new` make it a component.
//   clang-19 --target=wasm32 -nostdlib -O2 -Wl,--no-entry -mbulk-memory -o calc.core.wasm calc.c
#include <stddef.h>
#include <stdint.h>

#define EXPORT(name) __attribute__((export_name(name)))

// log: func(msg: string) lowers to (ptr, len) with the caller's memory.
__attribute__((import_module("cm32p2"), import_name("log"))) void host_log(const char *msg, size_t len);

// A bump allocator: cabi_realloc hands out memory for arguments the host lowers in; post-return frees it all.
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

EXPORT("cm32p2||add") uint32_t add(uint32_t a, uint32_t b) { return a + b; }

// greet returns a string: (ptr, len) stored in a return area whose address is the core result.
static uint32_t greet_return[2];

EXPORT("cm32p2||greet") uint32_t *greet(const char *name, size_t len) {
    static const char hello[] = "Hello, ";
    size_t total = sizeof hello - 1 + len + 1;
    char *out = cabi_realloc(NULL, 0, 1, total);
    __builtin_memcpy(out, hello, sizeof hello - 1);
    __builtin_memcpy(out + sizeof hello - 1, name, len);
    out[total - 1] = '!';
    host_log(out, total);
    greet_return[0] = (uint32_t)(uintptr_t)out;
    greet_return[1] = (uint32_t)total;
    return greet_return;
}

// Post-return: the host has copied the result out, so everything allocated during the call is free again.
EXPORT("cm32p2||greet_post") void greet_post(uint32_t *ret) {
    (void)ret;
    heap_top = heap_start();
}
