using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using WitSharp.Tooling.Config;
using WitSharp.Tooling.Reporting;
using WitSharp.WitParser;
using WitSharp.WitParser.Parsing;

namespace WitSharp.Tooling.Lint
{
    /// <summary>
    /// Lints one package: loads and resolves it (front-end diagnostics become findings; rules only run on a package
    /// that resolves), runs every rule over the package's own files, applies the configuration's severities and
    /// the inline suppressions, and returns the findings in file and position order.
    /// </summary>
    public static class WitLinter
    {
        /// <summary>
        /// Lints the package at <paramref name="path"/> (a .wit file or a package directory). Packages listed in
        /// <paramref name="dependencyPackages"/> (directories or files) are loaded as dependencies besides its
        /// <c>deps/</c>, for trees where packages sit side by side instead of in each other's <c>deps/</c>.
        /// </summary>
        public static LintResult Lint(string path, LintConfig config, WitLoadOptions? options = null, IReadOnlyList<string>? dependencyPackages = null)
        {
            var load = dependencyPackages is { Count: > 0 } ? LoadWith(path, dependencyPackages, options) : WitLoader.LoadPath(path, options);
            var findings = DiagnosticFindings.From(load.Diagnostics);
            if (!load.Success || load.Resolve is null) return new LintResult(findings, Loaded: false);

            var files = OwnFiles(path, load).Select(s => new LintFile(WitSyntaxTree.Parse(s))).ToList();
            var context = new LintContext(files, load.Resolve, load.RootPackages, config);
            foreach (var rule in LintRules.All)
            {
                if (config.SeverityOf(rule.Descriptor) is null) continue;
                rule.Analyze(context);
            }
            var suppressions = files.Select(Suppressions.Read).ToList();
            foreach (var finding in context.Findings)
            {
                if (suppressions.Any(s => s.Suppresses(finding))) continue;
                var severity = config.SeverityOf(LintRules.Find(finding.RuleId)!.Descriptor);
                if (severity is { } level) findings.Add(finding with { Severity = level });
            }
            return new LintResult(Sort(findings), Loaded: true);
        }

        private static WitLoadResult LoadWith(string path, IReadOnlyList<string> dependencyPackages, WitLoadOptions? options)
        {
            string self = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar);
            var deps = new List<IReadOnlyList<WitSharp.WitParser.Text.SourceText>>();
            var entries = Directory.Exists(path) ? PackageFiles.DependencyEntries(path) : new List<string>();
            foreach (string dep in entries.Concat(dependencyPackages))
            {
                if (Path.GetFullPath(dep).TrimEnd(Path.DirectorySeparatorChar) == self) continue;
                deps.Add(PackageFiles.Read(dep));
            }
            return WitLoader.LoadSources(PackageFiles.Read(path), deps, options);
        }

        // The input's own files: the file itself, or the *.wit files directly in the directory (not deps/).
        private static IEnumerable<WitSharp.WitParser.Text.SourceText> OwnFiles(string path, WitLoadResult load)
        {
            string full = Path.GetFullPath(path);
            bool isFile = File.Exists(full);
            foreach (var source in load.Sources)
            {
                string sourceFull = Path.GetFullPath(source.Path);
                bool own = isFile
                    ? string.Equals(sourceFull, full, StringComparison.Ordinal)
                    : string.Equals(Path.GetDirectoryName(sourceFull), full.TrimEnd(Path.DirectorySeparatorChar), StringComparison.Ordinal);
                if (own) yield return source;
            }
        }

        private static List<Finding> Sort(List<Finding> findings) =>
            findings
                .Select((f, i) => (f, i))
                .OrderBy(x => x.f.Location?.Path ?? "", StringComparer.Ordinal)
                .ThenBy(x => x.f.Location?.StartLine ?? 0)
                .ThenBy(x => x.f.Location?.StartColumn ?? 0)
                .ThenBy(x => x.i)
                .Select(x => x.f)
                .ToList();
    }
}
