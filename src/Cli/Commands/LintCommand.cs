using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using WitSharp.Cli.Input;
using WitSharp.Cli.Output;
using WitSharp.Tooling.Config;
using WitSharp.Tooling.Lint;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser;

namespace WitSharp.Cli.Commands;

/// <summary>
/// <c>witsharp lint &lt;path&gt;…</c>: runs the lint rules (<c>WITL001</c>…) over each package and reports the findings.
/// Exit code 0: no error-level finding, 1: error-level findings (front-end errors included), 2: usage, I/O or
/// configuration error.
/// </summary>
public static class LintCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CommonOptions common, TextWriter stdout, TextWriter stderr)
    {
        var paths = new Argument<string[]>("path")
        {
            Description = "A .wit file, a package directory (root *.wit plus deps/), or a folder of package directories.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var format = ReportFormatOption.Create();
        var config = new Option<string?>("--config") { Description = $"Use this configuration file instead of the nearest {LintConfigLoader.FileName} above each input." };
        var explain = new Option<string?>("--explain") { Description = "Print the documentation of one rule (e.g. WITL003) and exit.", HelpName = "rule" };
        var listRules = new Option<bool>("--list-rules") { Description = "List every rule with its default severity and exit." };
        var deps = new Option<string[]>("--deps")
        {
            Description = "Also load the packages found in this folder as dependencies (for trees whose packages sit side by side, like a WASI checkout). May be repeated.",
            HelpName = "folder",
            DefaultValueFactory = _ => Array.Empty<string>(),
        };
        var sourceRoot = new Option<string?>("--source-root") { Description = "Folder SARIF and GitHub paths are relative to (default: the current directory)." };
        var command = new Command("lint",
            "Check WIT packages against review rules (WITL001…). Exit code 0: no error-level findings, 1: error-level findings, 2: usage, I/O or configuration error.\n\n" +
            $"Severities and options come from the nearest {LintConfigLoader.FileName}; silence one line with '// witsharp-disable-next-line WITL001' " +
            "and a whole file with '// witsharp-disable WITL003'.\n\n" +
            "Example:\n  witsharp lint wit/ --format sarif > witsharp.sarif\n  witsharp lint --explain WITL007");
        command.Arguments.Add(paths);
        foreach (var option in new Option[] { format, config, explain, listRules, deps, sourceRoot, common.Features, common.AllFeatures }) command.Options.Add(option);
        command.SetAction(parse =>
        {
            if (parse.GetValue(explain) is { } id) return Explain(id, stdout, stderr);
            if (parse.GetValue(listRules)) return ListRules(stdout);
            string[] inputs = parse.GetValue(paths) ?? Array.Empty<string>();
            if (inputs.Length == 0)
            {
                stderr.WriteLine("witsharp: lint needs at least one path (or --explain / --list-rules).");
                return ExitCodes.UsageOrIoError;
            }
            string[] depFolders = parse.GetValue(deps) ?? Array.Empty<string>();
            if (InputPaths.ReportMissing(InputPaths.Missing(inputs.Concat(depFolders)), stderr)) return ExitCodes.UsageOrIoError;
            var options = new WitLoadOptions { Features = common.GetFeatures(parse).ToArray(), AllFeatures = parse.GetValue(common.AllFeatures) };
            var dependencyPackages = depFolders.SelectMany(InputPaths.ExpandPackages).ToList();
            var run = new LintRun(parse.GetValue(config), options, dependencyPackages, stderr);
            foreach (string input in inputs)
            {
                if (!run.LintInput(input)) return ExitCodes.UsageOrIoError;
            }
            var reportFormat = parse.GetValue(format);
            var rules = LintRules.All.Select(r => r.Descriptor).ToList();
            var report = new Report(run.Findings, rules) { SourceRoot = parse.GetValue(sourceRoot) ?? Directory.GetCurrentDirectory() };
            string summary = $"linted {run.Packages} package(s): {Count(run.Findings, FindingSeverity.Error)} error(s), " +
                             $"{Count(run.Findings, FindingSeverity.Warning)} warning(s), {Count(run.Findings, FindingSeverity.Note)} note(s)";
            ReportOutput.Write(report, reportFormat, summary, stdout, stderr);
            return run.Failed || run.Findings.Any(f => f.IsError) ? ExitCodes.Findings : ExitCodes.Success;
        });
        return command;
    }

    private static int Count(IEnumerable<Finding> findings, FindingSeverity severity) => findings.Count(f => f.Severity == severity);

    private static int Explain(string id, TextWriter stdout, TextWriter stderr)
    {
        if (LintRules.Find(id) is not { } rule)
        {
            stderr.WriteLine($"witsharp: unknown rule '{id}'. Run 'witsharp lint --list-rules' to see them.");
            return ExitCodes.UsageOrIoError;
        }
        var d = rule.Descriptor;
        stdout.WriteLine($"{d.Id} {d.Name} (default: {SeverityNames.Level(d.DefaultSeverity)})");
        stdout.WriteLine(d.ShortDescription);
        stdout.WriteLine();
        stdout.WriteLine(d.HelpText);
        stdout.WriteLine();
        stdout.WriteLine($"Configure in {LintConfigLoader.FileName}: {{ \"rules\": {{ \"{d.Id}\": \"off|note|warning|error\" }} }}");
        stdout.WriteLine($"Suppress one place with: // witsharp-disable-next-line {d.Id}");
        return ExitCodes.Success;
    }

    private static int ListRules(TextWriter stdout)
    {
        foreach (var rule in LintRules.All)
        {
            var d = rule.Descriptor;
            stdout.WriteLine($"{d.Id}  {d.Name,-26} {SeverityNames.Level(d.DefaultSeverity),-8} {d.ShortDescription}");
        }
        return ExitCodes.Success;
    }

    /// <summary>The state of one lint invocation: the configurations read so far and the findings collected.</summary>
    private sealed class LintRun
    {
        private readonly string? _explicitConfig;
        private readonly WitLoadOptions _options;
        private readonly IReadOnlyList<string> _dependencyPackages;
        private readonly TextWriter _stderr;
        private readonly Dictionary<string, LintConfig> _configs = new(StringComparer.Ordinal);

        public LintRun(string? explicitConfig, WitLoadOptions options, IReadOnlyList<string> dependencyPackages, TextWriter stderr)
        {
            _dependencyPackages = dependencyPackages;
            _explicitConfig = explicitConfig;
            _options = options;
            _stderr = stderr;
        }

        public List<Finding> Findings { get; } = new();

        public int Packages { get; private set; }

        public bool Failed { get; private set; }

        /// <summary>Lints every package of one input; false on a configuration error (exit code 2).</summary>
        public bool LintInput(string input)
        {
            var packages = InputPaths.ExpandPackages(input);
            if (packages.Count == 0)
            {
                _stderr.WriteLine($"witsharp: no WIT package found in {input}");
                Failed = true;
            }
            foreach (string package in packages)
            {
                if (ConfigFor(package) is not { } config) return false;
                var result = WitLinter.Lint(package, config, _options, _dependencyPackages);
                Findings.AddRange(result.Findings);
                Packages++;
            }
            return true;
        }

        private LintConfig? ConfigFor(string package)
        {
            string? path = _explicitConfig ?? LintConfigLoader.Find(package);
            if (path is null) return LintConfig.Default;
            if (_configs.TryGetValue(path, out var cached)) return cached;
            if (_explicitConfig is not null && !File.Exists(path))
            {
                _stderr.WriteLine($"witsharp: configuration file '{path}' not found");
                return null;
            }
            var (config, error) = LintConfigLoader.Load(path, LintRules.Ids(), LintRules.OptionNames());
            if (config is null)
            {
                _stderr.WriteLine($"witsharp: invalid configuration: {error}");
                return null;
            }
            return _configs[path] = config;
        }
    }
}
