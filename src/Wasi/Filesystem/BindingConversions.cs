using WitSharp.Runtime.Bindings;
using Clock = WitSharp.Wasi.Bindings.Wasi.Clocks.V0_2_12.WallClock;
using Wit = WitSharp.Wasi.Bindings.Wasi.Filesystem.V0_2_12.Types;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// Between the filesystem model (<see cref="FilesystemDescriptor"/>'s types) and the generated binding's. The enums
/// and flags follow the WIT's case order in both, so they convert by number.
/// </summary>
internal static class BindingConversions
{
    public static Wit.ErrorCode ToWit(this FilesystemErrorCode code) => (Wit.ErrorCode)(byte)code;

    public static Wit.DescriptorType ToWit(this DescriptorType type) => (Wit.DescriptorType)(byte)type;

    public static Wit.DescriptorFlags ToWit(this DescriptorFlags flags) => (Wit.DescriptorFlags)(byte)flags;

    public static DescriptorFlags FromWit(this Wit.DescriptorFlags flags) => (DescriptorFlags)(int)flags;

    public static PathFlags FromWit(this Wit.PathFlags flags) => (PathFlags)(int)flags;

    public static OpenFlags FromWit(this Wit.OpenFlags flags) => (OpenFlags)(int)flags;

    public static Advice FromWit(this Wit.Advice advice) => (Advice)(int)advice;

    public static NewTimestamp FromWit(this Wit.NewTimestamp value) => value switch
    {
        Wit.NewTimestamp.Now => NewTimestamp.Now,
        Wit.NewTimestamp.Timestamp at => NewTimestamp.At(new FileTimestamp(at.Value.Seconds, at.Value.Nanoseconds)),
        _ => NewTimestamp.NoChange,
    };

    public static Wit.DescriptorStat ToWit(this DescriptorStat stat) =>
        new(stat.Type.ToWit(), stat.LinkCount, stat.Size, ToWit(stat.DataAccessTimestamp),
            ToWit(stat.DataModificationTimestamp), ToWit(stat.StatusChangeTimestamp));

    public static Wit.MetadataHashValue ToWit(this MetadataHashValue hash) => new(hash.Lower, hash.Upper);

    public static Wit.DirectoryEntry ToWit(this DirectoryEntry entry) => new(entry.Type.ToWit(), entry.Name);

    static Clock.Datetime? ToWit(FileTimestamp? time) =>
        time is { } t ? new Clock.Datetime(t.Seconds, t.Nanoseconds) : null;

    /// <summary>Ok with the unit value, for the calls whose success carries nothing.</summary>
    public static Result<Unit, Wit.ErrorCode> Done => Result<Unit, Wit.ErrorCode>.Ok(Unit.Value);
}
