namespace WitSharp.Generator.Roslyn
{
    /// <summary>
    /// One unit of generation: a WIT directory's root package files, its <c>deps/</c> packages and the world and
    /// namespace to bind, as the front end's <c>LoadPath</c> would read that directory.
    /// </summary>
    public sealed record WitProjectInput(
        string Directory,
        EquatableArray<WitFileInput> RootFiles,
        EquatableArray<WitPackageInput> Dependencies,
        string? World,
        string? Namespace);
}
