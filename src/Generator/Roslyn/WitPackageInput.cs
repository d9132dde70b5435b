namespace WitSharp.Generator.Roslyn
{
    /// <summary>
    /// The files of one dependency package (a <c>deps/</c> directory or a single <c>deps/*.wit</c> file), sorted by path.
    /// </summary>
    public sealed record WitPackageInput(string Key, EquatableArray<WitFileInput> Files);
}
