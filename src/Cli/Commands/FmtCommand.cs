using System.CommandLine;
using System.IO;
using System.Text;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp fmt [--check] &lt;path&gt;…</c>: rewrites WIT files in the canonical style. Files that do not parse
/// are reported and left untouched.
/// </summary>
public static class FmtCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommonOptions common, TextWriter stdout, TextWriter stderr)
    {
        var paths = CommonOptions.PathsArgument("A .wit file, or a directory: every *.wit below it, deps/ included.");
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: print a unified diff for each file that is not formatted and exit 1.",
        };
        var command = new Command("fmt",
            "Format WIT files in place. With --check, print diffs instead and exit 1 when a file would change. " +
            "Exit code 0: formatted (or already formatted), 1: unformatted (--check) or unparsable files, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp fmt --check wit-samples");
        command.Arguments.Add(paths);
        command.Options.Add(check);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var (files, missing) = InputPaths.ExpandWitFiles(parse.GetValue(paths) ?? System.Array.Empty<string>());
            if (InputPaths.ReportMissing(missing, stderr)) return ExitCodes.UsageOrIoError;

            bool checkOnly = parse.GetValue(check);
            var writer = new DiagnosticWriter(parse.GetValue(common.Format), stdout, stderr);
            bool findings = false;
            foreach (string file in files)
            {
                var (source, readDiagnostics) = SourceReader.Read(file);
                if (source is null)
                {
                    writer.Write(readDiagnostics);
                    findings = true;
                    continue;
                }
                var (formatted, diagnostics) = FrontEnd.Format(source);
                if (formatted is null)
                {
                    writer.Write(diagnostics);
                    stderr.WriteLine($"witsharp: {file}: not formatted, it does not parse");
                    findings = true;
                    continue;
                }
                if (formatted == source.Text) continue;
                if (checkOnly)
                {
                    stdout.Write(UnifiedDiff.Create(file.Replace('\\', '/'), source.Text, formatted));
                    findings = true;
                }
                else
                {
                    File.WriteAllText(file, formatted, new UTF8Encoding(false));
                    stderr.WriteLine($"formatted {file}");
                }
            }
            writer.Complete();
            return findings ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
