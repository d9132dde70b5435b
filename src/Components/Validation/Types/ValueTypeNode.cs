using System;
using System.Collections.Generic;
using WitSharp.Components.Model;
using WitSharp.WitParser.Abi;

namespace WitSharp.Components.Validation.Types;

/// <summary>The value type constructors, as the validator's structural AST distinguishes them.</summary>
internal enum ValueKind : byte
{
    Primitive,
    Record,
    Variant,
    List,
    FixedList,
    Tuple,
    Flags,
    Enum,
    Option,
    Result,
    Own,
    Borrow,
    Stream,
    Future,
    Map,
}

/// <summary>
/// A value type as a structural tree: one class for every constructor, so that equality, substitution and flattening
/// are single loops over <see cref="Children"/> and <see cref="Labels"/>.
/// </summary>
internal sealed class ValueTypeNode : TypeNode
{
    private static readonly ValueTypeNode?[] NoChildren = Array.Empty<ValueTypeNode?>();
    private static readonly string[] NoLabels = Array.Empty<string>();
    private static readonly Dictionary<PrimitiveValueType, ValueTypeNode> s_primitives = new();

    private ValueTypeNode(ValueKind kind, PrimitiveValueType primitive, IReadOnlyList<ValueTypeNode?> children,
        IReadOnlyList<string> labels, uint length, ResourceId? resource)
    {
        Kind = kind;
        Primitive = primitive;
        Children = children;
        Labels = labels;
        Length = length;
        Resource = resource;
        bool borrow = kind == ValueKind.Borrow;
        bool anyResource = resource is not null;
        long size = 1;
        int depth = 0;
        foreach (ValueTypeNode? child in children)
        {
            if (child is null) continue;
            borrow |= child.ContainsBorrow;
            anyResource |= child.ContainsResource;
            size += child.Size;
            depth = Math.Max(depth, child.Depth);
        }
        ContainsBorrow = borrow;
        ContainsResource = anyResource;
        Size = Math.Min(size, long.MaxValue / 4);
        Depth = depth + 1;
        (ElementSize, Alignment) = ComputeLayout();
    }

    /// <summary>
    /// <c>elem_size</c> in a 32-bit memory, saturated at <see cref="MaxElementSize"/> (a fixed list of four billion
    /// elements must not overflow); validation requires it below 2^28.
    /// </summary>
    public long ElementSize { get; }

    /// <summary><c>alignment</c> in a 32-bit memory.</summary>
    public int Alignment { get; }

    /// <summary>The bound Binary.md sets on <c>elem_size</c>: 2^28 bytes.</summary>
    public const long MaxElementSize = 1L << 28;

    // The Canonical ABI's size and alignment, with the front end's discriminant and flags sizes and alignment rounding.
    private (long Size, int Alignment) ComputeLayout()
    {
        switch (Kind)
        {
            case ValueKind.Primitive:
                return Primitive switch
                {
                    PrimitiveValueType.Bool or PrimitiveValueType.S8 or PrimitiveValueType.U8 => (1, 1),
                    PrimitiveValueType.S16 or PrimitiveValueType.U16 => (2, 2),
                    PrimitiveValueType.S64 or PrimitiveValueType.U64 or PrimitiveValueType.F64 => (8, 8),
                    PrimitiveValueType.String => (8, 4),
                    _ => (4, 4),
                };
            case ValueKind.List:
            case ValueKind.Map:
                return (8, 4);
            case ValueKind.FixedList:
                return (Saturate(Children[0]!.ElementSize * Length), Children[0]!.Alignment);
            case ValueKind.Record:
            case ValueKind.Tuple:
            {
                long size = 0;
                int alignment = 1;
                foreach (ValueTypeNode? child in Children)
                {
                    size = Saturate(CanonicalLayout.AlignTo(size, child!.Alignment) + child.ElementSize);
                    alignment = Math.Max(alignment, child.Alignment);
                }
                return (Saturate(CanonicalLayout.AlignTo(size, alignment)), alignment);
            }
            case ValueKind.Flags:
            {
                int size = CanonicalLayout.FlagsSize(Math.Max(1, Labels.Count));
                return (size, size);
            }
            case ValueKind.Enum:
            {
                int size = CanonicalLayout.DiscriminantSize(Labels.Count);
                return (size, size);
            }
            case ValueKind.Variant:
            case ValueKind.Option:
            case ValueKind.Result:
            {
                int cases = Kind == ValueKind.Variant ? Children.Count : 2;
                int discriminant = CanonicalLayout.DiscriminantSize(cases);
                long payload = 0;
                int alignment = discriminant;
                foreach (ValueTypeNode? child in Children)
                {
                    if (child is null) continue;
                    payload = Math.Max(payload, child.ElementSize);
                    alignment = Math.Max(alignment, child.Alignment);
                }
                long offset = CanonicalLayout.AlignTo(discriminant, alignment);
                return (Saturate(CanonicalLayout.AlignTo(Saturate(offset + payload), alignment)), alignment);
            }
            default:
                return (4, 4); // own, borrow, stream, future: an i32 handle
        }
    }

    private static long Saturate(long value) => value < 0 || value > MaxElementSize ? MaxElementSize : value;

