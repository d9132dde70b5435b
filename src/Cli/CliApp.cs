using System;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
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
        if (HelpRequest(args, root, stdout, stderr) is { } helpExit) return helpExit;
        var parse = root.Parse(args);
        var config = new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false };
        // Parse errors get our own message and exit code 2 (System.CommandLine's default is 1, our "findings").
        if (parse.Action is ParseErrorAction)
        {
            // An unknown option makes the parser misplace the tokens after it, and its own error then blames one
            // of those ("Unrecognized argument 'p'"): name the option instead.
            var unknown = UnknownOptions(args, parse.CommandResult.Command, root);
            foreach (string option in unknown)
            {
                var known = parse.CommandResult.Command.Options.Where(o => !o.Hidden).Select(o => o.Name).Append("--help");
                stderr.WriteLine($"witsharp: unknown option '{option}' for '{parse.CommandResult.Command.Name}'; its options are {string.Join(", ", known)}.");
            }
            if (unknown.Count == 0) foreach (var error in parse.Errors) stderr.WriteLine($"witsharp: {error.Message}");
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

    /// <summary>The tokens that look like options (<c>-x</c>, <c>--name</c>, <c>--name=value</c>) but that <paramref name="command"/> does not have.</summary>
    private static System.Collections.Generic.List<string> UnknownOptions(string[] args, Command command, RootCommand root)
    {
        // --help is the root's, recursive: every command has it.
        var options = command.Options.Concat(root.Options.Where(o => o.Recursive));
        var names = options.SelectMany(o => o.Aliases.Prepend(o.Name)).ToHashSet(StringComparer.Ordinal);
        var unknown = new System.Collections.Generic.List<string>();
        foreach (string arg in args.TakeWhile(a => a != "--"))
        {
            if (arg.Length < 2 || arg[0] != '-' || char.IsDigit(arg[1])) continue;
            string name = arg.Split('=', ':')[0];
            if (!names.Contains(name) && !unknown.Contains(name)) unknown.Add(name);
        }
        return unknown;
    }

    /// <summary>
    /// First contact: bare <c>witsharp</c>, <c>witsharp help</c> and <c>witsharp --help</c> print the command list
    /// (exit 0); <c>witsharp help &lt;command&gt;</c> is <c>witsharp &lt;command&gt; --help</c>. Null for anything else.
    /// </summary>
    private static int? HelpRequest(string[] args, RootCommand root, TextWriter stdout, TextWriter stderr)
    {
        bool rootHelp = args.Length == 0 || (args.Length == 1 && args[0] is "help" or "--help" or "-h" or "-?" or "/?" or "/h");
        if (rootHelp)
        {
            CommandList.Write(root, stdout);
            return ExitCodes.Success;
        }
        if (args[0] != "help") return null;
        if (args.Length == 2 && root.Subcommands.FirstOrDefault(c => c.Name == args[1]) is { } command)
        {
            return root.Parse(new[] { command.Name, "--help" }).Invoke(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
        stderr.WriteLine(args.Length == 2
            ? $"witsharp: unknown command '{args[1]}'; the commands are {string.Join(", ", root.Subcommands.Select(c => c.Name))}."
            : "witsharp: 'help' takes one command name at most.");
        stderr.WriteLine("Run 'witsharp --help' for usage.");
        return ExitCodes.UsageOrIoError;
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
        root.Subcommands.Add(ComponentCommand.Create(stdout, stderr));
        root.Subcommands.Add(RunCommand.Create(stdout, stderr));
        root.Subcommands.Add(ServeCommand.Create(stdout, stderr));
        return root;
    }
}
