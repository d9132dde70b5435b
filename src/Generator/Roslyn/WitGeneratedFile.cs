namespace WitSharp.Generator.Roslyn
{
    /// <summary>One generated file as plain values: the hint name passed to <c>AddSource</c> and the C# text.</summary>
    public sealed record WitGeneratedFile(string HintName, string Text);
}
