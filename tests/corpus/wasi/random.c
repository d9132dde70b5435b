// random: properties of getrandom and arc4random, not their values: the lengths asked for come back, two draws of
// 32 bytes differ, and 4096 bytes are not all one value.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>

int main(void) {
    unsigned char a[32], b[32], big[4096];
    int ok = getentropy(a, sizeof a) == 0 && getentropy(b, sizeof b) == 0;
    printf("two 32-byte draws: %s\n", ok ? "ok" : "failed");
    printf("the draws differ: %s\n", memcmp(a, b, sizeof a) != 0 ? "yes" : "no");
    arc4random_buf(big, sizeof big);
    int distinct = 0, seen[256] = {0};
    for (size_t i = 0; i < sizeof big; i++) {
        if (!seen[big[i]]++) distinct++;
    }
    printf("4096 bytes hold more than 200 distinct values: %s\n", distinct > 200 ? "yes" : "no");
    unsigned int x = arc4random_uniform(10);
    printf("arc4random_uniform(10) below 10: %s\n", x < 10 ? "yes" : "no");
    return 0;
}
