using System;
using System.Buffers.Binary;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using WitSharp.Runtime.Resources;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Tests;

/// <summary>A host-to-guest call through the engine seam, against a guest written in C# over a plain memory.</summary>
public sealed class CanonicalFunctionTests
{
    private static readonly TestTypes Types = new(
        "concat: func(a: string, b: string) -> string;\n" +
        "peek: func(x: borrow<r>) -> u32;\n");

    private static CanonicalFunction Function(string name) =>
        CanonicalFunction.Create(new CanonicalTypeBuilder(Types.Layout), Types.Resolve.Interfaces.First(i => i.Name == "i").Functions.GetValue(name));

    /// <summary>concat(a, b): reads two UTF-8 strings, writes their concatenation and returns a pointer to (ptr, len).</summary>
    private sealed class ConcatGuest : ICoreFunctionInvoker
    {
        private readonly TestMemory _memory;

        public ConcatGuest(TestMemory memory) => _memory = memory;

        public List<string> Calls { get; } = new();

        public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
        {
            Calls.Add("invoke " + string.Join(",", arguments.ToArray().Select(a => a.ToString())));
            byte[] mem = _memory.Bytes;
            string a = Encoding.UTF8.GetString(mem, (int)arguments[0].Bits, (int)arguments[1].Bits);
            string b = Encoding.UTF8.GetString(mem, (int)arguments[2].Bits, (int)arguments[3].Bits);
            byte[] joined = Encoding.UTF8.GetBytes(a + b);
            uint text = (uint)_memory.Realloc(0, 0, 1, (ulong)joined.Length);
            joined.CopyTo(mem, (int)text);
            uint pair = (uint)_memory.Realloc(0, 0, 4, 8);
            BinaryPrimitives.WriteUInt32LittleEndian(mem.AsSpan((int)pair), text);
            BinaryPrimitives.WriteUInt32LittleEndian(mem.AsSpan((int)pair + 4), (uint)joined.Length);
            results[0] = CoreValue.I32(pair);
        }

        public void PostReturn(int export, ReadOnlySpan<CoreValue> results) => Calls.Add("post-return " + results[0]);
    }

    [Fact]
    public void StringsGoInThroughReallocAndComeBackThroughTheReturnPointer()
    {
        var memory = new TestMemory();
        var guest = new ConcatGuest(memory);
        CanonicalFunction concat = Function("concat");
        Assert.True(concat.Signature.ResultsInMemory);
        CallContext cx = TestTypes.Context(memory);
        IReadOnlyList<WitValue> results = concat.Call(cx, guest, 0, new[] { WitValue.String("héllo, "), WitValue.String("wörld") });
        Assert.Equal("héllo, wörld", Assert.Single(results).Text);
        Assert.Equal(2, guest.Calls.Count);
        // UTF-16 host strings into UTF-8: optimistic 7 bytes at 1024, grown to 21 at 1031 on 'é', shrunk to 8 at 1052.
        Assert.Equal("invoke i32:1052,i32:8,i32:1080,i32:6", guest.Calls[0]);
        Assert.StartsWith("post-return i32:", guest.Calls[1]);
    }

    /// <summary>peek(x): returns the handle index it was given, optionally dropping the borrow first.</summary>
    private sealed class PeekGuest : ICoreFunctionInvoker
    {
        private readonly ComponentInstanceState _instance;
        private readonly bool _drop;

        public PeekGuest(ComponentInstanceState instance, bool drop)
        {
            _instance = instance;
            _drop = drop;
        }

        public void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results)
        {
            if (_drop) _instance.Drop(Types.Id("r"), (uint)arguments[0].Bits);
            results[0] = arguments[0];
        }

        public void PostReturn(int export, ReadOnlySpan<CoreValue> results)
        {
        }
    }

    [Fact]
    public void ABorrowNotDroppedByTheGuestTrapsAtReturn()
    {
        var instance = new ComponentInstanceState();
        CanonicalFunction peek = Function("peek");
        Assert.Equal(new[] { CoreValueType.I32 }, peek.Signature.Params);
        Assert.Throws<CanonicalAbiTrapException>(() =>
            peek.Call(TestTypes.Context(new TestMemory(), instance: instance), new PeekGuest(instance, drop: false), 0, new[] { WitValue.Handle(77) }));

        var clean = new ComponentInstanceState();
        IReadOnlyList<WitValue> results = peek.Call(TestTypes.Context(new TestMemory(), instance: clean), new PeekGuest(clean, drop: true), 0, new[] { WitValue.Handle(77) });
        Assert.Equal(1u, Assert.Single(results).Bits);
        Assert.Empty(clean.Handles.Entries);
    }
}
