using System;

namespace WitSharp.Wasi.Filesystem;

/// <summary><c>wasi:filesystem/types.descriptor-flags</c>: how a descriptor was opened (bit order as in the WIT).</summary>
[Flags]
public enum DescriptorFlags
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>Read mode.</summary>
    Read = 1 << 0,
    /// <summary>Write mode.</summary>
    Write = 1 << 1,
    /// <summary>Writes wait for file integrity (O_SYNC).</summary>
    FileIntegritySync = 1 << 2,
    /// <summary>Writes wait for data integrity (O_DSYNC).</summary>
    DataIntegritySync = 1 << 3,
    /// <summary>Reads wait for pending writes (O_RSYNC).</summary>
    RequestedWriteSync = 1 << 4,
    /// <summary>A directory through which entries may be created, removed and renamed.</summary>
    MutateDirectory = 1 << 5,
}

/// <summary><c>wasi:filesystem/types.path-flags</c>.</summary>
[Flags]
public enum PathFlags
{
    /// <summary>No flag: a symlink as the last component is not followed.</summary>
    None = 0,
    /// <summary>Follow a symlink as the last component (inside the preopen only).</summary>
    SymlinkFollow = 1 << 0,
}

/// <summary><c>wasi:filesystem/types.open-flags</c>.</summary>
[Flags]
public enum OpenFlags
{
    /// <summary>No flag.</summary>
    None = 0,
    /// <summary>Create the file if it does not exist (O_CREAT).</summary>
    Create = 1 << 0,
    /// <summary>Fail unless it is a directory (O_DIRECTORY).</summary>
    Directory = 1 << 1,
    /// <summary>With <see cref="Create"/>, fail if it exists (O_EXCL).</summary>
    Exclusive = 1 << 2,
    /// <summary>Truncate to size 0 (O_TRUNC).</summary>
    Truncate = 1 << 3,
}

/// <summary><c>wasi:filesystem/types.descriptor-type</c>.</summary>
public enum DescriptorType
{
    /// <summary>Not one of the others.</summary>
    Unknown,
    /// <summary>A block device.</summary>
    BlockDevice,
    /// <summary>A character device.</summary>
    CharacterDevice,
    /// <summary>A directory.</summary>
    Directory,
    /// <summary>A named pipe.</summary>
    Fifo,
    /// <summary>A symbolic link.</summary>
    SymbolicLink,
    /// <summary>A regular file.</summary>
    RegularFile,
    /// <summary>A socket.</summary>
    Socket,
}

/// <summary><c>wasi:filesystem/types.advice</c>.</summary>
public enum Advice
{
    /// <summary>No advice.</summary>
    Normal,
    /// <summary>Accessed sequentially.</summary>
    Sequential,
    /// <summary>Accessed randomly.</summary>
    Random,
    /// <summary>Accessed soon.</summary>
    WillNeed,
    /// <summary>Not accessed soon.</summary>
    DontNeed,
    /// <summary>Accessed once.</summary>
    NoReuse,
}
