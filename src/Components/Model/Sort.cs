namespace WitSharp.Components.Model;

/// <summary>
/// The kinds of definitions a component indexes, one index space each: the eight core sorts (<c>core func</c> …
/// <c>core instance</c>) and the five component sorts. Binary.md encodes a core sort as <c>0x00</c> followed by the
/// core sort byte; this enum flattens both levels.
/// </summary>
public enum Sort : byte
{
    /// <summary><c>core func</c>.</summary>
    CoreFunc,
    /// <summary><c>core table</c>.</summary>
    CoreTable,
    /// <summary><c>core memory</c>.</summary>
    CoreMemory,
    /// <summary><c>core global</c>.</summary>
    CoreGlobal,
    /// <summary><c>core tag</c> (exception handling).</summary>
    CoreTag,
    /// <summary><c>core type</c>.</summary>
    CoreType,
    /// <summary><c>core module</c>.</summary>
    CoreModule,
    /// <summary><c>core instance</c>.</summary>
    CoreInstance,
    /// <summary><c>func</c>: component functions.</summary>
    Func,
    /// <summary><c>value</c> (🪙 value imports and start).</summary>
    Value,
    /// <summary><c>type</c>: component types.</summary>
    Type,
    /// <summary><c>component</c>.</summary>
    Component,
    /// <summary><c>instance</c>: component instances.</summary>
    Instance,
}

/// <summary>Helpers over <see cref="Sort"/>.</summary>
public static class SortExtensions
{
    /// <summary>The number of sorts, i.e. of index spaces in one component scope.</summary>
    public const int Count = 13;

    /// <summary>True for the eight core sorts.</summary>
    public static bool IsCore(this Sort sort) => sort <= Sort.CoreInstance;

    /// <summary>The sort as the text format spells it (<c>core func</c>, <c>instance</c>…).</summary>
    public static string ToText(this Sort sort) => sort switch
    {
        Sort.CoreFunc => "core func",
        Sort.CoreTable => "core table",
        Sort.CoreMemory => "core memory",
        Sort.CoreGlobal => "core global",
        Sort.CoreTag => "core tag",
        Sort.CoreType => "core type",
        Sort.CoreModule => "core module",
        Sort.CoreInstance => "core instance",
        Sort.Func => "func",
        Sort.Value => "value",
        Sort.Type => "type",
        Sort.Component => "component",
        _ => "instance",
    };
}

/// <summary>An index into one sort's index space: what <c>sortidx</c> and <c>core:sortidx</c> encode.</summary>
/// <param name="Sort">The index space.</param>
/// <param name="Index">The index within it.</param>
public readonly record struct SortIndex(Sort Sort, uint Index)
{
    /// <inheritdoc/>
    public override string ToString() => $"({Sort.ToText()} {Index})";
}
