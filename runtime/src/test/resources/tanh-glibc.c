/*
 * Prints glibc's tanh and expm1 for a fixed sample of inputs, one line each: the hex bits of x,
 * of tanh(x) and of expm1(x). TanhSample.java keeps the lines the JDK gets wrong and a sample of
 * the rest, which is tanh-glibc.txt, the table TanhTest holds nnc's Tanh and Expm1 to:
 *
 *   gcc -O2 -o /tmp/tanh-glibc tanh-glibc.c -lm
 *   /tmp/tanh-glibc | java TanhSample.java > tanh-glibc.txt
 *
 * Compile with any -O: the inputs are made at run time, so gcc cannot fold tanh and expm1 into
 * correctly rounded constants (which glibc's are not, always). Made with glibc 2.36 on x86-64 (Debian 12), whose expm1 is its FMA build on every CPU since 2013.
 */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

static uint64_t state;

/* splitmix64: the same inputs on every machine */
static uint64_t next(void) {
    uint64_t z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static uint64_t bits(double d) { uint64_t b; memcpy(&b, &d, 8); return b; }
static double from_bits(uint64_t b) { double d; memcpy(&d, &b, 8); return d; }
static double unit(void) { return (double) (next() >> 11) * 0x1p-53; }

static void print(double x) {
    printf("%016llx %016llx %016llx\n", (unsigned long long) bits(x), (unsigned long long) bits(tanh(x)),
           (unsigned long long) bits(expm1(x)));
}

/* Where the algorithms change branch: |x| = 2^-55, 2^-54, ln2/2, 1, 3 ln2/2, 20 ln2, 22, 56 ln2, 709.78. */
static const double edges[] = {0x1p-55, 0x1p-54, 0.34657359027997264, 1.0, 1.0397207708399179, 13.862943611198906,
                               22.0, 38.816242111356935, 709.782712893384, 0.25, 0.5, 2.0, 3.0, 20.0};

int main(void) {
    state = 2026;
    for (int i = 0; i < 1000000; i++) {          /* where networks live */
        print(unit() * 6.0 - 3.0);
    }
    for (int i = 0; i < 300000; i++) {           /* every magnitude from 2^-60 to 64 */
        uint64_t r = next();
        double x = ldexp(1.0 + unit(), (int) (r % 67) - 60);
        print(r & (1ULL << 40) ? -x : x);
    }
    for (int i = 0; i < 60000; i++) {             /* a few thousand ulps either side of each edge */
        uint64_t r = next();
        double edge = edges[r % (sizeof edges / sizeof edges[0])];
        int64_t ulps = (int64_t) ((r >> 16) % 4001) - 2000;
        print(from_bits(bits(r & (1ULL << 8) ? -edge : edge) + ulps));
    }
    volatile double special[] = {0.0, -0.0, INFINITY, -INFINITY, NAN, 0x1p-1074, -0x1p-1074, 0x1p-1022, 1e300, -1e300};
    for (int i = 0; i < (int) (sizeof special / sizeof special[0]); i++) {
        print(special[i]);
    }
    return 0;
}
