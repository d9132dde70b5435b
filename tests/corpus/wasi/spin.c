// spin: prints one line, then either loops forever (no argument) or allocates without end ("grow"). A host's limits
// (WasiLimits.Timeout) must end it with a trap while the host keeps working.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    printf("spinning\n");
    fflush(stdout);
    if (argc > 1 && strcmp(argv[1], "grow") == 0) {
        // Each block is linked from a global, so the compiler cannot elide the allocation (an unused malloc + memset
        // is removed at -O2, which would make this an endless loop instead).
        static void *volatile blocks;
        for (;;) {
            char *block = malloc(1 << 20);
            if (block == NULL) return 3;
            memset(block, 1, 1 << 20);
            *(void **)block = blocks;
            blocks = block;
        }
    }
    volatile unsigned long counter = 0;
    for (;;) counter++;
}
