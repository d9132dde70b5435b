using System.CommandLine;
using System.IO;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;
using WitSharp.Tooling.Elaboration;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp world &lt;path&gt; [&lt;world&gt;] [--elaborate]</c>: prints a world as WIT, either as written or
/// elaborated (every <c>include</c> expanded, every implicit import written out).
/// </summary>
public static class WorldCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "A .wit file or a package directory (with deps/)." };
        var world = new Argument<string?>("world")
        {
            Description = "The world: a name in the main package (app), or qualified (ns:pkg/app, ns:pkg/app@1.0.0). May be left out when the main package has one world.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var elaborate = new Option<bool>("--elaborate")
        {
            Description = "Print the world as the resolver sees it: includes expanded (with their renames), and the interfaces its imports and exports depend on imported explicitly.",
        };
        var command = new Command("world",
            "Print a world as WIT. Without --elaborate, the declaration as written; with it, the complete world: every include expanded and every " +
            "implicit import written out, as a package header and one world (all @unstable features enabled).\n" +
            "WIT errors are reported in --format (text on stderr).\n" +
            "Exit code 0: printed, 1: WIT errors or no such world, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp world wit/ wasi:http/proxy --elaborate");
        command.Arguments.Add(path);
        command.Arguments.Add(world);
        command.Options.Add(elaborate);
        var format = ReportFormatOption.Create();
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string input = parse.GetValue(path)!;
            if (InputPaths.ReportMissing(InputPaths.Missing(new[] { input }), stderr)) return ExitCodes.UsageOrIoError;
            var loaded = WitSideLoader.Load(input);
            if (loaded.Side is not { } side)
            {
                // As diff and compose report them: with their codes (error[WIT0223]: …), in the chosen format.
                ReportOutput.Write(ReportOutput.FromDiagnostics(loaded.Diagnostics), parse.GetValue(format), "world: the input has errors; nothing printed", stdout, stderr);
                return ExitCodes.Findings;
            }
            if (!WorldSelection.TrySelect(side.Resolve, side.RootPackages, parse.GetValue(world), out int id, out string? error))
            {
                stderr.WriteLine($"witsharp: {error}");
                return ExitCodes.Findings;
            }
            string text = parse.GetValue(elaborate) ? WorldPrinter.Print(side.Resolve, id) : side.WorldSource(id) ?? WorldPrinter.Print(side.Resolve, id);
            stdout.Write(text.EndsWith("\n") ? text : text + "\n");
            return ExitCodes.Success;
        });
        return command;
    }
}
