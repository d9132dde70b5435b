using System.CommandLine;
using System.IO;
using System.Text;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp fmt [--check] &lt;path&gt;…</c>: rewrites WIT files in the canonical style, each atomically and in
/// its own line endings and byte-order mark. Files that do not parse, or cannot be read or written, are reported and
/// left untouched, and the others are still formatted.
/// </summary>
public static class FmtCommand
{
    /// <summary>Builds the command.</summary>
    /// <param name="common">The options every command shares.</param>
    /// <param name="stdout">Where diffs and machine-format diagnostics go.</param>
    /// <param name="stderr">Where progress, the summary and text diagnostics go.</param>
    /// <param name="files">How files are replaced; null for the real file system (tests pass a failing one).</param>
    public static Command Create(CommonOptions common, TextWriter stdout, TextWriter stderr, AtomicFileWriter? files = null)
    {
        var paths = CommonOptions.PathsArgument("A .wit file, or a directory: every *.wit below it, deps/ included.");
        var check = new Option<bool>("--check")
        {
            Description = "Change nothing: print a unified diff for each file that is not formatted (on stdout; on stderr with a machine --format) and exit 1.",
        };
        var command = new Command("fmt",
            "Format WIT files in place. Each file keeps its line endings (CRLF or LF) and byte-order mark, and is replaced atomically " +
            "(written beside it, then renamed over it), so a failed write leaves it as it was. With --check, print diffs instead and " +
            "exit 1 when a file would change. Ends with a one-line summary on stderr.\n" +
            "Exit code 0: formatted (or already formatted), 1: unformatted (--check) or unparsable files, 2: usage error, or a file " +
            "that could not be read or written (the others are still formatted).\n\n" +
            "Example:\n  witsharp fmt --check wit-samples");
        command.Arguments.Add(paths);
        command.Options.Add(check);
        common.AddTo(command);
        command.SetAction(parse =>
        {
            var (filesToFormat, missing) = InputPaths.ExpandWitFiles(parse.GetValue(paths) ?? System.Array.Empty<string>());
            if (InputPaths.ReportMissing(missing, stderr)) return ExitCodes.UsageOrIoError;

            var format = parse.GetValue(common.Format);
            var writer = new DiagnosticWriter(format, stdout, stderr);
            // A machine format owns stdout (one document): the diffs of --check go to stderr then.
            var diffs = format == DiagnosticFormat.Text ? stdout : stderr;
            try
            {
                return new FmtRun(parse.GetValue(check), files ?? new AtomicFileWriter(), writer, diffs, stderr).Run(filesToFormat);
            }
            finally
            {
                // Whatever happened, a --format json run prints its array.
                writer.Complete();
            }
        });
        return command;
    }
}
