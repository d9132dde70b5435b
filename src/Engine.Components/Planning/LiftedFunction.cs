using WitSharp.Runtime;

namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// The canonical options of one <c>canon lift</c> or <c>canon lower</c>, as runtime slots: memory, realloc and
/// post-return (-1 when absent), plus the string encoding.
/// </summary>
internal sealed record SiteOptions(int MemorySlot, int ReallocSlot, int PostReturnSlot, CanonicalOptions Options);

/// <summary>
/// A function lifted from core code by <c>canon lift</c>: callable by the host, by other component instances of the
/// plan, and through generated bindings (<see cref="Index"/> is what <see cref="ComponentCoreExports"/> calls it by).
/// </summary>
internal sealed class LiftedFunction : FuncValue
{
    public LiftedFunction(int index, string name, FunctionSignature type, int coreFunctionSlot, SiteOptions options, int node)
    {
        Index = index;
        Name = name;
        Signature = type;
        CoreFunctionSlot = coreFunctionSlot;
        Options = options;
        Node = node;
    }

    public int Index { get; }

    /// <summary>A name for messages (the export name once known).</summary>
    public string Name { get; set; }

    public FunctionSignature Signature { get; }

    public override FunctionSignature Type => Signature;

    public int CoreFunctionSlot { get; }

    public SiteOptions Options { get; }

    /// <summary>The component instance node the core function belongs to.</summary>
    public int Node { get; }
}

/// <summary>A function the host supplies: import <see cref="HostImport"/> of the plan.</summary>
internal sealed class HostFunctionValue(int hostImport, FunctionSignature type) : FuncValue
{
    public int HostImport { get; } = hostImport;

    public override FunctionSignature Type { get; } = type;
}

/// <summary>A <c>canon lower</c>: the core function made from <see cref="Callee"/> for code of <see cref="Node"/>.</summary>
internal sealed record LowerSite(int Index, FuncValue Callee, SiteOptions Options, int Node, string Name);
