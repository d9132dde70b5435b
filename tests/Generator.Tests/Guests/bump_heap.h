// The allocator of the C guests: a bump heap whose cabi_realloc never frees, reset by release() in every
// cabi_post_* export (everything a call allocated, its arguments made by the host and its results, is dead then).

typedef unsigned int u32;
typedef unsigned long long u64;
typedef unsigned char u8;

extern u8 __heap_base;

static u32 heap;        // next free byte; 0 until first use
static u32 post_returns; // how many post-return calls ran
static u32 high_water;   // the highest heap top so far

static u32 align_up(u32 value, u32 align) { return (value + align - 1) & ~(align - 1); }

static void *alloc(u32 align, u32 size) {
    if (heap == 0) heap = (u32)&__heap_base;
    u32 p = align_up(heap, align);
    u32 end = p + size;
    u32 have = (u32)__builtin_wasm_memory_size(0) * 65536u;
    if (end > have && __builtin_wasm_memory_grow(0, (end - have + 65535u) / 65536u) == (unsigned long)-1) __builtin_trap();
    heap = end;
    if (heap > high_water) high_water = heap;
    return (void *)p;
}

static void copy(u8 *to, const u8 *from, u32 n) { for (u32 i = 0; i < n; i++) to[i] = from[i]; }

__attribute__((export_name("cabi_realloc")))
void *cabi_realloc(void *old, u32 old_size, u32 align, u32 new_size) {
    u8 *p = alloc(align, new_size);
    if (old) copy(p, old, old_size < new_size ? old_size : new_size);
    return p;
}

static void release(void) { heap = (u32)&__heap_base; post_returns++; }

__attribute__((export_name("post-returns"))) u32 get_post_returns(void) { return post_returns; }
__attribute__((export_name("heap-high-water"))) u32 get_high_water(void) { return high_water; }
