namespace WitSharp.Generator
{
    /// <summary>One generated C# file: a unique hint name (what a Roslyn generator passes to <c>AddSource</c>) and its text.</summary>
    public sealed record GeneratedSource(string HintName, string Text);
}
