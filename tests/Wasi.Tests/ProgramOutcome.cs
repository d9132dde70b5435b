namespace WitSharp.Wasi.Tests;

/// <summary>What a WASI command did, as both hosts are compared on it: its output streams and exit code.</summary>
public sealed record ProgramOutcome(string Stdout, string Stderr, int ExitCode, bool Trapped)
{
    public override string ToString() => $"exit {ExitCode}{(Trapped ? " (trap)" : "")}\n--- stdout\n{Stdout}--- stderr\n{Stderr}";
}
