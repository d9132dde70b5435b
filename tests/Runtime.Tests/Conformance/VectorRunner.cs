using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;
using WitSharp.Runtime.Resources;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Runtime.Tests.Conformance;

/// <summary>Runs one line of vectors.jsonl and produces the output line FORMAT.md §4 describes.</summary>
internal sealed class VectorRunner
{
    private readonly JsonElement _vector;
    private readonly JsonObject _output = new();
    private readonly CanonicalOptions _options;
    private readonly StringSourceEncoding _source;
    private readonly int _memorySize;
    private readonly byte _fill;
    private VectorWit _wit = null!;
    private CanonicalTypeBuilder _types = null!;

    private VectorRunner(JsonElement vector)
    {
        _vector = vector;
        _options = new CanonicalOptions(
            Str("encoding", "utf8") switch { "utf8" => StringEncoding.Utf8, "utf16" => StringEncoding.Utf16, _ => StringEncoding.Latin1Utf16 },
            Str("addrtype", "i32") == "i64" ? AbiAddressType.Memory64 : AbiAddressType.Memory32);
        _source = Str("src_encoding", "utf8") switch
        {
            "utf8" => StringSourceEncoding.Utf8,
            "utf16" => StringSourceEncoding.Utf16,
            "latin1+utf16" => StringSourceEncoding.Latin1,
            _ => StringSourceEncoding.TaggedUtf16,
        };
        _memorySize = (int)Num("mem_size", 65536);
        _fill = (byte)Num("fill", 0);
    }

    public static JsonObject Run(JsonElement vector)
    {
        var runner = new VectorRunner(vector);
        runner._output["id"] = vector.GetProperty("id").GetString();
        string kind = runner.Str("kind", "value");
        runner._output["kind"] = kind;
        try
        {
            runner.Dispatch(kind);
            runner._output["ok"] = true;
        }
        catch (AbiTypeException e)
        {
            runner.Fail("invalid_type", e.Message);
        }
        return runner._output;
    }

    private void Fail(string error, string reason)
    {
        string id = _output["id"]!.GetValue<string>();
        string kind = _output["kind"]!.GetValue<string>();
        _output.Clear();
        _output["id"] = id;
        _output["kind"] = kind;
        _output["ok"] = false;
        _output["error"] = error;
        _output["reason"] = reason;
    }

    private string Str(string name, string fallback) => _vector.TryGetProperty(name, out JsonElement e) ? e.GetString()! : fallback;

    private ulong Num(string name, ulong fallback) => _vector.TryGetProperty(name, out JsonElement e) ? e.GetUInt64() : fallback;

    private void Dispatch(string kind)
    {
        var typeJson = new List<JsonElement>();
        if (kind == "func")
        {
            typeJson.AddRange(_vector.GetProperty("params").EnumerateArray().Select(p => p[1]));
            typeJson.AddRange(_vector.GetProperty("results").EnumerateArray());
        }
        else
        {
            typeJson.Add(_vector.GetProperty("type"));
        }
        var locals = _vector.TryGetProperty("local_resources", out JsonElement l) ? l.EnumerateArray().Select(e => e.GetString()!).ToArray() : Array.Empty<string>();
        _wit = VectorWit.Load(typeJson, locals, out string? error) ?? throw new AbiTypeException("WIT rejects the type: " + error);
        var layout = new CanonicalLayout(_wit.Resolve, _options.AddressType);
        _types = new CanonicalTypeBuilder(layout);
        switch (kind)
        {
            case "value":
                RunValue(_types.Build(_wit.Types[0]));
                break;
            case "func":
                RunFunc();
                break;
            case "load_raw":
                RunLoadRaw(_types.Build(_wit.Types[0]));
                break;
            default:
                RunLiftRaw(_types.Build(_wit.Types[0]));
                break;
        }
    }

    private static JsonArray CoreTypes(IReadOnlyList<CoreValueType> types) => new(types.Select(t => (JsonNode)JsonValue.Create(t.Name())!).ToArray());

    private static JsonObject Sig(CoreFunctionType sig) => new() { ["params"] = CoreTypes(sig.Params), ["results"] = CoreTypes(sig.Results) };

    private static JsonArray Flat(IEnumerable<CoreValue> values) => new(values.Select(v => (JsonNode)JsonValue.Create(v.ToString())!).ToArray());

