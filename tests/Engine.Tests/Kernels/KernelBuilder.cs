using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace WitSharp.Engine.Tests.Kernels;

/// <summary>
/// Compiles the C kernels in this folder to core wasm modules with clang (no libc), into a cache folder keyed by
/// a hash of the sources and flags, so repeated test runs and the benchmarks reuse one build.
/// Shared by the engine tests and <c>bench/WitSharp.Engine.Benchmarks</c> (linked source), so the flags live here only.
/// </summary>
public static class KernelBuilder
{
    /// <summary>The clang flags of every kernel: wasm32, no libc, no entry point, bulk memory for memset/memcpy.</summary>
    public static readonly string[] Flags = { "--target=wasm32", "-nostdlib", "-O2", "-Wl,--no-entry", "-mbulk-memory" };

    private static readonly object s_lock = new();

    /// <summary>The kernel names (the <c>.c</c> file names without extension) in <paramref name="sourceDir"/>.</summary>
    public static IReadOnlyList<string> KernelNames(string sourceDir) =>
        Directory.GetFiles(sourceDir, "*.c").Select(Path.GetFileNameWithoutExtension).OrderBy(n => n, StringComparer.Ordinal).ToArray()!;

    /// <summary>
    /// Builds every kernel of <paramref name="sourceDir"/> with <paramref name="clang"/> (unless the cache is current)
    /// and returns the folder holding <c>&lt;kernel&gt;.wasm</c>. Throws <see cref="InvalidOperationException"/> with clang's
    /// output when a compile fails.
    /// </summary>
    public static string Build(string clang, string sourceDir, string? cacheRoot = null)
    {
        string outDir = Path.Combine(cacheRoot ?? Path.Combine(Path.GetTempPath(), "witsharp-kernels"), SourceHash(sourceDir));
        lock (s_lock)
        {
            if (File.Exists(Path.Combine(outDir, ".complete"))) return outDir;
            // Build into a private folder and publish it by rename, so concurrent processes never see half a build.
            string staging = outDir + ".tmp-" + Environment.ProcessId + "-" + Guid.NewGuid().ToString("N");
            Directory.CreateDirectory(staging);
            try
            {
                Parallel.ForEach(KernelNames(sourceDir), name => Compile(clang, sourceDir, name, staging));
                File.WriteAllText(Path.Combine(staging, ".complete"), "");
                try { Directory.Move(staging, outDir); }
                catch (IOException) when (File.Exists(Path.Combine(outDir, ".complete"))) { /* another process won */ }
            }
            finally
            {
                if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
            }
            return outDir;
        }
    }

    private static void Compile(string clang, string sourceDir, string name, string outDir)
    {
        var psi = new ProcessStartInfo(clang) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string flag in Flags) psi.ArgumentList.Add(flag);
        psi.ArgumentList.Add("-o");
        psi.ArgumentList.Add(Path.Combine(outDir, name + ".wasm"));
        psi.ArgumentList.Add(Path.Combine(sourceDir, name + ".c"));
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {clang}");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new InvalidOperationException($"{clang} did not finish compiling {name}.c in 120 s");
        }
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{clang} failed on {name}.c (exit {process.ExitCode}):\n{stdout.Result}{stderr.Result}");
    }

    private static string SourceHash(string sourceDir)
    {
        var text = new StringBuilder(string.Join(" ", Flags));
        IEnumerable<string> sources = Directory.GetFiles(sourceDir, "*.c").Concat(Directory.GetFiles(sourceDir, "*.h"));
        foreach (string file in sources.OrderBy(f => f, StringComparer.Ordinal))
            text.Append('\0').Append(Path.GetFileName(file)).Append('\0').Append(File.ReadAllText(file));
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash, 0, 8).ToLowerInvariant();
    }
}
