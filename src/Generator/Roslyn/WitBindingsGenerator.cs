using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using WitSharp.WitParser.Diagnostics;

namespace WitSharp.Generator.Roslyn
{
    /// <summary>
    /// The incremental source generator: <c>.wit</c> additional files in, C# host bindings out. Files are grouped
    /// by directory as <c>WitLoader.LoadPath</c> reads one (root package plus <c>deps/</c>); each group binds the
    /// world named by its <c>WitWorld</c> metadata under its <c>WitNamespace</c>. Only value-equatable models flow
    /// between steps, so editing C# code or an unrelated WIT directory reuses cached bindings.
    /// </summary>
    [Generator(LanguageNames.CSharp)]
    public sealed class WitBindingsGenerator : IIncrementalGenerator
    {
        /// <summary>The type whose presence in the compilation turns on <see cref="BindingsOptions.ComponentBindings"/>.</summary>
        public const string ComponentLinkerType = "WitSharp.Engine.Components.ComponentLinker";

        /// <inheritdoc />
        public void Initialize(IncrementalGeneratorInitializationContext context)
        {
            var files = context.AdditionalTextsProvider
                .Where(text => text.Path.EndsWith(".wit", StringComparison.OrdinalIgnoreCase))
                .Combine(context.AnalyzerConfigOptionsProvider)
                .Select((pair, cancellationToken) => ReadFile(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(WitTrackingNames.Files);

            var projects = files.Collect()
                .SelectMany((all, _) => WitProjectGrouping.Group(all))
                .WithTrackingName(WitTrackingNames.Projects);

            // The component glue refers to WitSharp.Engine.Components: written only when the project references it. A bool
            // is all that flows on, so edits to C# code do not re-run generation.
            var componentBindings = context.CompilationProvider
                .Select((compilation, _) => compilation.GetTypeByMetadataName(ComponentLinkerType) is not null)
                .WithTrackingName(WitTrackingNames.ComponentRuntime);

            var results = projects
                .Combine(componentBindings)
                .Select((pair, cancellationToken) => WitBindingsRunner.Run(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(WitTrackingNames.Bindings);

            context.RegisterSourceOutput(results.Collect(), Emit);
        }

        private static WitFileInput ReadFile(AdditionalText text, AnalyzerConfigOptionsProvider provider, CancellationToken cancellationToken)
        {
            var options = provider.GetOptions(text);
            options.TryGetValue(WitMetadataNames.World, out string? world);
            options.TryGetValue(WitMetadataNames.Namespace, out string? ns);
            string? content;
            try
            {
                content = text.GetText(cancellationToken)?.ToString();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                content = null; // reported as an unreadable file by the runner
            }
            return new WitFileInput(text.Path, content, Blank(world), Blank(ns));
        }

        private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;

        private static void Emit(SourceProductionContext context, ImmutableArray<WitGenerationResult> results)
        {
            // Two WIT directories may bind the same namespaces; AddSource would throw on the second hint name.
            var hintNames = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var result in results)
            {
                foreach (var diagnostic in result.Diagnostics) context.ReportDiagnostic(RoslynDiagnostics.Create(diagnostic));
                foreach (var file in result.Files)
                {
                    if (hintNames.Add(file.HintName))
                    {
                        context.AddSource(file.HintName, file.Text);
                        continue;
                    }
                    context.ReportDiagnostic(RoslynDiagnostics.Create(WitDiagnosticConversion.WithoutLocation(
                        DiagnosticCodes.SourceGeneratorDuplicateFile, false,
                        $"two WIT directories generate '{file.HintName}'; the second one is skipped")));
                }
            }
        }
    }
}