    /// <summary>A fresh phase environment: memory, bump allocator and instance.</summary>
    private sealed class Phase
    {
        public Phase(VectorRunner runner, ulong heapBase)
        {
            Memory = new BumpAllocatorMemory(runner._memorySize, runner._fill, heapBase);
            var locals = runner._vector.TryGetProperty("local_resources", out JsonElement l) ? l.EnumerateArray().Select(e => runner._wit.ResourceIds[e.GetString()!]) : Enumerable.Empty<int>();
            Instance = new ComponentInstanceState(locals);
            Lower = new CallContext(Memory, runner._options, Instance, new BorrowScope());
            Lift = new CallContext(Memory, runner._options, Instance, new BorrowScope());
        }

        public BumpAllocatorMemory Memory { get; }

        public ComponentInstanceState Instance { get; }

        public CallContext Lower { get; }

        public CallContext Lift { get; }

        /// <summary>The realloc/heap/blocks/outside_writes/handles fields; <paramref name="allowed"/> are regions that may be written besides the heap.</summary>
        public void Describe(JsonObject into, params (ulong Start, ulong Length)[] allowed)
        {
            byte[] mem = Memory.Bytes;
            into["realloc"] = new JsonArray(Memory.Log.Select(e => (JsonNode)new JsonArray(e.OldPtr, e.OldSize, e.Align, e.NewSize, e.Ret)).ToArray());
            into["heap_base"] = Memory.HeapBase;
            into["heap_end"] = Memory.Next;
            into["heap"] = VectorValues.Hex(mem.AsSpan((int)Memory.HeapBase, (int)(Memory.Next - Memory.HeapBase)));
            into["blocks"] = new JsonArray(Memory.Log.Select(e => e.Ret + e.NewSize <= (ulong)mem.Length
                ? (JsonNode)JsonValue.Create(VectorValues.Hex(mem.AsSpan((int)e.Ret, (int)e.NewSize)))!
                : null).ToArray());
            int outside = 0;
            for (int i = 0; i < mem.Length; i++)
            {
                ulong a = (ulong)i;
                bool inHeap = a >= Memory.HeapBase && a < Memory.Next;
                bool inAllowed = allowed.Any(r => a >= r.Start && a < r.Start + r.Length);
                if (!inHeap && !inAllowed && mem[i] != Memory.Fill) outside++;
            }
            into["outside_writes"] = outside;
            var handles = Instance.Handles.Entries.Select(h => (JsonNode)new JsonArray(h.Key, h.Value.Rep, h.Value.Own)).ToArray();
            if (handles.Length > 0) into["handles"] = new JsonArray(handles);
        }
    }

    private static JsonObject Trap(JsonObject into)
    {
        into["trap"] = true;
        return into;
    }

    private void RunValue(CanonicalType type)
    {
        TypeLayout layout = type.Layout;
        _output["elem_size"] = layout.Size;
        _output["alignment"] = layout.Alignment;
        _output["flat_types"] = CoreTypes(layout.Flat);
        WitType[] one = { _wit.Types[0] };
        _output["sig"] = new JsonObject
        {
            ["lift"] = Sig(_types.Layout.Signature(one, one, AbiCallKind.LiftSync)),
            ["lower"] = Sig(_types.Layout.Signature(one, one, AbiCallKind.LowerSync)),
        };
        ulong ptr = Num("ptr", (ulong)CanonicalLayout.AlignTo(16, layout.Alignment));
        ulong heapBase = Num("heap_base", (ulong)CanonicalLayout.AlignTo((long)ptr + layout.Size, 16) + 16);
        WitValue value = VectorValues.FromJson(_vector.GetProperty("value"), type, _source);

        var store = new Phase(this, heapBase);
        var storeOut = new JsonObject();
        try
        {
            CanonicalAbi.Store(store.Lower, value, type, ptr);
            storeOut["ptr"] = ptr;
            storeOut["bytes"] = VectorValues.Hex(store.Memory.Bytes.AsSpan((int)ptr, layout.Size));
            store.Describe(storeOut, (ptr, (ulong)layout.Size));
            _output["store"] = storeOut;
            _output["load"] = LiftResult(type, value, store.Instance, () => CanonicalAbi.Load(store.Lift, type, ptr));
        }
        catch (CanonicalAbiTrapException)
        {
            storeOut.Clear();
            store.Describe(storeOut, (ptr, (ulong)layout.Size));
            _output["store"] = Trap(storeOut);
        }

        var lower = new Phase(this, heapBase);
        var lowerOut = new JsonObject();
        try
        {
            var flat = new List<CoreValue>();
            CanonicalAbi.LowerFlat(lower.Lower, value, type, flat);
            lowerOut["flat"] = Flat(flat);
            lower.Describe(lowerOut);
            _output["lower_flat"] = lowerOut;
            _output["lift_flat"] = LiftResult(type, value, lower.Instance, () =>
            {
                var reader = new FlatReader(flat.ToArray());
                WitValue lifted = CanonicalAbi.LiftFlat(lower.Lift, ref reader, type);
                if (!reader.AtEnd) throw new InvalidOperationException("lift_flat left flat values unconsumed");
                return lifted;
            });
        }
        catch (CanonicalAbiTrapException)
        {
            lowerOut.Clear();
            lower.Describe(lowerOut);
            _output["lower_flat"] = Trap(lowerOut);
        }
    }

