using System.CommandLine;
using System.IO;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;

namespace WitSharp.Cli.Commands;

/// <summary><c>witsharp json &lt;path&gt;</c>: the resolved package in the reference wit-parser JSON format.</summary>
public static class JsonCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommonOptions common, TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("path") { Description = "A .wit file or a package directory (root *.wit plus deps/)." };
        var command = new Command("json",
            "Print the resolved package as the reference wit-parser JSON on stdout. Diagnostics always go to stderr here, " +
            "so that stdout stays one JSON document. Exit code 0: printed, 1: errors, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp json wit-samples/http-handler > http.json");
        command.Arguments.Add(path);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            string input = parse.GetValue(path)!;
            if (InputPaths.ReportMissing(InputPaths.Missing(new[] { input }), stderr)) return ExitCodes.UsageOrIoError;
            // stdout is reserved for the package JSON: machine-format diagnostics go to stderr too.
            var writer = new DiagnosticWriter(parse.GetValue(common.Format), stderr, stderr);
            var result = FrontEnd.Load(input, common.GetFeatures(parse), parse.GetValue(common.AllFeatures), wantJson: true);
            writer.Write(result.Diagnostics);
            writer.Complete();
            if (!result.Success || result.Json is null) return ExitCodes.Findings;
            stdout.WriteLine(result.Json);
            return ExitCodes.Success;
        });
        return command;
    }
}
