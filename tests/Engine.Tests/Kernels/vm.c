/* A tiny bytecode interpreter: a dense switch (br_table), an operand stack in linear memory, and jumps. */
#include "kernel.h"

enum { OP_PUSH, OP_ADD, OP_SUB, OP_MUL, OP_XOR, OP_DUP, OP_SWAP, OP_DROP, OP_SHL, OP_SHR, OP_JNZ, OP_DEC, OP_HALT };

/* The program: acc = 5381; repeat `loops` times { acc = ((acc * 33) ^ (acc >>> 3)) + 7; }, with the loop counter on the stack too. */
static const int program[] = {
    /* 0 */ OP_PUSH, 5381,          /* acc */
    /* 2 */ OP_PUSH, 0,             /* counter, patched with `loops` */
    /* 4 */ OP_SWAP,                /* counter acc */
    /* 5 */ OP_DUP, OP_PUSH, 33, OP_MUL, /* counter acc acc*33 */
    /* 9 */ OP_SWAP, OP_PUSH, 3, OP_SHR, /* counter acc*33 acc>>3 */
    /* 13 */ OP_XOR,                /* counter x */
    /* 14 */ OP_SWAP, OP_DUP,       /* x counter counter */
    /* 16 */ OP_SWAP, OP_DROP,      /* x counter */
    /* 18 */ OP_DUP, OP_PUSH, 1, OP_SHL, /* x counter counter*2 */
    /* 22 */ OP_SWAP, OP_DEC,       /* x counter*2 counter-1 */
    /* 24 */ OP_SWAP, OP_DROP,      /* x counter-1 */
    /* 26 */ OP_SWAP, OP_PUSH, 7, OP_ADD, /* counter-1 x+7 */
    /* 30 */ OP_SWAP, OP_DUP,       /* x counter counter */
    /* 32 */ OP_JNZ, 4,             /* x counter, loop while counter != 0 */
    /* 34 */ OP_DROP, OP_HALT,
};

/* Runs the program for `loops` iterations and returns the accumulator (0 for loops <= 0). */
EXPORT("vm") int vm(int loops) {
    if (loops <= 0) return 0;
    u8 *top = heap_reset();
    int *stack = heap_alloc(&top, 64 * sizeof(int));
    int *code = heap_alloc(&top, sizeof(program));
    if (!stack || !code) return -1;
    __builtin_memcpy(code, program, sizeof(program));
    code[3] = loops;
    int sp = 0, pc = 0;
    for (;;) {
        int op = code[pc++];
        switch (op) {
        case OP_PUSH: stack[sp++] = code[pc++]; break;
        case OP_ADD: sp--; stack[sp - 1] += stack[sp]; break;
        case OP_SUB: sp--; stack[sp - 1] -= stack[sp]; break;
        case OP_MUL: sp--; stack[sp - 1] *= stack[sp]; break;
        case OP_XOR: sp--; stack[sp - 1] ^= stack[sp]; break;
        case OP_DUP: stack[sp] = stack[sp - 1]; sp++; break;
        case OP_SWAP: { int t = stack[sp - 1]; stack[sp - 1] = stack[sp - 2]; stack[sp - 2] = t; break; }
        case OP_DROP: sp--; break;
        case OP_SHL: sp--; stack[sp - 1] = (int)((u32)stack[sp - 1] << (stack[sp] & 31)); break;
        case OP_SHR: sp--; stack[sp - 1] = (int)((u32)stack[sp - 1] >> (stack[sp] & 31)); break;
        case OP_JNZ: { int target = code[pc++]; sp--; if (stack[sp]) pc = target; break; }
        case OP_DEC: stack[sp - 1]--; break;
        case OP_HALT: return stack[sp - 1];
        default: return -2;
        }
    }
}