    private static JsonObject LiftResult(CanonicalType type, WitValue expected, ComponentInstanceState instance, Func<WitValue> lift)
    {
        if (LocalBorrow.In(type, instance) is { } skipped) return skipped;
        try
        {
            WitValue lifted = lift();
            return new JsonObject { ["value"] = VectorValues.ToJson(lifted, type), ["roundtrip"] = VectorValues.Equal(expected, lifted, type) };
        }
        catch (CanonicalAbiTrapException)
        {
            return Trap(new JsonObject());
        }
    }

    private void RunFunc()
    {
        int paramCount = _vector.GetProperty("params").GetArrayLength();
        WitType[] paramTypes = _wit.Types.Take(paramCount).ToArray();
        WitType[] resultTypes = _wit.Types.Skip(paramCount).ToArray();
        CanonicalLayout layout = _types.Layout;
        _output["flat_params"] = CoreTypes(layout.FlattenTypes(paramTypes));
        _output["flat_results"] = CoreTypes(layout.FlattenTypes(resultTypes));
        _output["sigs"] = new JsonObject
        {
            ["lift_sync"] = Sig(layout.Signature(paramTypes, resultTypes, AbiCallKind.LiftSync)),
            ["lower_sync"] = Sig(layout.Signature(paramTypes, resultTypes, AbiCallKind.LowerSync)),
            ["lift_async"] = Sig(layout.Signature(paramTypes, resultTypes, AbiCallKind.LiftAsync)),
            ["lift_async_callback"] = Sig(layout.Signature(paramTypes, resultTypes, AbiCallKind.LiftAsyncCallback)),
            ["lower_async"] = Sig(layout.Signature(paramTypes, resultTypes, AbiCallKind.LowerAsync)),
        };
        ulong heapBase = Num("heap_base", 1024);
        if (_vector.TryGetProperty("args", out JsonElement args))
        {
            CanonicalType tuple = _types.BuildTuple(paramTypes);
            WitValue[] values = args.EnumerateArray().Select((a, i) => VectorValues.FromJson(a, tuple.Fields[i], _source)).ToArray();
            RunValues("args", CanonicalLayout.MaxFlatParams, tuple, values, heapBase, null);
            RunValues("args_async", CanonicalLayout.MaxFlatAsyncParams, tuple, values, heapBase, null);
        }
        if (_vector.TryGetProperty("result_values", out JsonElement results))
        {
            CanonicalType tuple = _types.BuildTuple(resultTypes);
            WitValue[] values = results.EnumerateArray().Select((a, i) => VectorValues.FromJson(a, tuple.Fields[i], _source)).ToArray();
            RunValues("results", CanonicalLayout.MaxFlatResults, tuple, values, heapBase, Num("retptr", 64));
        }
    }

