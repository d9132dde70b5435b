namespace WitSharp.Engine.Components.Planning;

/// <summary>What a host import must supply.</summary>
internal enum HostImportKind : byte
{
    Function,
    Resource,
}

/// <summary>
/// One item the host supplies: a function or resource type at <see cref="Path"/> (the root name, then nested
/// instance names, then the item's name, e.g. <c>["wasi:cli/stdout@0.2.0", "get-stdout"]</c>).
/// </summary>
internal sealed record HostImport(int Index, string[] Path, HostImportKind Kind, FunctionSignature? Signature)
{
    /// <summary><c>a:b/c@1.0.0#f</c> for messages.</summary>
    public string DisplayName => string.Join("#", Path);
}
