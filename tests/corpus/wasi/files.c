// files: the everyday file operations inside the preopen /data: create, write, append, read, stat, readdir,
// rename, remove, mkdir, rmdir, symlinks that stay inside. Prints each result (errors by name), so witsharp run and
// Wasmtime must agree on the output and leave the same files behind.
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void report(const char *what, int result) {
    if (result < 0) printf("%s: error %s\n", what, strerror(errno));
    else printf("%s: ok\n", what);
}

static void show_file(const char *path) {
    FILE *f = fopen(path, "r");
    if (!f) { printf("read %s: error %s\n", path, strerror(errno)); return; }
    char buffer[256];
    size_t n = fread(buffer, 1, sizeof buffer - 1, f);
    buffer[n] = 0;
    fclose(f);
    printf("read %s: %zu bytes \"%s\"\n", path, n, buffer);
}

static void show_stat(const char *path) {
    struct stat st;
    if (lstat(path, &st) < 0) { printf("stat %s: error %s\n", path, strerror(errno)); return; }
    const char *type = S_ISDIR(st.st_mode) ? "directory" : S_ISREG(st.st_mode) ? "file" : S_ISLNK(st.st_mode) ? "symlink" : "other";
    printf("stat %s: %s, %lld bytes, %llu links\n", path, type, (long long)st.st_size, (unsigned long long)st.st_nlink);
}

static int compare(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

static void list(const char *path) {
    DIR *dir = opendir(path);
    if (!dir) { printf("list %s: error %s\n", path, strerror(errno)); return; }
    char *names[64];
    int count = 0;
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL && count < 64) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) continue;
        names[count++] = strdup(entry->d_name);
    }
    closedir(dir);
    qsort(names, count, sizeof names[0], compare);  // the file system's order differs between directories
    printf("list %s:", path);
    for (int i = 0; i < count; i++) { printf(" %s", names[i]); free(names[i]); }
    printf("\n");
}

int main(void) {
    list("/data");
    show_file("/data/seed.txt");

    FILE *f = fopen("/data/made.txt", "w");
    if (!f) { printf("create: error %s\n", strerror(errno)); return 1; }
    fputs("first line\n", f);
    fclose(f);
    f = fopen("/data/made.txt", "a");
    fputs("appended\n", f);
    fclose(f);
    show_file("/data/made.txt");
    show_stat("/data/made.txt");

    int fd = open("/data/made.txt", O_WRONLY);
    report("pwrite", (int)pwrite(fd, "FIRST", 5, 0));
    report("ftruncate", ftruncate(fd, 16));
    close(fd);
    show_file("/data/made.txt");

    report("open exclusive existing", open("/data/made.txt", O_CREAT | O_EXCL | O_WRONLY, 0644));
    report("open missing", open("/data/missing.txt", O_RDONLY));

    report("mkdir sub", mkdir("/data/sub", 0755));
    report("mkdir sub again", mkdir("/data/sub", 0755));
    report("rename into sub", rename("/data/made.txt", "/data/sub/moved.txt"));
    show_stat("/data/made.txt");
    show_file("/data/sub/moved.txt");
    report("rmdir non-empty", rmdir("/data/sub"));
    report("symlink inside", symlink("sub/moved.txt", "/data/link"));
    show_stat("/data/link");
    show_file("/data/link");
    char target[128];
    ssize_t length = readlink("/data/link", target, sizeof target - 1);
    if (length >= 0) { target[length] = 0; printf("readlink: %s\n", target); }
    report("link", link("/data/seed.txt", "/data/seed-hard.txt"));
    show_stat("/data/seed.txt");
    list("/data");
    list("/data/sub");

    report("unlink link", unlink("/data/link"));
    report("unlink a directory", unlink("/data/sub"));
    report("unlink moved", unlink("/data/sub/moved.txt"));
    report("rmdir sub", rmdir("/data/sub"));
    report("remove doomed.txt", unlink("/data/doomed.txt"));
    list("/data");
    return 0;
}
