// The smallest useful wasi:http handler: no libc, the Canonical ABI written by hand against wasi:http@0.2.0, so that
// a fresh instance per request costs what the host costs (the issue's <= 50 us goal is for a handler of this size).
// Answers every request with 200, `content-type: text/plain` and "hello from C: <path-with-query>\n".
// Build: clang-19 --target=wasm32 -nostdlib -O2 -Wl,--no-entry -mbulk-memory -o tiny.core.wasm tiny.c, then jco embed
// (world handler of tiny.wit) and jco new.

#include "../wasi_http.h"

// A bump allocator for the path string the host lowers into our memory; each instance serves one request.
static uint8_t heap[16384];
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

static uint8_t body[16384 + 64];

__attribute__((export_name("wasi:http/incoming-handler@0.2.0#handle"))) void handle(int32_t request, int32_t outparam)
{
    // Room for the largest result written here (result<_, error-code> is 40 bytes, 8-aligned).
    __attribute__((aligned(8))) int32_t ret[16];
    const char prefix[] = "hello from C: ";
    uint32_t length = 0;
    for (; prefix[length]; length++) body[length] = (uint8_t)prefix[length];
    request_path(request, ret); // option<string>: ret[0] = is-some, ret[1] = pointer, ret[2] = length
    if (ret[0])
    {
        const uint8_t *path = (const uint8_t *)(uintptr_t)ret[1];
        for (int32_t i = 0; i < ret[2] && length < sizeof body - 1; i++) body[length++] = path[i];
    }
    body[length++] = '\n';
    request_drop(request);

    int32_t headers = fields_new();
    static const uint8_t text_plain[] = "text/plain";
    fields_append(headers, "content-type", 12, text_plain, 10, ret);
    int32_t response = response_new(headers);
    response_body(response, ret); // result<outgoing-body>: ret[0] = is-err, ret[1] = handle
    if (ret[0]) __builtin_trap();
    int32_t outgoing = ret[1];
    outparam_set(outparam, 0, response, 0, 0, 0, 0, 0, 0);
    body_write(outgoing, ret);
    if (ret[0]) __builtin_trap();
    int32_t stream = ret[1];
    stream_write(stream, body, (int32_t)length, ret);
    if (ret[0]) __builtin_trap();
    stream_drop(stream);
    body_finish(outgoing, 0, 0, ret);
    if (ret[0]) __builtin_trap();
}
