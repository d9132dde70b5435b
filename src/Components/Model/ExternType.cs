namespace WitSharp.Components.Model;

/// <summary>What kind of item an import or export is (<c>externtype</c>'s first byte).</summary>
public enum ExternKind : byte
{
    /// <summary><c>(core module (type i))</c>: <see cref="ExternType.Index"/> is a core type index.</summary>
    CoreModule = 0x00,
    /// <summary><c>(func (type i))</c>.</summary>
    Func = 0x01,
    /// <summary><c>(value b)</c> (🪙).</summary>
    Value = 0x02,
    /// <summary><c>(type b)</c>: see <see cref="ExternType.Bound"/>.</summary>
    Type = 0x03,
    /// <summary><c>(component (type i))</c>.</summary>
    Component = 0x04,
    /// <summary><c>(instance (type i))</c>.</summary>
    Instance = 0x05,
}

/// <summary>How a <c>type</c> or <c>value</c> extern type is bounded.</summary>
public enum ExternBound : byte
{
    /// <summary>No bound: the kind is not <c>type</c> or <c>value</c>.</summary>
    None,
    /// <summary><c>(eq i)</c>: equal to the type (or value) at <see cref="ExternType.Index"/>.</summary>
    Eq,
    /// <summary><c>(sub resource)</c>: a fresh abstract resource type.</summary>
    SubResource,
    /// <summary>A value of type <see cref="ExternType.ValueType"/>.</summary>
    ValueType,
}

/// <summary>The type of an import or export.</summary>
/// <param name="Kind">The item kind.</param>
/// <param name="Index">The type index (core type index for <see cref="ExternKind.CoreModule"/>), or the
/// <c>eq</c> bound's index.</param>
/// <param name="Bound">The bound of a <c>type</c> or <c>value</c>.</param>
/// <param name="ValueType">A value's type when <see cref="Bound"/> is <see cref="ExternBound.ValueType"/>.</param>
public sealed record ExternType(ExternKind Kind, uint Index, ExternBound Bound = ExternBound.None, ValType ValueType = default)
{
    /// <summary>The sort of the index space the imported or exported item enters.</summary>
    public Sort Sort => Kind.ToSort();
}

/// <summary>Helpers over <see cref="ExternKind"/>.</summary>
public static class ExternKindExtensions
{
    /// <summary>The sort whose index space an item of this kind enters.</summary>
    public static Sort ToSort(this ExternKind kind) => kind switch
    {
        ExternKind.CoreModule => Sort.CoreModule,
        ExternKind.Func => Sort.Func,
        ExternKind.Value => Sort.Value,
        ExternKind.Type => Sort.Type,
        ExternKind.Component => Sort.Component,
        _ => Sort.Instance,
    };
}
