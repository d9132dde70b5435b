using System;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;
using Xunit;

namespace WitSharp.Testing;

/// <summary>Finds and runs external programs (wast2json, clang-19, node), skipping tests visibly when they are absent.</summary>
public static class ExternalTool
{
    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public static string? Find(string name)
    {
        string[] dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (string dir in dirs)
        {
            string candidate = Path.Combine(dir, name);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    /// <summary>The path of <paramref name="name"/>; skips the calling test with a reason when it is not installed.</summary>
    public static string Require(string name, string installHint)
    {
        string? path = Find(name);
        Skip.If(path is null, $"{name} is not installed ({installHint}); .ci/run installs it.");
        return path!;
    }

    /// <summary>Runs a program to completion and returns its exit code and output.</summary>
    public static (int ExitCode, string StdOut, string StdErr) Run(string fileName, string arguments, string? workingDirectory = null, int timeoutMs = 120_000)
    {
        var psi = new ProcessStartInfo(fileName, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        using var process = Process.Start(psi) ?? throw new InvalidOperationException($"cannot start {fileName}");
        Task<string> stdout = process.StandardOutput.ReadToEndAsync();
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeoutMs))
        {
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            throw new TimeoutException($"{fileName} {arguments} did not finish in {timeoutMs} ms");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }
}
