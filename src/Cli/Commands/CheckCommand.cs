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
        var paths = CommonOptions.PathsArgument("A .wit file, a package directory (root *.wit plus deps/), or a folder of package directories. Several may be given.");
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

            var format = parse.GetValue(common.Format);
            var writer = new DiagnosticWriter(format, stdout, stderr);
            var features = common.GetFeatures(parse);
            bool allFeatures = parse.GetValue(common.AllFeatures);
            bool failed = false;
            int checkedPackages = 0;
            foreach (string input in inputs)
            {
                var packages = InputPaths.ExpandPackages(input);
                if (packages.Count == 0)
                {
                    stderr.WriteLine($"witsharp: no WIT package found in {input}");
                    failed = true;
                }
                foreach (string package in packages)
                {
                    var result = FrontEnd.Load(package, features, allFeatures, wantJson: false);
                    writer.Write(result.Diagnostics);
                    failed |= !result.Success;
                    checkedPackages++;
                }
            }
            writer.Complete();
            // The text format is for people: stdout is free there, so say what was done.
            if (format == DiagnosticFormat.Text) stdout.WriteLine($"checked {checkedPackages} package(s): {writer.ErrorCount} error(s)");
            return failed || writer.ErrorCount > 0 ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
