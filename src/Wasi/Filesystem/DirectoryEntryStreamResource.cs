using WitSharp.Runtime.Bindings;
using Wit = WitSharp.Wasi.Bindings.Wasi.Filesystem.V0_2_12.Types;

namespace WitSharp.Wasi.Filesystem;

/// <summary>The guest's <c>directory-entry-stream</c> handle over a <see cref="DirectoryEntryStream"/>.</summary>
internal sealed class DirectoryEntryStreamResource(DirectoryEntryStream entries) : Wit.DirectoryEntryStream
{
    public override Result<Wit.DirectoryEntry?, Wit.ErrorCode> ReadDirectoryEntry()
    {
        try
        {
            return Result<Wit.DirectoryEntry?, Wit.ErrorCode>.Ok(entries.ReadNext()?.ToWit());
        }
        catch (FilesystemException e)
        {
            return Result<Wit.DirectoryEntry?, Wit.ErrorCode>.Err(e.Code.ToWit());
        }
    }

    public override void Dispose() => entries.Dispose();
}
