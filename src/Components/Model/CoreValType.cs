namespace WitSharp.Components.Model;

/// <summary>The kinds of core value types (and the packed storage types of GC fields).</summary>
public enum CoreValKind : byte
{
    /// <summary><c>i32</c>.</summary>
    I32,
    /// <summary><c>i64</c>.</summary>
    I64,
    /// <summary><c>f32</c>.</summary>
    F32,
    /// <summary><c>f64</c>.</summary>
    F64,
    /// <summary><c>v128</c>.</summary>
    V128,
    /// <summary>A reference type; see <see cref="CoreValType.HeapType"/>.</summary>
    Ref,
    /// <summary>The packed storage type <c>i8</c> (GC struct and array fields only).</summary>
    I8,
    /// <summary>The packed storage type <c>i16</c> (GC struct and array fields only).</summary>
    I16,
}

/// <summary>
/// A core value type. For references, <see cref="HeapType"/> is a type index (≥ 0) or an abstract heap type as its
/// negative s33 code (<c>func</c> = -16, <c>extern</c> = -17, …), as the core binary format encodes it.
/// </summary>
/// <param name="Kind">The kind.</param>
/// <param name="Nullable">For references: whether null is a value.</param>
/// <param name="HeapType">For references: the heap type (index or negative abstract code).</param>
public readonly record struct CoreValType(CoreValKind Kind, bool Nullable = false, long HeapType = 0)
{
    /// <summary><c>i32</c>.</summary>
    public static CoreValType I32 => new(CoreValKind.I32);
    /// <summary><c>i64</c>.</summary>
    public static CoreValType I64 => new(CoreValKind.I64);
    /// <summary><c>f32</c>.</summary>
    public static CoreValType F32 => new(CoreValKind.F32);
    /// <summary><c>f64</c>.</summary>
    public static CoreValType F64 => new(CoreValKind.F64);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        CoreValKind.Ref => HeapType switch
        {
            -16 when Nullable => "funcref",
            -17 when Nullable => "externref",
            _ => $"(ref {(Nullable ? "null " : "")}{(HeapType >= 0 ? HeapType.ToString() : HeapTypeName(HeapType))})",
        },
        _ => Kind.ToString().ToLowerInvariant(),
    };

    private static string HeapTypeName(long code) => code switch
    {
        -16 => "func",
        -17 => "extern",
        -18 => "any",
        -19 => "eq",
        -20 => "i31",
        -21 => "struct",
        -22 => "array",
        -13 => "nofunc",
        -14 => "noextern",
        -15 => "none",
        -23 => "exn",
        -12 => "noexn",
        _ => code.ToString(),
    };
}
