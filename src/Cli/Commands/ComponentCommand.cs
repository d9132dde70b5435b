using System.CommandLine;
using System.IO;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp component wit|inspect &lt;file.wasm&gt;</c>: what a component binary (or a core module carrying a
/// <c>component-type</c> section) holds: its WIT, or its imports, exports, core modules, canonical options and producers.
/// </summary>
public static class ComponentCommand
{
    /// <summary>Builds the command and its subcommands.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("component",
            "Read a WebAssembly component binary: 'wit' prints the WIT it implements, 'inspect' lists what it is made of.\n\n" +
            "Example:\n  witsharp component wit calc.wasm\n  witsharp component inspect calc.wasm --format json");
        command.Subcommands.Add(ComponentWitCommand.Create(stdout, stderr));
        command.Subcommands.Add(ComponentInspectCommand.Create(stdout, stderr));
        return command;
    }
}
