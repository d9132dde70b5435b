// A wasi:http@0.2.0 handler that misbehaves on request, to show a server outlives its instances (no libc; the
// Canonical ABI by hand, like ../tiny/tiny.c):
//   /trap   executes `unreachable`
//   /loop   spins forever (only fuel or interruption stops it)
//   /alloc  grows memory a page at a time and writes to it until growth fails, then traps
//   else    200 "ok\n"

#include "../wasi_http.h"

static uint8_t heap[4096];
static uint32_t heap_used;

__attribute__((export_name("cabi_realloc"))) void *cabi_realloc(void *old, uint32_t old_size, uint32_t align, uint32_t size)
{
    (void)old;
    (void)old_size;
    uint32_t start = (heap_used + align - 1) & ~(align - 1);
    if (start + size > sizeof heap) __builtin_trap();
    heap_used = start + size;
    return heap + start;
}

static int starts_with(const uint8_t *text, int32_t length, const char *prefix)
{
    int32_t i = 0;
    for (; prefix[i]; i++)
    {
        if (i >= length || text[i] != (uint8_t)prefix[i]) return 0;
    }
    return 1;
}

static volatile uint32_t spins;

__attribute__((export_name("wasi:http/incoming-handler@0.2.0#handle"))) void handle(int32_t request, int32_t outparam)
{
    // Room for the largest result written here (result<_, error-code> is 40 bytes, 8-aligned).
    __attribute__((aligned(8))) int32_t ret[16];
    request_path(request, ret);
    const uint8_t *path = (const uint8_t *)(uintptr_t)ret[1];
    int32_t length = ret[0] ? ret[2] : 0;
    if (starts_with(path, length, "/trap")) __builtin_trap();
    if (starts_with(path, length, "/loop"))
    {
        for (;;) spins++;
    }
    if (starts_with(path, length, "/alloc"))
    {
        for (;;)
        {
            int32_t page = __builtin_wasm_memory_grow(0, 1);
            if (page < 0) __builtin_trap();
            volatile uint8_t *fresh = (volatile uint8_t *)(uintptr_t)((uint32_t)page * 65536u);
            fresh[0] = 1;
        }
    }
    request_drop(request);
    int32_t response = response_new(fields_new());
    response_body(response, ret);
    if (ret[0]) __builtin_trap();
    int32_t outgoing = ret[1];
    outparam_set(outparam, 0, response, 0, 0, 0, 0, 0, 0);
    body_write(outgoing, ret);
    if (ret[0]) __builtin_trap();
    static const uint8_t ok[] = "ok\n";
    int32_t stream = ret[1];
    stream_write(stream, ok, 3, ret);
    stream_drop(stream);
    body_finish(outgoing, 0, 0, ret);
}
