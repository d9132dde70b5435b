// escape: every way out of the preopen /data (and every write into the read-only preopen /ro) must fail, with the
// error WASI prescribes; prints each attempt's outcome and whether anything outside was seen. The host beside /data
// keeps outside/secret.txt, and /data holds link-out -> ../outside/secret.txt, link-abs -> <absolute path of it>,
// link-dir-out -> ../outside.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void attempt_open(const char *path, int flags) {
    int fd = open(path, flags, 0644);
    if (fd < 0) { printf("open %s: refused (%s)\n", path, strerror(errno)); return; }
    char buffer[64] = {0};
    ssize_t n = read(fd, buffer, sizeof buffer - 1);
    close(fd);
    printf("open %s: OPENED, read %zd bytes%s\n", path, n, strstr(buffer, "outside") ? ": LEAKED" : "");
}

static void attempt(const char *what, int result) {
    if (result < 0) printf("%s: refused (%s)\n", what, strerror(errno));
    else printf("%s: DONE\n", what);
}

int main(void) {
    attempt_open("/data/../outside/secret.txt", O_RDONLY);
    attempt_open("/data/sub/../../outside/secret.txt", O_RDONLY);
    attempt_open("/data/link-out", O_RDONLY);
    attempt_open("/data/link-abs", O_RDONLY);
    attempt_open("/data/link-dir-out/secret.txt", O_RDONLY);
    attempt_open("/etc/passwd", O_RDONLY);
    attempt_open("/data/../outside/planted.txt", O_CREAT | O_WRONLY);
    attempt_open("/data/link-dir-out/planted.txt", O_CREAT | O_WRONLY);
    attempt_open("/data/link-out", O_WRONLY | O_TRUNC);

    struct stat st;
    attempt("stat through link-dir-out", stat("/data/link-dir-out/secret.txt", &st));
    attempt("mkdir outside", mkdir("/data/../outside/made", 0755));
    attempt("mkdir through link-dir-out", mkdir("/data/link-dir-out/made", 0755));
    attempt("unlink through link-dir-out", unlink("/data/link-dir-out/secret.txt"));
    attempt("rmdir outside", rmdir("/data/../outside"));
    attempt("rename out", rename("/data/inside.txt", "/data/../outside/moved.txt"));
    attempt("rename in", rename("/data/link-dir-out/secret.txt", "/data/stolen.txt"));
    attempt("hard link in", link("/data/link-dir-out/secret.txt", "/data/stolen-link.txt"));
    DIR *dir = opendir("/data/link-dir-out");
    printf("opendir link-dir-out: %s\n", dir ? "OPENED" : strerror(errno));
    if (dir) closedir(dir);

    // The read-only preopen: reading works, every change is refused.
    attempt_open("/ro/inside.txt", O_RDONLY);
    attempt_open("/ro/inside.txt", O_WRONLY);
    attempt_open("/ro/inside.txt", O_RDWR | O_TRUNC);
    attempt_open("/ro/new.txt", O_CREAT | O_WRONLY);
    attempt("ro mkdir", mkdir("/ro/made", 0755));
    attempt("ro unlink", unlink("/ro/inside.txt"));
    attempt("ro rename", rename("/ro/inside.txt", "/ro/renamed.txt"));
    attempt("ro symlink", symlink("inside.txt", "/ro/link"));
    attempt("ro rmdir", rmdir("/ro/sub"));

    // Reading the symlinks themselves is fine: they are entries of /data.
    char target[256];
    ssize_t n = readlink("/data/link-out", target, sizeof target - 1);
    if (n >= 0) { target[n] = 0; printf("readlink link-out: %s\n", target); }
    printf("lstat link-abs: %s\n", lstat("/data/link-abs", &st) == 0 && S_ISLNK(st.st_mode) ? "a symlink" : strerror(errno));
    return 0;
}
