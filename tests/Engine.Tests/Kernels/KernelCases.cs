using System.Collections.Generic;
using System.Linq;

namespace WitSharp.Engine.Tests.Kernels;

/// <summary>
/// The calls the real-code test compares between the engine and V8: small parameters (the test stays fast in an
/// interpreter), including the edges (0, 1) and sizes that make the kernels grow linear memory.
/// </summary>
public static class KernelCases
{
    /// <summary>Every call, grouped by kernel.</summary>
    public static readonly IReadOnlyList<KernelCall> All = new[]
    {
        Call("fib", "fib", "i32", 0), Call("fib", "fib", "i32", 1), Call("fib", "fib", "i32", 12), Call("fib", "fib", "i32", 20),
        Call("fib", "fib64", "i64", 2), Call("fib", "fib64", "i64", 22),
        Call("fib", "depth", "i32", 0), Call("fib", "depth", "i32", 1000),
        Call("fib", "depth", "i32", 100_000_000), // exhausts the call stack: both engines must trap
        Call("sieve", "sieve", "i32", 0), Call("sieve", "sieve", "i32", 2), Call("sieve", "sieve", "i32", 100),
        Call("sieve", "sieve", "i32", 200_000), Call("sieve", "sieve_sum", "i64", 30_000),
        Call("crc32", "crc32", "i32", 0, 1), Call("crc32", "crc32", "i32", 1, 1), Call("crc32", "crc32", "i32", 1000, 3),
        Call("crc32", "crc32", "i32", 70_000, 1),
        Call("matmul", "matmul_f64", "f64", 0), Call("matmul", "matmul_f64", "f64", 1), Call("matmul", "matmul_f64", "f64", 7),
        Call("matmul", "matmul_f64", "f64", 24), Call("matmul", "matmul_f32", "f32", 1), Call("matmul", "matmul_f32", "f32", 9),
        Call("matmul", "matmul_f32", "f32", 24),
        Call("dispatch", "dispatch", "i64", 0), Call("dispatch", "dispatch", "i64", 1), Call("dispatch", "dispatch", "i64", 17),
        Call("dispatch", "dispatch", "i64", 5000),
        Call("strings", "words", "i64", 0), Call("strings", "words", "i64", 1), Call("strings", "words", "i64", 64),
        Call("strings", "words", "i64", 20_000),
        Call("vm", "vm", "i32", 0), Call("vm", "vm", "i32", 1), Call("vm", "vm", "i32", 10), Call("vm", "vm", "i32", 20_000),
        Call("mandelbrot", "mandelbrot", "i64", 0, 10), Call("mandelbrot", "mandelbrot", "i64", 1, 1),
        Call("mandelbrot", "mandelbrot", "i64", 12, 30), Call("mandelbrot", "mandelbrot", "i64", 32, 64),
    };

    /// <summary>The kernel names, for one test case per kernel.</summary>
    public static IEnumerable<object[]> Kernels() => All.Select(c => c.Kernel).Distinct().Select(k => new object[] { k });

    /// <summary>Each kernel with each mode that compiles to CIL (tiered, and everything compiled).</summary>
    public static IEnumerable<object[]> KernelsInCompiledTiers() =>
        from k in All.Select(c => c.Kernel).Distinct()
        from mode in new[] { CompilationMode.Tiered, CompilationMode.Compiled }
        select new object[] { k, mode };

    private static KernelCall Call(string kernel, string export, string result, params int[] args) =>
        new($"{export}({string.Join(", ", args)})", kernel, export, args, result);
}
