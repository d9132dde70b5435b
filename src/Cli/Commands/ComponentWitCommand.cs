using System.CommandLine;
using System.IO;
using WitSharp.Cli.Input;
using WitSharp.Components.Wit;
using WitSharp.Tooling.Elaboration;
using WitSharp.WitParser.Json;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp component wit &lt;file.wasm&gt; [--json]</c>: the WIT of a component (its world, as
/// <c>root:component/root</c>, with every interface it uses in its own package), of a WIT package encoded as a
/// component, or of a core module's <c>component-type</c> section, as <c>wasm-tools component wit</c> prints it.
/// </summary>
public static class ComponentWitCommand
{
    /// <summary>Builds the subcommand.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("file") { Description = "A component (.wasm), a WIT package encoded as one, or a core module with a component-type section." };
        var json = new Option<bool>("--json") { Description = "Print the resolved packages as the reference wit-parser JSON instead of WIT text." };
        var world = new Option<string?>("--world")
        {
            Description = "Name a component's world ns:pkg/world@version instead of root:component/root (a binary does not name its world), " +
                          "so the WIT compares with the WIT it was built from (witsharp diff).",
            HelpName = "ns:pkg/world",
        };
        var command = new Command("wit",
            "Print the WIT inside a binary: a component's world (named root:component/root, as the binary names no world) with every interface " +
            "it imports or exports in its own package, as nested `package … { }` blocks; the package of an encoded WIT package; or the world a core " +
            "module's component-type section was built for. The text is formatted and resolves with `witsharp check`.\n" +
            "Exit code 0: printed, 1: the binary is malformed or its types have no WIT form, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp component wit calc.wasm > calc.wit\n  witsharp component wit calc.wasm --world demo:calc/calc@1.0.0 > calc.wit && witsharp diff wit/calc.wit calc.wit");
        command.Arguments.Add(path);
        command.Options.Add(json);
        command.Options.Add(world);
        command.SetAction(parse =>
        {
            string input = parse.GetValue(path)!;
            if (!WasmFileArgument.Exists(input, stderr)) return ExitCodes.UsageOrIoError;
            string? worldName = parse.GetValue(world);
            if (worldName is not null && !ComponentWit.IsWorldName(worldName))
            {
                stderr.WriteLine($"witsharp: --world '{worldName}' is not of the form ns:pkg/world or ns:pkg/world@1.0.0.");
                return ExitCodes.UsageOrIoError;
            }
            if (WasmInput.ReadWit(input, stderr, worldName) is not { } wit) return ExitCodes.Findings;
            string text = parse.GetValue(json)
                ? WitJsonWriter.Write(wit.Resolve)
                : PackagePrinter.Print(wit.Resolve, wit.Package, wit.Packages);
            stdout.Write(text.EndsWith("\n") ? text : text + "\n");
            return ExitCodes.Success;
        });
        return command;
    }
}