    private void RunValues(string name, int maxFlat, CanonicalType tuple, WitValue[] values, ulong heapBase, ulong? retptr)
    {
        var phase = new Phase(this, heapBase);
        var lowerOut = new JsonObject();
        bool spilled = tuple.Layout.Flat.Count > maxFlat;
        ulong? outPointer = spilled ? retptr : null;
        var allowed = outPointer is ulong rp ? new[] { (rp, (ulong)tuple.Layout.Size) } : Array.Empty<(ulong, ulong)>();
        CoreValue[] flat;
        try
        {
            flat = CanonicalAbi.LowerFlatValues(phase.Lower, maxFlat, values, tuple, outPointer);
        }
        catch (CanonicalAbiTrapException)
        {
            phase.Describe(lowerOut, allowed);
            _output[name + "_lower"] = Trap(lowerOut);
            return;
        }
        lowerOut["flat"] = Flat(flat);
        if (outPointer is ulong at)
        {
            lowerOut["retptr"] = at;
            lowerOut["bytes"] = VectorValues.Hex(phase.Memory.Bytes.AsSpan((int)at, tuple.Layout.Size));
            flat = new[] { new CoreValue(_options.AddressType.PointerType(), at) };
        }
        phase.Describe(lowerOut, allowed);
        _output[name + "_lower"] = lowerOut;
        if (LocalBorrow.In(tuple, phase.Instance) is { } skipped)
        {
            _output[name + "_lift"] = skipped;
            return;
        }
        var liftOut = new JsonObject();
        try
        {
            var reader = new FlatReader(flat);
            WitValue[] lifted = CanonicalAbi.LiftFlatValues(phase.Lift, maxFlat, ref reader, tuple);
            liftOut["values"] = new JsonArray(lifted.Select((v, i) => VectorValues.ToJson(v, tuple.Fields[i])).ToArray());
            liftOut["roundtrip"] = VectorValues.Equal(WitValue.Sequence(values), WitValue.Sequence(lifted), tuple);
        }
        catch (CanonicalAbiTrapException)
        {
            Trap(liftOut);
        }
        _output[name + "_lift"] = liftOut;
    }

    private BumpAllocatorMemory RawMemory()
    {
        var memory = new BumpAllocatorMemory(_memorySize, _fill, 0);
        if (_vector.TryGetProperty("memory", out JsonElement patches))
        {
            foreach (JsonElement patch in patches.EnumerateArray())
            {
                VectorValues.FromHex(patch[1].GetString()!).CopyTo(memory.Bytes, patch[0].GetInt32());
            }
        }
        return memory;
    }

    private CallContext RawContext(BumpAllocatorMemory memory) =>
        new(memory, _options, new ComponentInstanceState(), new BorrowScope());

    private void RunLoadRaw(CanonicalType type)
    {
        _output["elem_size"] = type.Layout.Size;
        _output["alignment"] = type.Layout.Alignment;
        BumpAllocatorMemory memory = RawMemory();
        ulong ptr = Num("ptr", (ulong)CanonicalLayout.AlignTo(16, type.Layout.Alignment));
        _output["load"] = Lifted(type, () => CanonicalAbi.Load(RawContext(memory), type, ptr));
    }

    private void RunLiftRaw(CanonicalType type)
    {
        _output["flat_types"] = CoreTypes(type.Layout.Flat);
        BumpAllocatorMemory memory = RawMemory();
        CoreValue[] flat = _vector.GetProperty("flat").EnumerateArray().Select(f => ParseFlat(f.GetString()!)).ToArray();
        _output["lift_flat"] = Lifted(type, () =>
        {
            var reader = new FlatReader(flat);
            return CanonicalAbi.LiftFlat(RawContext(memory), ref reader, type);
        });
    }

    private static JsonObject Lifted(CanonicalType type, Func<WitValue> lift)
    {
        try
        {
            return new JsonObject { ["value"] = VectorValues.ToJson(lift(), type) };
        }
        catch (CanonicalAbiTrapException)
        {
            return Trap(new JsonObject());
        }
    }

    private static CoreValue ParseFlat(string text)
    {
        string[] parts = text.Split(':');
        CoreValueType type = parts[0] switch { "i32" => CoreValueType.I32, "i64" => CoreValueType.I64, "f32" => CoreValueType.F32, _ => CoreValueType.F64 };
        ulong bits = parts[1].StartsWith("0x", StringComparison.Ordinal)
            ? ulong.Parse(parts[1].AsSpan(2), NumberStyles.HexNumber, CultureInfo.InvariantCulture)
            : ulong.Parse(parts[1], CultureInfo.InvariantCulture);
        return new CoreValue(type, bits);
    }
}
