namespace WitSharp.Components.Model;

/// <summary>
/// A <c>valtype</c>: a primitive value type inline, or an index into the type index space that must name a defined
/// value type. The default value is the type index 0.
/// </summary>
public readonly record struct ValType
{
    private ValType(PrimitiveValueType primitive, uint typeIndex)
    {
        Primitive = primitive;
        TypeIndex = typeIndex;
    }

    /// <summary>The primitive, or 0 when this is a type index.</summary>
    public PrimitiveValueType Primitive { get; }

    /// <summary>The type index, meaningful when <see cref="IsPrimitive"/> is false.</summary>
    public uint TypeIndex { get; }

    /// <summary>True when the type is an inline primitive.</summary>
    public bool IsPrimitive => Primitive != 0;

    /// <summary>An inline primitive.</summary>
    public static ValType Of(PrimitiveValueType primitive) => new(primitive, 0);

    /// <summary>A reference to the type index space.</summary>
    public static ValType Indexed(uint typeIndex) => new(0, typeIndex);

    /// <inheritdoc/>
    public override string ToString() => IsPrimitive ? Primitive.ToWit() : $"(type {TypeIndex})";
}

/// <summary>A labelled value type: a record field or a function parameter.</summary>
/// <param name="Label">The label (a WIT identifier in kebab case).</param>
/// <param name="Type">Its type.</param>
public readonly record struct LabeledValType(string Label, ValType Type);

/// <summary>A variant case: a label and an optional payload type.</summary>
/// <param name="Label">The case label.</param>
/// <param name="Type">The payload, or null for a case without one.</param>
public readonly record struct VariantCase(string Label, ValType? Type);
