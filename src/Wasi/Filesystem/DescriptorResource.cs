using System;
using WitSharp.Runtime.Bindings;
using WitSharp.Wasi.Io;
using Streams = WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Streams;
using Wit = WitSharp.Wasi.Bindings.Wasi.Filesystem.V0_2_12.Types;

namespace WitSharp.Wasi.Filesystem;

/// <summary>
/// The guest's <c>descriptor</c> handle: the generated resource class over a <see cref="FilesystemDescriptor"/>. Each
/// call turns a <see cref="FilesystemException"/> into the WIT's <c>error-code</c>; any other exception traps.
/// </summary>
internal sealed class DescriptorResource(FilesystemDescriptor descriptor, WasiLimits limits) : Wit.Descriptor
{
    public FilesystemDescriptor Descriptor { get; } = descriptor;

    public override Result<Streams.InputStream, Wit.ErrorCode> ReadViaStream(ulong offset) =>
        Run<Streams.InputStream>(() => new StreamInputStream(
            new AsyncStreamReader(Descriptor.OpenReadStream(offset), limits.MaxIoChunk, ownsStream: true), ownsReader: true));

    public override Result<Streams.OutputStream, Wit.ErrorCode> WriteViaStream(ulong offset) =>
        Run<Streams.OutputStream>(() => new StreamOutputStream(Descriptor.OpenWriteStream(offset)));

    public override Result<Streams.OutputStream, Wit.ErrorCode> AppendViaStream() =>
        Run<Streams.OutputStream>(() => new StreamOutputStream(Descriptor.OpenAppendStream()));

    public override Result<Unit, Wit.ErrorCode> Advise(ulong offset, ulong length, Wit.Advice advice) =>
        Run(() => Descriptor.Advise(offset, length, advice.FromWit()));

    public override Result<Unit, Wit.ErrorCode> SyncData() => Run(Descriptor.SyncData);

    public override Result<Wit.DescriptorFlags, Wit.ErrorCode> GetFlags() => Run(() => Descriptor.GetFlags().ToWit());

    public override Result<Wit.DescriptorType, Wit.ErrorCode> GetType_() => Run(() => Descriptor.GetDescriptorType().ToWit());

    public override Result<Unit, Wit.ErrorCode> SetSize(ulong size) => Run(() => Descriptor.SetSize(size));

    public override Result<Unit, Wit.ErrorCode> SetTimes(Wit.NewTimestamp dataAccessTimestamp, Wit.NewTimestamp dataModificationTimestamp) =>
        Run(() => Descriptor.SetTimes(dataAccessTimestamp.FromWit(), dataModificationTimestamp.FromWit()));

    public override Result<(byte[], bool), Wit.ErrorCode> Read(ulong length, ulong offset) => Run(() => Descriptor.Read(length, offset));

    public override Result<ulong, Wit.ErrorCode> Write(byte[] buffer, ulong offset) => Run(() => Descriptor.Write(buffer, offset));

    public override Result<Wit.DirectoryEntryStream, Wit.ErrorCode> ReadDirectory() =>
        Run<Wit.DirectoryEntryStream>(() => new DirectoryEntryStreamResource(Descriptor.ReadDirectory()));

    public override Result<Unit, Wit.ErrorCode> Sync() => Run(Descriptor.Sync);

    public override Result<Unit, Wit.ErrorCode> CreateDirectoryAt(string path) => Run(() => Descriptor.CreateDirectoryAt(path));

    public override Result<Wit.DescriptorStat, Wit.ErrorCode> Stat() => Run(() => Descriptor.Stat().ToWit());

    public override Result<Wit.DescriptorStat, Wit.ErrorCode> StatAt(Wit.PathFlags pathFlags, string path) =>
        Run(() => Descriptor.StatAt(pathFlags.FromWit(), path).ToWit());

    public override Result<Unit, Wit.ErrorCode> SetTimesAt(Wit.PathFlags pathFlags, string path, Wit.NewTimestamp dataAccessTimestamp,
        Wit.NewTimestamp dataModificationTimestamp) =>
        Run(() => Descriptor.SetTimesAt(pathFlags.FromWit(), path, dataAccessTimestamp.FromWit(), dataModificationTimestamp.FromWit()));

    public override Result<Unit, Wit.ErrorCode> LinkAt(Wit.PathFlags oldPathFlags, string oldPath, Wit.Descriptor newDescriptor, string newPath) =>
        Run(() => Descriptor.LinkAt(oldPathFlags.FromWit(), oldPath, Unwrap(newDescriptor), newPath));

    public override Result<Wit.Descriptor, Wit.ErrorCode> OpenAt(Wit.PathFlags pathFlags, string path, Wit.OpenFlags openFlags, Wit.DescriptorFlags flags) =>
        Run<Wit.Descriptor>(() => new DescriptorResource(Descriptor.OpenAt(pathFlags.FromWit(), path, openFlags.FromWit(), flags.FromWit()), limits));

    public override Result<string, Wit.ErrorCode> ReadlinkAt(string path) => Run(() => Descriptor.ReadlinkAt(path));

    public override Result<Unit, Wit.ErrorCode> RemoveDirectoryAt(string path) => Run(() => Descriptor.RemoveDirectoryAt(path));

    public override Result<Unit, Wit.ErrorCode> RenameAt(string oldPath, Wit.Descriptor newDescriptor, string newPath) =>
        Run(() => Descriptor.RenameAt(oldPath, Unwrap(newDescriptor), newPath));

    public override Result<Unit, Wit.ErrorCode> SymlinkAt(string oldPath, string newPath) => Run(() => Descriptor.SymlinkAt(oldPath, newPath));

    public override Result<Unit, Wit.ErrorCode> UnlinkFileAt(string path) => Run(() => Descriptor.UnlinkFileAt(path));

    public override bool IsSameObject(Wit.Descriptor other) =>
        other is DescriptorResource mine && Run(() => Descriptor.IsSameObject(mine.Descriptor)) is { IsOk: true, Value: true };

    public override Result<Wit.MetadataHashValue, Wit.ErrorCode> MetadataHash() => Run(() => Descriptor.MetadataHash().ToWit());

    public override Result<Wit.MetadataHashValue, Wit.ErrorCode> MetadataHashAt(Wit.PathFlags pathFlags, string path) =>
        Run(() => Descriptor.MetadataHashAt(pathFlags.FromWit(), path).ToWit());

    public override void Dispose() => Descriptor.Dispose();

    static FilesystemDescriptor Unwrap(Wit.Descriptor other) =>
        (other as DescriptorResource)?.Descriptor
        ?? throw new FilesystemException(FilesystemErrorCode.BadDescriptor, "the descriptor is not one this host opened");

    static Result<T, Wit.ErrorCode> Run<T>(Func<T> call)
    {
        try
        {
            return Result<T, Wit.ErrorCode>.Ok(call());
        }
        catch (FilesystemException e)
        {
            return Result<T, Wit.ErrorCode>.Err(e.Code.ToWit());
        }
    }

    static Result<Unit, Wit.ErrorCode> Run(Action call)
    {
        try
        {
            call();
            return BindingConversions.Done;
        }
        catch (FilesystemException e)
        {
            return Result<Unit, Wit.ErrorCode>.Err(e.Code.ToWit());
        }
    }
}
