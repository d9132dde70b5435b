namespace WitSharp.Wasi.Filesystem;

/// <summary><c>wasi:clocks/wall-clock.datetime</c> as a file timestamp: seconds and nanoseconds since the Unix epoch.</summary>
/// <param name="Seconds">Whole seconds since 1970-01-01T00:00:00Z.</param>
/// <param name="Nanoseconds">Nanoseconds past <paramref name="Seconds"/> (below 1,000,000,000).</param>
public readonly record struct FileTimestamp(ulong Seconds, uint Nanoseconds);

/// <summary><c>wasi:filesystem/types.descriptor-stat</c>.</summary>
/// <param name="Type">What the object is.</param>
/// <param name="LinkCount">Hard links to it.</param>
/// <param name="Size">Size in bytes (for a symlink, the length of its target).</param>
/// <param name="DataAccessTimestamp">Last data access, when the file system records one.</param>
/// <param name="DataModificationTimestamp">Last data modification.</param>
/// <param name="StatusChangeTimestamp">Last status change.</param>
public sealed record DescriptorStat(
    DescriptorType Type,
    ulong LinkCount,
    ulong Size,
    FileTimestamp? DataAccessTimestamp,
    FileTimestamp? DataModificationTimestamp,
    FileTimestamp? StatusChangeTimestamp);

/// <summary><c>wasi:filesystem/types.new-timestamp</c>: leave a time as it is, set it to now, or set it to a value.</summary>
public readonly record struct NewTimestamp
{
    NewTimestamp(int kind, FileTimestamp value)
    {
        Kind = kind;
        Value = value;
    }

    /// <summary>Leave the timestamp unchanged.</summary>
    public static NewTimestamp NoChange => default;

    /// <summary>Set the timestamp to the current time.</summary>
    public static NewTimestamp Now => new(1, default);

    /// <summary>Set the timestamp to <paramref name="value"/>.</summary>
    public static NewTimestamp At(FileTimestamp value) => new(2, value);

    /// <summary>0 no change, 1 now, 2 <see cref="Value"/> (the WIT variant's case index).</summary>
    public int Kind { get; }

    /// <summary>The time to set when <see cref="Kind"/> is 2.</summary>
    public FileTimestamp Value { get; }
}

/// <summary><c>wasi:filesystem/types.directory-entry</c>.</summary>
/// <param name="Type">What the entry is (not following symlinks).</param>
/// <param name="Name">Its name in the directory.</param>
public sealed record DirectoryEntry(DescriptorType Type, string Name);

/// <summary><c>wasi:filesystem/types.metadata-hash-value</c>: equal for two descriptors on the same object.</summary>
/// <param name="Lower">Low 64 bits.</param>
/// <param name="Upper">High 64 bits.</param>
public readonly record struct MetadataHashValue(ulong Lower, ulong Upper);
