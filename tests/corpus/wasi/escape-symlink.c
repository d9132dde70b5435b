// escape-symlink: creating symlinks whose targets lead out of the preopen /data. Kept apart from escape.c because
// hosts may differ here: WitSharp refuses such a link outright (not-permitted), a host that creates it still never
// follows it out, which the second half checks.
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

static void attempt(const char *what, int result) {
    if (result < 0) printf("%s: refused (%s)\n", what, strerror(errno));
    else printf("%s: made\n", what);
}

static void follow(const char *path) {
    int fd = open(path, O_RDONLY);
    if (fd < 0) { printf("follow %s: refused (%s)\n", path, strerror(errno)); return; }
    char buffer[64] = {0};
    ssize_t n = read(fd, buffer, sizeof buffer - 1);
    close(fd);
    printf("follow %s: OPENED, %zd bytes%s\n", path, n, strstr(buffer, "outside") ? ": LEAKED" : "");
}

int main(void) {
    attempt("symlink absolute", symlink("/etc/passwd", "/data/new-abs"));
    attempt("symlink relative out", symlink("../outside/secret.txt", "/data/new-rel"));
    attempt("symlink inside", symlink("inside.txt", "/data/new-in"));
    follow("/data/new-abs");
    follow("/data/new-rel");
    follow("/data/new-in");
    return 0;
}
