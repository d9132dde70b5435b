using System.CommandLine;
using System.IO;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;

namespace WitSharp.Cli.Commands;

/// <summary><c>witsharp check &lt;path&gt;…</c>: loads and resolves each package and prints every diagnostic.</summary>
public static class CheckCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommonOptions common, TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonOptions.PathsArgument("A .wit file or a package directory (root *.wit plus deps/). Several may be given.");
        var command = new Command("check",
            "Parse and resolve WIT packages and print every diagnostic. Exit code 0: clean, 1: errors, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp check wit-samples/kv-store --format msbuild");
        command.Arguments.Add(paths);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            string[] inputs = parse.GetValue(paths) ?? System.Array.Empty<string>();
            var missing = InputPaths.Missing(inputs);
            if (InputPaths.ReportMissing(missing, stderr)) return ExitCodes.UsageOrIoError;

            var writer = new DiagnosticWriter(parse.GetValue(common.Format), stdout, stderr);
            var features = common.GetFeatures(parse);
            bool allFeatures = parse.GetValue(common.AllFeatures);
            bool failed = false;
            foreach (string input in inputs)
            {
                var result = FrontEnd.Load(input, features, allFeatures, wantJson: false);
                writer.Write(result.Diagnostics);
                failed |= !result.Success;
            }
            writer.Complete();
            return failed || writer.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
