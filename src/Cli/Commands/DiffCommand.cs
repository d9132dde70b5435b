using System.CommandLine;
using System.IO;
using System.Linq;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;
using WitSharp.Tooling.Diff;
using WitSharp.Tooling.Subtyping;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp diff &lt;old&gt; &lt;new&gt;</c>: the semantic, breaking-change-aware diff of two versions of WIT
/// packages, with a semver verdict. Exit code 0: the version bump covers the changes, 1: a breaking change ships
/// without a major bump (minor below 1.0.0) or an input has WIT errors, 2: usage or I/O error.
/// </summary>
public static class DiffCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var oldPath = new Argument<string>("old") { Description = "The old version: a .wit file or a package directory (with deps/)." };
        var newPath = new Argument<string>("new") { Description = "The new version, in the same form." };
        var format = ReportFormatOption.Create();
        var sourceRoot = new Option<string?>("--source-root") { Description = "Folder SARIF and GitHub paths are relative to (default: the current directory)." };
        var command = new Command("diff",
            "Compare two versions of WIT packages by the Component Model's subtyping rules: packages, interfaces, worlds, types and functions are " +
            "matched by name and each change is classified breaking, compatible or a note (changes to @unstable items). The packages' versions are " +
            "then checked: breaking changes need a major bump (a minor one below 1.0.0), additions a minor one (a patch one below 1.0.0). " +
            "Every @unstable feature is enabled.\n" +
            "Exit code 0: the bump covers the changes, 1: a breaking change without a major bump (or WIT errors), 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp diff wit-v1.0/ wit/ --format github");
        command.Arguments.Add(oldPath);
        command.Arguments.Add(newPath);
        command.Options.Add(format);
        command.Options.Add(sourceRoot);
        command.SetAction(parse =>
        {
            string oldInput = parse.GetValue(oldPath)!, newInput = parse.GetValue(newPath)!;
            if (InputPaths.ReportMissing(InputPaths.Missing(new[] { oldInput, newInput }), stderr)) return ExitCodes.UsageOrIoError;
            var reportFormat = parse.GetValue(format);
            var old = WitSideLoader.Load(oldInput);
            var @new = WitSideLoader.Load(newInput);
            if (old.Side is null || @new.Side is null)
            {
                var errors = ReportOutput.FromDiagnostics(old.Diagnostics.Concat(@new.Diagnostics));
                ReportOutput.Write(errors, reportFormat, "diff: the inputs have WIT errors; nothing compared", stdout, stderr);
                return ExitCodes.Findings;
            }
            var diff = WitDiff.Compare(old.Side, @new.Side);
            var report = DiffFindings.ToReport(diff) with { SourceRoot = parse.GetValue(sourceRoot) ?? Directory.GetCurrentDirectory() };
            int breaking = diff.Breaking.Count(), compatible = diff.Changes.Count(c => c.Class == ChangeClass.Compatible);
            string summary = $"diff: {breaking} breaking, {compatible} compatible, {diff.Changes.Count - breaking - compatible} note(s); " +
                             (diff.Fails ? "the version bump does not cover the breaking changes" : "the version bump covers the changes");
            ReportOutput.Write(report, reportFormat, summary, stdout, stderr);
            return diff.Fails ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }
}
