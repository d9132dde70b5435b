using System.Collections.Generic;
using System.Linq;
using WitSharp.Engine.Model;

namespace WitSharp.Engine.Tests.Differential;

/// <summary>A function signature as the generator uses it (arrays compared by content through <see cref="Key"/>).</summary>
internal sealed record Signature(ValType[] Parameters, ValType[] Results)
{
    public string Key => string.Join(",", Parameters) + "->" + string.Join(",", Results);

    public override string ToString() => $"[{string.Join(" ", Parameters.Select(p => p.ToWatName()))}] -> [{string.Join(" ", Results.Select(p => p.ToWatName()))}]";
}

internal sealed record TableShape(ValType ElementType, uint Minimum, uint Maximum);

internal sealed record GlobalShape(ValType Type, bool Mutable, ulong InitialBits, int? InitialFunction);

internal enum ElementMode { Active, Passive, Declarative }

/// <summary>An element segment; a null entry is <c>ref.null</c>, otherwise a function index.</summary>
internal sealed record ElementShape(ElementMode Mode, ValType ElementType, int Table, uint Offset, int?[] Entries);

internal sealed record DataShape(bool Active, uint Offset, byte[] Bytes);

/// <summary>One export call the harness makes, in order: arguments as raw bits (floats bit-exact).</summary>
internal sealed record ExportCall(string Export, Signature Signature, ulong[] Arguments);

/// <summary>
/// Everything a generated module declares, before it is encoded. Global 0 is the call budget that bounds recursion
/// (reset by the harness before each call), so the generator never writes it; global 1 is <see cref="AccumulatorGlobal"/>.
/// </summary>
internal sealed class ModuleShape
{
    public const string BudgetExport = "budget";

    public List<Signature> Types { get; } = new();
    /// <summary>Host functions imported as <c>env.h0</c>, <c>env.h1</c>...: the first function indices.</summary>
    public List<int> ImportedFunctionTypes { get; } = new();
    /// <summary>The types of the defined functions, which follow the imported ones.</summary>
    public List<int> FunctionTypes { get; } = new();
    public List<byte[]> Bodies { get; } = new();
    public List<TableShape> Tables { get; } = new();
    public (uint Minimum, uint Maximum)? Memory { get; set; }
    public List<GlobalShape> Globals { get; } = new();
    public List<ElementShape> Elements { get; } = new();
    public List<DataShape> Datas { get; } = new();
    public int? Start { get; set; }
    /// <summary>Exported functions by name and index; all other entities are exported under fixed names.</summary>
    public List<(string Name, int Function)> FunctionExports { get; } = new();
    public List<ExportCall> Calls { get; } = new();

    public int FunctionCount => ImportedFunctionTypes.Count + FunctionTypes.Count;

    public Signature FunctionSignature(int function) => function < ImportedFunctionTypes.Count
        ? Types[ImportedFunctionTypes[function]]
        : Types[FunctionTypes[function - ImportedFunctionTypes.Count]];

    public const string HostModule = "env";

    public static string HostImport(int index) => "h" + index;

    /// <summary>The index of the type with these parameters and results, adding it when new.</summary>
    public int TypeIndex(ValType[] parameters, ValType[] results)
    {
        var signature = new Signature(parameters, results);
        string key = signature.Key;
        for (int i = 0; i < Types.Count; i++)
        {
            if (Types[i].Key == key) return i;
        }
        Types.Add(signature);
        return Types.Count - 1;
    }

    public static string TableExport(int index) => "t" + index;

    public static string GlobalExport(int index) => index == 0 ? BudgetExport : "g" + index;

    /// <summary>
    /// Global 1 accumulates a hash of observed values (dropped expressions, every local at a function's end), so that
    /// a wrong value shows in the final globals even when the code would otherwise discard it.
    /// </summary>
    public const int AccumulatorGlobal = 1;

    /// <summary>Globals from this index on are the generator's own, which bodies may write.</summary>
    public const int FirstFreeGlobal = 2;

    public const string MemoryExport = "mem";
}
