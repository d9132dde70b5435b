// escape-race: opens /data/swap/secret.txt and creates /data/swap/planted.txt over and over while the host swaps
// /data/swap between a directory inside the preopen and a symlink to a directory outside it. Prints how often each
// outcome happened; "leaked" (read the outside file's text) must stay 0, and nothing may be created outside.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
    int rounds = argc > 1 ? atoi(argv[1]) : 1000;
    int opened = 0, leaked = 0, refused = 0, created = 0;
    for (int i = 0; i < rounds; i++) {
        int fd = open("/data/swap/secret.txt", O_RDONLY);
        if (fd < 0) refused++;
        else {
            char buffer[64] = {0};
            read(fd, buffer, sizeof buffer - 1);
            close(fd);
            if (strstr(buffer, "outside")) leaked++;
            else opened++;
        }
        fd = open("/data/swap/planted.txt", O_CREAT | O_WRONLY, 0644);
        if (fd >= 0) { created++; close(fd); unlink("/data/swap/planted.txt"); }
    }
    printf("rounds=%d leaked=%d\n", rounds, leaked);
    fprintf(stderr, "opened=%d refused=%d created=%d\n", opened, refused, created);
    return leaked == 0 ? 0 : 1;
}
