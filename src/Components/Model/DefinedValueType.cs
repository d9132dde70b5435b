using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>A <c>defvaltype</c>: a value type given a type index.</summary>
public abstract record DefinedValueType : DefinedType;

/// <summary>A primitive given its own type index.</summary>
/// <param name="Type">The primitive.</param>
public sealed record PrimitiveType(PrimitiveValueType Type) : DefinedValueType;

/// <summary><c>(record (field "l" t)+)</c>.</summary>
/// <param name="Fields">The fields (at least one).</param>
public sealed record RecordType(IReadOnlyList<LabeledValType> Fields) : DefinedValueType;

/// <summary><c>(variant (case "l" t?)+)</c>.</summary>
/// <param name="Cases">The cases (at least one).</param>
public sealed record VariantType(IReadOnlyList<VariantCase> Cases) : DefinedValueType;

/// <summary><c>(list t)</c>.</summary>
/// <param name="Element">The element type.</param>
public sealed record ListType(ValType Element) : DefinedValueType;

/// <summary><c>(list t n)</c>: a fixed-length list (🔧).</summary>
/// <param name="Element">The element type.</param>
/// <param name="Length">The length (validation requires more than 0).</param>
public sealed record FixedListType(ValType Element, uint Length) : DefinedValueType;

/// <summary><c>(tuple t+)</c>.</summary>
/// <param name="Types">The element types (at least one).</param>
public sealed record TupleType(IReadOnlyList<ValType> Types) : DefinedValueType;

/// <summary><c>(flags "l"+)</c>.</summary>
/// <param name="Names">The flag labels (1 to 32).</param>
public sealed record FlagsType(IReadOnlyList<string> Names) : DefinedValueType;

/// <summary><c>(enum "l"+)</c>.</summary>
/// <param name="Cases">The case labels (at least one).</param>
public sealed record EnumType(IReadOnlyList<string> Cases) : DefinedValueType;

/// <summary><c>(option t)</c>.</summary>
/// <param name="Type">The payload type.</param>
public sealed record OptionType(ValType Type) : DefinedValueType;

/// <summary><c>(result t? (error u)?)</c>.</summary>
/// <param name="Ok">The success payload, if any.</param>
/// <param name="Error">The error payload, if any.</param>
public sealed record ResultType(ValType? Ok, ValType? Error) : DefinedValueType;

/// <summary><c>(own i)</c>: an owned handle to the resource type at <paramref name="ResourceTypeIndex"/>.</summary>
/// <param name="ResourceTypeIndex">The resource type's index in the type index space.</param>
public sealed record OwnType(uint ResourceTypeIndex) : DefinedValueType;

/// <summary><c>(borrow i)</c>: a borrowed handle to the resource type at <paramref name="ResourceTypeIndex"/>.</summary>
/// <param name="ResourceTypeIndex">The resource type's index in the type index space.</param>
public sealed record BorrowType(uint ResourceTypeIndex) : DefinedValueType;

/// <summary><c>(stream t?)</c> (🔀 async; decoded, not run).</summary>
/// <param name="Element">The element type, if any.</param>
public sealed record StreamType(ValType? Element) : DefinedValueType;

/// <summary><c>(future t?)</c> (🔀 async; decoded, not run).</summary>
/// <param name="Element">The value type, if any.</param>
public sealed record FutureType(ValType? Element) : DefinedValueType;

/// <summary><c>(map k v)</c> (🗺️).</summary>
/// <param name="Key">The key type.</param>
/// <param name="Value">The value type.</param>
public sealed record MapType(ValType Key, ValType Value) : DefinedValueType;
