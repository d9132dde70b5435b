namespace WitSharp.Wasi;

/// <summary>
/// How a WASI command ended: <see cref="ExitCode"/> as a process would report it (0 success, 1 when <c>run</c>
/// returned an error, the guest's own code after <c>wasi:cli/exit</c>, <see cref="WasiCommand.TrapExitCode"/> after a
/// trap), and the trap's message when it trapped.
/// </summary>
public sealed record WasiRunResult(int ExitCode, string? TrapMessage)
{
    /// <summary>What the guest was refused for want of a capability (<see cref="WasiContext.Refusals"/>).</summary>
    public System.Collections.Generic.IReadOnlyList<string> Refusals { get; init; } = System.Array.Empty<string>();

    /// <summary>True when the guest trapped (or was interrupted) instead of returning or exiting.</summary>
    public bool Trapped => TrapMessage is not null;
}
