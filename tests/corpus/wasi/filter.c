// filter: copies stdin to stdout, upper-casing ASCII letters, then reports the byte and line counts on stderr.
// Checks stdin (empty unless configured), blocking reads and large writes.
#include <ctype.h>
#include <stdio.h>

int main(void) {
    char buffer[4096];
    size_t total = 0, lines = 0, n;
    while ((n = fread(buffer, 1, sizeof buffer, stdin)) > 0) {
        for (size_t i = 0; i < n; i++) {
            if (buffer[i] == '\n') lines++;
            buffer[i] = (char)toupper((unsigned char)buffer[i]);
        }
        fwrite(buffer, 1, n, stdout);
        total += n;
    }
    fprintf(stderr, "filter: %zu bytes, %zu lines\n", total, lines);
    return ferror(stdin) ? 2 : 0;
}
