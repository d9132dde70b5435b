using System.Collections.Generic;
using Witsharp.Blobs.Blobs;
using Witsharp.Blobs.HostResourcesWorld;

namespace WitSharp.ComponentBindings.Tests.Resources;

/// <summary>A blob the test host implements: its bytes, and how often it was disposed (must end at exactly once).</summary>
internal sealed class HostBlob : Blob
{
    public HostBlob(IEnumerable<byte> bytes) => Bytes = new List<byte>(bytes);

    public List<byte> Bytes { get; }

    public int Disposals { get; private set; }

    public override uint Size() => (uint)Bytes.Count;

    public override void Append(byte @byte) => Bytes.Add(@byte);

    public override void Dispose() => Disposals++;
}

/// <summary>The host of world <c>host-resources</c>: makes blobs and remembers each one it made or received.</summary>
internal sealed class BlobsHost : IImports, IBlobs
{
    public List<HostBlob> Created { get; } = new();

    public List<Blob> Received { get; } = new();

    public IBlobs Blobs => this;

    public Blob CreateBlob(byte[] init)
    {
        var blob = new HostBlob(init);
        Created.Add(blob);
        return blob;
    }

    public Blob Concat(Blob a, Blob b)
    {
        Received.Add(a);
        Received.Add(b);
        var joined = new List<byte>(((HostBlob)a).Bytes);
        joined.AddRange(((HostBlob)b).Bytes);
        var blob = new HostBlob(joined);
        Created.Add(blob);
        return blob;
    }
}
