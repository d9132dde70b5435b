namespace WitSharp.Generator.Roslyn
{
    /// <summary>
    /// One <c>.wit</c> additional file as plain values: its path, its text (null when it could not be read) and the
    /// <c>WitWorld</c> / <c>WitNamespace</c> item metadata it was given.
    /// </summary>
    public sealed record WitFileInput(string Path, string? Text, string? World, string? Namespace);
}
