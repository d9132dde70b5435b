using System;

namespace WitSharp.Wasi;

/// <summary>
/// Thrown out of a guest call when the guest calls <c>wasi:cli/exit.exit</c>: the run ends with <see cref="ExitCode"/>.
/// It is how a program ends, not a trap; a runner catches it and passes the code on.
/// </summary>
public sealed class WasiExitException : Exception
{
    /// <summary>Creates the exception for exit code <paramref name="exitCode"/>.</summary>
    public WasiExitException(int exitCode) : base($"the component exited with code {exitCode}") => ExitCode = exitCode;

    /// <summary>The process exit code the guest asked for (0 success).</summary>
    public int ExitCode { get; }
}
