using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using WitSharp.Cli.Commands;
using WitSharp.Cli.Output;

namespace WitSharp.Cli;

/// <summary>
/// The <c>witsharp</c> command tree, runnable in-process with any output writers (the tests use this).
/// Exit codes are <see cref="ExitCodes"/>: 0 clean, 1 findings, 2 usage or I/O error.
/// </summary>
public static class CliApp
{
    /// <summary>Parses <paramref name="args"/> and runs the chosen command, writing to the given writers.</summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr) => Run(args, stdout, stderr, new AtomicFileWriter());

    /// <summary>
    /// Parses <paramref name="args"/> and runs the chosen command; <c>fmt</c> replaces files through
    /// <paramref name="files"/> (tests pass one whose writes fail, as a full disk's do).
    /// </summary>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, AtomicFileWriter files)
    {
        var root = BuildRoot(stdout, stderr, files);
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        // Parse errors get our own message and exit code 2 (System.CommandLine's default is 1, our "findings").
        if (parse.Action is ParseErrorAction)
        {
            foreach (var error in parse.Errors) stderr.WriteLine($"witsharp: {error.Message}");
            stderr.WriteLine("Run 'witsharp --help' for usage.");
            return ExitCodes.UsageOrIoError;
        }
        try
        {
            return parse.Invoke(config);
        }
        catch (IOException e)
        {
            stderr.WriteLine($"witsharp: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"witsharp: {e.Message}");
            return ExitCodes.UsageOrIoError;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A bug, not bad input: one line instead of a stack trace, and a code scripts can tell from findings.
            stderr.WriteLine($"witsharp: internal error ({e.GetType().Name}): {e.Message}; please report it with the input.");
            return ExitCodes.InternalError;
        }
    }

    private static RootCommand BuildRoot(TextWriter stdout, TextWriter stderr, AtomicFileWriter files)
    {
        var root = new RootCommand(
            "witsharp: check, format, lint, diff and compose WebAssembly Component Model WIT packages, " +
            "and generate C# host bindings.\n\n" +
            "Example:\n  witsharp check wit-samples/http-handler\n  witsharp fmt --check wit-samples\n" +
            "  witsharp lint wit-samples --format sarif\n  witsharp generate wit-samples/kv-store --out Generated");
        var common = new CommonOptions();
        root.Subcommands.Add(CheckCommand.Create(common, stdout, stderr));
        root.Subcommands.Add(FmtCommand.Create(common, stdout, stderr, files));
        root.Subcommands.Add(JsonCommand.Create(common, stdout, stderr));
        root.Subcommands.Add(LintCommand.Create(common, stdout, stderr));
        root.Subcommands.Add(DiffCommand.Create(stdout, stderr));
        root.Subcommands.Add(WorldCommand.Create(stdout, stderr));
        root.Subcommands.Add(ComposeCommand.Create(stdout, stderr));
        root.Subcommands.Add(GenerateCommand.Create(common, stdout, stderr));
        return root;
    }
}
