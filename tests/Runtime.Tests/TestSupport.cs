using System;
using System.Linq;
using WitSharp.Runtime.Resources;
using WitSharp.WitParser;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Runtime.Tests;

/// <summary>A plain memory with a scripted realloc, for unit tests.</summary>
internal sealed class TestMemory : ICanonicalMemory
{
    private readonly byte[] _bytes;
    private ulong _next;

    public TestMemory(int size = 4096, ulong heapBase = 1024)
    {
        _bytes = new byte[size];
        _next = heapBase;
    }

    /// <summary>When set, realloc returns this instead of bump-allocating.</summary>
    public ulong? ForcedRealloc { get; set; }

    public Span<byte> Memory => _bytes;

    public byte[] Bytes => _bytes;

    public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
    {
        if (ForcedRealloc is ulong forced) return forced;
        ulong ret = (_next + alignment - 1) / alignment * alignment;
        if (ret + newSize > (ulong)_bytes.Length) return ret;
        // Like a real cabi_realloc, moving a block keeps its contents.
        if (oldPtr != 0) _bytes.AsSpan((int)oldPtr, (int)Math.Min(oldSize, newSize)).CopyTo(_bytes.AsSpan((int)ret));
        _next = ret + newSize;
        return ret;
    }
}

/// <summary>Resolves a WIT snippet and builds descriptors and contexts from it.</summary>
internal sealed class TestTypes
{
    private readonly WitInterface _interface;
    private readonly CanonicalTypeBuilder _builder;

    /// <summary>Declarations go inside an interface that already declares resources <c>r</c> and <c>s</c>.</summary>
    public TestTypes(string declarations)
    {
        string text = "package test:abi;\ninterface i {\n  resource r;\n  resource s;\n" + declarations + "\n}\n";
        WitLoadResult result = WitLoader.LoadText("test.wit", text, new WitLoadOptions { AllFeatures = true });
        Assert.True(result.Success, string.Join("\n", result.Diagnostics.Select(d => d.Message)));
        Resolve = result.Resolve!;
        _interface = Resolve.Interfaces.First(i => i.Name == "i");
        _builder = new CanonicalTypeBuilder(new CanonicalLayout(Resolve));
    }

    public WitResolve Resolve { get; }

    public CanonicalLayout Layout => _builder.Layout;

    public int Id(string name) => _interface.Types.GetValue(name);

    public WitType Wit(string name) => WitType.FromId(Id(name));

    public CanonicalType Type(string name) => _builder.Build(Wit(name));

    public static CallContext Context(ICanonicalMemory memory, StringEncoding encoding = StringEncoding.Utf8, ComponentInstanceState? instance = null) =>
        new(memory, new CanonicalOptions(encoding), instance ?? new ComponentInstanceState(), new BorrowScope());
}
