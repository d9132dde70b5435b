namespace WitSharp.Generator.Roslyn
{
    /// <summary>What one <see cref="WitProjectInput"/> produces: generated files and diagnostics.</summary>
    public sealed record WitGenerationResult(EquatableArray<WitGeneratedFile> Files, EquatableArray<WitDiagnosticInfo> Diagnostics);
}