    /// <summary>
    /// The number of nodes of the type as a tree (shared subtrees counted each time): what every walk over it costs. The
    /// validator rejects types above <see cref="MaxSize"/>, so that a doubling chain of tuples cannot make a walk exponential.
    /// </summary>
    public long Size { get; }

    /// <summary>The nesting depth; bounded by <see cref="MaxDepth"/> so that recursive walks cannot exhaust the stack.</summary>
    public int Depth { get; }

    /// <summary>The largest type size accepted (WASI's largest types have a few hundred nodes).</summary>
    public const long MaxSize = 100_000;

    /// <summary>The deepest nesting accepted.</summary>
    public const int MaxDepth = 200;

    public ValueKind Kind { get; }

    public PrimitiveValueType Primitive { get; }

    /// <summary>Element, field, case payload (null for none), ok/error, key/value, or stream/future element types.</summary>
    public IReadOnlyList<ValueTypeNode?> Children { get; }

    /// <summary>Field, case, flag or enum labels.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>A fixed list's length.</summary>
    public uint Length { get; }

    /// <summary>For own/borrow: the resource.</summary>
    public ResourceId? Resource { get; }

    public bool ContainsBorrow { get; }

    public bool ContainsResource { get; }

    public static ValueTypeNode Of(PrimitiveValueType primitive)
    {
        lock (s_primitives)
        {
            if (!s_primitives.TryGetValue(primitive, out ValueTypeNode? node))
                s_primitives[primitive] = node = new ValueTypeNode(ValueKind.Primitive, primitive, NoChildren, NoLabels, 0, null);
            return node;
        }
    }

    public static ValueTypeNode Compound(ValueKind kind, IReadOnlyList<ValueTypeNode?> children, IReadOnlyList<string>? labels = null, uint length = 0) =>
        new(kind, 0, children, labels ?? NoLabels, length, null);

    public static ValueTypeNode Handle(bool borrow, ResourceId resource) =>
        new(borrow ? ValueKind.Borrow : ValueKind.Own, 0, NoChildren, NoLabels, 0, resource);

    /// <summary>The same type with its resources replaced by <paramref name="map"/> (this instance when nothing changes).</summary>
    public ValueTypeNode Substitute(IReadOnlyDictionary<ResourceId, ResourceId> map)
    {
        if (!ContainsResource || map.Count == 0) return this;
        if (Resource is not null) return map.TryGetValue(Resource, out ResourceId? to) ? Handle(Kind == ValueKind.Borrow, to) : this;
        var children = new ValueTypeNode?[Children.Count];
        bool changed = false;
        for (int i = 0; i < children.Length; i++)
        {
            children[i] = Children[i]?.Substitute(map);
            changed |= !ReferenceEquals(children[i], Children[i]);
        }
        return changed ? new ValueTypeNode(Kind, Primitive, children, Labels, Length, null) : this;
    }

    /// <summary>Collects every resource this type refers to.</summary>
    public void CollectResources(HashSet<ResourceId> into)
    {
        if (!ContainsResource) return;
        if (Resource is not null) into.Add(Resource);
        foreach (ValueTypeNode? child in Children) child?.CollectResources(into);
    }

    /// <summary>Structural equality; resources compare by identity.</summary>
    public bool StructurallyEquals(ValueTypeNode other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (Kind != other.Kind || Primitive != other.Primitive || Length != other.Length || Resource != other.Resource) return false;
        if (Children.Count != other.Children.Count || Labels.Count != other.Labels.Count) return false;
        for (int i = 0; i < Labels.Count; i++) if (Labels[i] != other.Labels[i]) return false;
        for (int i = 0; i < Children.Count; i++)
        {
            ValueTypeNode? a = Children[i], b = other.Children[i];
            if (a is null != b is null) return false;
            if (a is not null && !a.StructurallyEquals(b!)) return false;
        }
        return true;
    }

    /// <summary>True when values of this type are strings or lists somewhere (they need memory, and realloc to be received).</summary>
    public bool NeedsMemory()
    {
        if (Kind == ValueKind.Primitive) return Primitive == PrimitiveValueType.String;
        if (Kind == ValueKind.List || Kind == ValueKind.Map) return true;
        foreach (ValueTypeNode? child in Children) if (child is not null && child.NeedsMemory()) return true;
        return false;
    }

    public override string Describe() => Kind switch
    {
        ValueKind.Primitive => Primitive.ToWit(),
        ValueKind.Own => $"own<{Resource}>",
        ValueKind.Borrow => $"borrow<{Resource}>",
        ValueKind.FixedList => $"list<{Children[0]!.Describe()}, {Length}>",
        _ => $"{Kind.ToString().ToLowerInvariant()}<{string.Join(", ", DescribeChildren())}>",
    };

    private IEnumerable<string> DescribeChildren()
    {
        for (int i = 0; i < Math.Max(Children.Count, Labels.Count); i++)
        {
            string label = i < Labels.Count ? Labels[i] : "";
            string child = i < Children.Count ? Children[i]?.Describe() ?? "_" : "";
            yield return label.Length > 0 && child.Length > 0 ? $"{label}: {child}" : label + child;
        }
    }
}
