using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.Exit;

namespace WitSharp.Wasi.Cli;

/// <summary>
/// <c>wasi:cli/exit</c>: records the code on the context and unwinds the guest with <see cref="WasiExitException"/>.
/// The engine turns the exception into a trap of the instance (nothing more may run in it, as after a real exit); the
/// runner reads <see cref="WasiContext.ExitCode"/> to tell an exit from a trap.
/// </summary>
internal sealed class ExitHost(Func<WasiContext> context) : IExit
{
    public void Exit(Result<Unit, Unit> status) => End(status.IsOk ? 0 : 1);

    public void ExitWithCode(byte statusCode) => End(statusCode);

    private void End(int code)
    {
        context().ExitCode = code;
        throw new WasiExitException(code);
    }
}
