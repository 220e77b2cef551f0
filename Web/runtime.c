// The C the Embedded Swift module needs in the browser: an allocator over the wasm memory (grown with memory.grow)
// and the memory functions. Nothing else: no libc, no system calls.
//
// The allocator keeps blocks in size classes, powers of two from 16 bytes up; a freed block goes on its class's
// list and is handed out again for the next request of that class. Each block starts with a 16-byte header that
// holds its class and, for an over-aligned block, the distance back to where the block starts.
#include <stddef.h>
#include <stdint.h>

#define PAGE 65536u
#define HEADER 16u
#define CLASSES 32

extern unsigned char __heap_base;

static uintptr_t top;              // the first byte not yet handed out
static uintptr_t end;              // the end of the memory
static void *free_lists[CLASSES];  // per class, the freed blocks (each holds the next one in its first word)

typedef struct {
    uint32_t size_class;
    uint32_t offset;  // from the block's start to this header
    uint32_t unused[2];
} header_t;

static unsigned class_of(size_t size) {
    unsigned c = 4;
    while (((size_t)1 << c) < size) c++;
    return c;
}

// A block of class c, from its list or from the top (memory grown as needed); its start, or 0.
static uintptr_t take(unsigned c) {
    if (c >= CLASSES) return 0;
    if (free_lists[c]) {
        void *block = free_lists[c];
        free_lists[c] = *(void **)block;
        return (uintptr_t)block;
    }
    if (top == 0) {
        top = ((uintptr_t)&__heap_base + 15) & ~(uintptr_t)15;
        end = __builtin_wasm_memory_size(0) * PAGE;
    }
    size_t size = (size_t)1 << c;
    if (top + size > end || top + size < top) {
        size_t need = top + size - end;
        size_t pages = (need + PAGE - 1) / PAGE;
        size_t current = end / PAGE;
        if (pages < current / 4) pages = current / 4;  // grow by a quarter at least
        if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) {
            pages = (need + PAGE - 1) / PAGE;
            if (__builtin_wasm_memory_grow(0, pages) == (size_t)-1) return 0;
        }
        end += pages * PAGE;
    }
    uintptr_t block = top;
    top += size;
    return block;
}

int posix_memalign(void **result, size_t alignment, size_t size) {
    if (alignment < HEADER) alignment = HEADER;
    size_t whole = size + HEADER + (alignment > HEADER ? alignment : 0);
    if (whole < size) return 12;
    unsigned c = class_of(whole);
    uintptr_t block = take(c);
    if (!block) return 12;  // ENOMEM
    uintptr_t user = (block + HEADER + alignment - 1) & ~(uintptr_t)(alignment - 1);
    header_t *header = (header_t *)(user - HEADER);
    header->size_class = c;
    header->offset = (uint32_t)(user - HEADER - block);
    *result = (void *)user;
    return 0;
}

void *malloc(size_t size) {
    void *result = 0;
    return posix_memalign(&result, HEADER, size) == 0 ? result : 0;
}

void free(void *pointer) {
    if (!pointer) return;
    header_t *header = (header_t *)((uintptr_t)pointer - HEADER);
    unsigned c = header->size_class;
    void *block = (void *)((uintptr_t)header - header->offset);
    *(void **)block = free_lists[c];
    free_lists[c] = block;
}

// Compiled with bulk memory (-mbulk-memory): each of these is one memory.copy or memory.fill instruction.
void *memcpy(void *destination, const void *source, size_t count) {
    return __builtin_memcpy(destination, source, count);
}

void *memmove(void *destination, const void *source, size_t count) {
    return __builtin_memmove(destination, source, count);
}

void *memset(void *destination, int value, size_t count) {
    return __builtin_memset(destination, value, count);
}

int memcmp(const void *left, const void *right, size_t count) {
    const unsigned char *a = left, *b = right;
    for (; count; count--, a++, b++) {
        if (*a != *b) return *a < *b ? -1 : 1;
    }
    return 0;
}

// What the Swift runtime asks for besides memory: random bytes to seed its hash tables (the register never depends
// on their order; a fixed generator is enough), and a character output that the module never uses.
void arc4random_buf(void *buffer, size_t count) {
    static uint64_t state = 0x9E3779B97F4A7C15ull;
    unsigned char *bytes = buffer;
    while (count--) {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        *bytes++ = (unsigned char)state;
    }
}

int putchar(int character) { return character; }

// 128-bit multiplication (the Swift standard library's full-width multiply), from 64-bit halves.
typedef unsigned __int128 u128;
u128 __multi3(u128 a, u128 b) {
    uint64_t al = (uint64_t)a, ah = (uint64_t)(a >> 64), bl = (uint64_t)b, bh = (uint64_t)(b >> 64);
    uint64_t a0 = al & 0xFFFFFFFFu, a1 = al >> 32, b0 = bl & 0xFFFFFFFFu, b1 = bl >> 32;
    uint64_t p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    uint64_t mid = (p00 >> 32) + (p01 & 0xFFFFFFFFu) + (p10 & 0xFFFFFFFFu);
    uint64_t low = (p00 & 0xFFFFFFFFu) | (mid << 32);
    uint64_t high = p11 + (p01 >> 32) + (p10 >> 32) + (mid >> 32) + al * bh + ah * bl;
    return ((u128)high << 64) | low;
}

// Rounding half away from zero (Double.rounded()); wasm has trunc but not this.
double round(double x) {
    double t = __builtin_trunc(x);
    if (__builtin_fabs(x - t) >= 0.5) t += x > 0 ? 1.0 : -1.0;
    return t;
}
