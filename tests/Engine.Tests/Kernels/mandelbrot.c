/* Mandelbrot set escape counts: f64 arithmetic, comparisons, int<->float conversions, sqrt. */
#include "kernel.h"

/* Sums the escape iterations (capped at max_iter) of a size x size grid over [-2, 1] x [-1.5, 1.5],
   mixed with a float-derived term so conversions and sqrt reach the result. */
EXPORT("mandelbrot") i64 mandelbrot(int size, int max_iter) {
    if (size <= 0 || max_iter <= 0) return 0;
    i64 total = 0;
    double radius_sum = 0.0;
    for (int py = 0; py < size; py++) {
        double ci = -1.5 + 3.0 * (double)py / (double)size;
        for (int px = 0; px < size; px++) {
            double cr = -2.0 + 3.0 * (double)px / (double)size;
            double zr = 0.0, zi = 0.0;
            int n = 0;
            while (n < max_iter && zr * zr + zi * zi <= 4.0) {
                double t = zr * zr - zi * zi + cr;
                zi = 2.0 * zr * zi + ci;
                zr = t;
                n++;
            }
            total += n;
            radius_sum += __builtin_sqrt(zr * zr + zi * zi) / (double)(n + 1);
        }
    }
    return total * 1000003 + (i64)(radius_sum * 1024.0);
}
