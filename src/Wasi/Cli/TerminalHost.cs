using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.TerminalInput;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.TerminalOutput;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.TerminalStderr;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.TerminalStdin;
using WitSharp.Wasi.Bindings.Wasi.Cli.V0_2_12.TerminalStdout;

namespace WitSharp.Wasi.Cli;

/// <summary>
/// <c>wasi:cli/terminal-*</c>: the host never presents a terminal, so programs see plain streams (no colours, no
/// line editing) and their output is the same whether it lands on a console, a pipe or a file.
/// </summary>
internal sealed class TerminalHost : ITerminalStdin, ITerminalStdout, ITerminalStderr
{
    public TerminalInput? GetTerminalStdin() => null;

    public TerminalOutput? GetTerminalStdout() => null;

    public TerminalOutput? GetTerminalStderr() => null;
}
