// hello: prints its arguments and two environment variables, writes to stderr, and exits with the code given as
// `--exit N` (or 0). Checks args, env and exit codes under witsharp run and Wasmtime.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    printf("hello from a wasi:cli/command, argc=%d\n", argc);
    for (int i = 0; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    const char *names[] = {"GREETING", "EMPTY"};
    for (int i = 0; i < 2; i++) {
        const char *value = getenv(names[i]);
        printf("%s=%s\n", names[i], value ? value : "(unset)");
    }
    fprintf(stderr, "a line on stderr\n");
    for (int i = 1; i + 1 < argc; i++) {
        if (strcmp(argv[i], "--exit") == 0) {
            fflush(stdout);
            exit(atoi(argv[i + 1]));
        }
    }
    return 0;
}
