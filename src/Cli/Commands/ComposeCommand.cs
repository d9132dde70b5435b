using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using WitSharp.Cli.Output;
using WitSharp.Tooling.Compose;
using WitSharp.Tooling.Reporting;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp compose &lt;socket&gt; --plug &lt;plug&gt;…</c>: WIT-level composition like <c>wac plug</c>. Exit code 0:
/// composed, 1: incompatible plugs or WIT errors, 2: usage or I/O error.
/// </summary>
public static class ComposeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var socket = new Argument<string>("socket") { Description = "The socket component's world: path[:world] (a .wit file or package directory; the world may be left out when its package has one)." };
        var plugs = new Option<string[]>("--plug")
        {
            Description = "A plug component's world, path[:world]; repeat for several plugs. Its exports satisfy the socket's imports of the same name.",
            Arity = ArgumentArity.OneOrMore,
            Required = true,
            AllowMultipleArgumentsPerToken = false,
        };
        var package = new Option<string>("--package") { Description = "The package of the printed world (default: witsharp:composed).", DefaultValueFactory = _ => "witsharp:composed" };
        var worldName = new Option<string?>("--world-name") { Description = "The name of the printed world (default: the socket world's name)." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the composed world to this file instead of stdout." };
        var format = ReportFormatOption.Create();
        var command = new Command("compose",
            "Plug components together at the WIT level, like 'wac plug': each plug's exports satisfy the socket's imports of the same interface " +
            "name (same version track, e.g. 0.2.x), after checking that the export is a subtype of the import (it may offer more, but every function, " +
            "parameter, result, field and case the import names must match). Prints the composed world as WIT: the imports nobody satisfied, the plugs' " +
            "imports and the socket's exports. Problems are reported in --format (text on stderr); the world goes to stdout (or --output) when the " +
            "format is text or --output is given.\n" +
            "Exit code 0: composed, 1: incompatible plugs or WIT errors, 2: usage or I/O error.\n\n" +
            "Example:\n  witsharp compose app/wit:app --plug kv/wit:store --plug logger/wit -o composed.wit");
        command.Arguments.Add(socket);
        foreach (var option in new Option[] { plugs, package, worldName, output, format }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            var reportFormat = parse.GetValue(format);
            var diagnostics = new List<WitSharp.WitParser.Diagnostics.Diagnostic>();
            var socketWorld = Load(parse.GetValue(socket)!, stderr, diagnostics, out bool usageError);
            var plugWorlds = new List<ComponentWorld>();
            foreach (string spec in parse.GetValue(plugs) ?? System.Array.Empty<string>())
            {
                if (Load(spec, stderr, diagnostics, out bool bad) is { } plug) plugWorlds.Add(plug);
                usageError |= bad;
            }
            if (usageError) return ExitCodes.UsageOrIoError;
            if (socketWorld is null || diagnostics.Any(d => d.IsError))
            {
                ReportOutput.Write(ReportOutput.FromDiagnostics(diagnostics), reportFormat, "compose: the inputs have errors; nothing composed", stdout, stderr);
                return ExitCodes.Findings;
            }
            var result = WorldComposer.Compose(socketWorld, plugWorlds, parse.GetValue(package)!, parse.GetValue(worldName));
            var summary = result.Success
                ? $"compose: {result.Plugged.Count} import(s) plugged: " + string.Join(", ", result.Plugged.Select(p => $"{p.Import} <- {p.Plug}"))
                : $"compose: {result.Issues.Count(i => i.IsError)} incompatibilit(ies); nothing composed";
            string? outputPath = parse.GetValue(output);
            bool worldToStdout = outputPath is null && ReportRenderer.WritesToStandardError(reportFormat);
            if (result.Success && outputPath is not null)
            {
                // Replaced whole or not at all: a reader of the old file (a build, an editor) never sees half a world.
                try
                {
                    new AtomicFileWriter().Replace(outputPath, new System.Text.UTF8Encoding(false).GetBytes(result.World.ToWit()));
                }
                catch (System.Exception e) when (e is IOException || e is System.UnauthorizedAccessException)
                {
                    stderr.WriteLine($"compose: cannot write {outputPath}: {e.Message}");
                    return ExitCodes.UsageOrIoError;
                }
            }
            if (result.Success && worldToStdout) stdout.Write(result.World.ToWit());
            // The summary goes to stderr here so that stdout carries only the WIT.
            ReportOutput.Write(ComposeFindings.ToReport(result), reportFormat, summary, worldToStdout ? stderr : stdout, stderr);
            return result.Success ? ExitCodes.Success : ExitCodes.Findings;
        });
        return command;
    }

    /// <summary>Loads a <c>path[:world]</c> spec; WIT errors go to <paramref name="diagnostics"/>, usage errors to stderr.</summary>
    private static ComponentWorld? Load(string spec, TextWriter stderr, List<WitSharp.WitParser.Diagnostics.Diagnostic> diagnostics, out bool usageError)
    {
        usageError = false;
        var (path, world) = WitSideLoader.SplitWorldSpec(spec);
        if (!File.Exists(path) && !Directory.Exists(path))
        {
            stderr.WriteLine($"witsharp: no such file or directory: \"{path}\"");
            usageError = true;
            return null;
        }
        var loaded = WitSideLoader.Load(path);
        diagnostics.AddRange(loaded.Diagnostics);
        if (loaded.Side is not { } side) return null;
        if (!WorldSelection.TrySelect(side.Resolve, side.RootPackages, world, out int id, out string? error))
        {
            stderr.WriteLine($"witsharp: {spec}: {error}");
            usageError = true;
            return null;
        }
        return new ComponentWorld(side, id, spec);
    }
}
