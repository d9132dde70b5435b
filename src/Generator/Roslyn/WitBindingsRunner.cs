using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using WitSharp.WitParser;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Resolution;
using WitSharp.WitParser.Text;

namespace WitSharp.Generator.Roslyn
{
    /// <summary>
    /// The work of one incremental step: load a <see cref="WitProjectInput"/>, select its world and emit bindings.
    /// Pure values in and out, and it never throws (except for cancellation): a defect becomes a
    /// <see cref="DiagnosticCodes.SourceGeneratorInternalError"/> diagnostic.
    /// </summary>
    public static class WitBindingsRunner
    {
        /// <summary>Generates the bindings of <paramref name="project"/>.</summary>
        public static WitGenerationResult Run(WitProjectInput project, CancellationToken cancellationToken = default) =>
            Run(project, componentBindings: false, cancellationToken);

        /// <summary>
        /// Generates the bindings of <paramref name="project"/>, with the world's component class when
        /// <paramref name="componentBindings"/> (<see cref="BindingsOptions.ComponentBindings"/>).
        /// </summary>
        public static WitGenerationResult Run(WitProjectInput project, bool componentBindings, CancellationToken cancellationToken = default)
        {
            var diagnostics = new List<WitDiagnosticInfo>();
            var files = new List<WitGeneratedFile>();
            try
            {
                Generate(project, componentBindings, files, diagnostics, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                files.Clear();
                diagnostics.Add(WitDiagnosticConversion.WithoutLocation(DiagnosticCodes.SourceGeneratorInternalError, true,
                    $"internal error while generating WIT bindings for '{project.Directory}': {e.GetType().Name}: {e.Message}"));
            }
            return new WitGenerationResult(new EquatableArray<WitGeneratedFile>(files), new EquatableArray<WitDiagnosticInfo>(diagnostics));
        }

        private static void Generate(WitProjectInput project, bool componentBindings, List<WitGeneratedFile> files, List<WitDiagnosticInfo> diagnostics,
            CancellationToken cancellationToken)
        {
            var roots = Sources(project.RootFiles, diagnostics);
            var deps = project.Dependencies.Select(d => (IReadOnlyList<SourceText>)Sources(d.Files, diagnostics)).ToList();
            if (diagnostics.Count > 0) return;
            if (roots.Count == 0) return; // a deps/ folder without a root package binds nothing

            cancellationToken.ThrowIfCancellationRequested();
            var load = WitLoader.LoadSources(roots, deps);
            diagnostics.AddRange(load.Diagnostics.Select(WitDiagnosticConversion.From));
            if (!load.Success) return;

            cancellationToken.ThrowIfCancellationRequested();
            if (!WorldSelection.TrySelect(load.Resolve!, load.RootPackages, project.World, out int world, out string? error))
            {
                diagnostics.Add(WitDiagnosticConversion.AtFileStart(DiagnosticCodes.SourceGeneratorWorldNotSelected, true,
                    (error ?? "no world could be selected") + " (set WitWorld metadata on the .wit additional files)", roots[0].Path));
                return;
            }
            var output = CSharpBindingsGenerator.Generate(load.Resolve!, world, new BindingsOptions { RootNamespace = project.Namespace, ComponentBindings = componentBindings });
            diagnostics.AddRange(output.Diagnostics.Select(WitDiagnosticConversion.From));
            files.AddRange(output.Sources.Select(s => new WitGeneratedFile(s.HintName, s.Text)));
        }

        private static List<SourceText> Sources(EquatableArray<WitFileInput> files, List<WitDiagnosticInfo> diagnostics)
        {
            var sources = new List<SourceText>();
            foreach (var file in files)
            {
                if (file.Text is null)
                {
                    diagnostics.Add(WitDiagnosticConversion.AtFileStart(DiagnosticCodes.SourceGeneratorUnreadableFile, true,
                        $"the text of '{file.Path}' could not be read", file.Path));
                    continue;
                }
                sources.Add(new SourceText(file.Path, file.Text));
            }
            return sources;
        }
    }
}
