namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// A path the guest was refused because it led outside every preopened directory: what <c>witsharp run</c> names
/// to say which capability is missing.
/// </summary>
/// <param name="Operation">The WASI call, e.g. <c>open-at</c>.</param>
/// <param name="GuestPath">The path as the guest named it, joined to the directory it was relative to.</param>
public sealed record FilesystemRefusal(string Operation, string GuestPath)
{
    /// <summary>One line for a person: what was tried and how to grant it.</summary>
    public override string ToString() =>
        $"the component tried to {Verb} {GuestPath}: no preopen covers it; pass --dir HOST::GUEST to grant a directory";

    string Verb => Operation switch
    {
        "open-at" => "open",
        "create-directory-at" => "create the directory",
        "remove-directory-at" => "remove the directory",
        "unlink-file-at" => "remove",
        "rename-at" => "rename",
        "link-at" => "link",
        "symlink-at" => "make a symlink to",
        "readlink-at" => "read the link",
        "set-times-at" => "set the times of",
        _ => "reach",
    };
}
