using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>A <c>core type</c> definition: a core function type, a module type, or (WebAssembly 3.0) a GC type group.</summary>
/// <param name="Offset">Absolute offset of the definition.</param>
/// <param name="Type">The defined type.</param>
public sealed record CoreTypeDefinition(int Offset, CoreDefinedType Type) : Definition(Offset)
{
    /// <summary>How many core type indices this definition adds (a recursive group adds one per member).</summary>
    public int IndexCount => Type is CoreRecursiveGroup group ? group.Types.Count : 1;
}

/// <summary>The types a <c>core:type</c> can define.</summary>
public abstract record CoreDefinedType;

/// <summary>A core function type <c>(func (param …) (result …))</c>.</summary>
/// <param name="Parameters">The parameter types.</param>
/// <param name="Results">The result types.</param>
public sealed record CoreFuncType(IReadOnlyList<CoreValType> Parameters, IReadOnlyList<CoreValType> Results) : CoreDefinedType
{
    /// <summary>Structural equality of the two type lists (records compare lists by reference).</summary>
    public bool SignatureEquals(CoreFuncType other)
    {
        if (Parameters.Count != other.Parameters.Count || Results.Count != other.Results.Count) return false;
        for (int i = 0; i < Parameters.Count; i++) if (Parameters[i] != other.Parameters[i]) return false;
        for (int i = 0; i < Results.Count; i++) if (Results[i] != other.Results[i]) return false;
        return true;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        $"[{string.Join(", ", Parameters)}] -> [{string.Join(", ", Results)}]";
}

/// <summary>A GC struct type (decoded for completeness; components do not use it yet).</summary>
/// <param name="Fields">The fields.</param>
public sealed record CoreStructType(IReadOnlyList<CoreFieldType> Fields) : CoreDefinedType;

/// <summary>A GC array type (decoded for completeness; components do not use it yet).</summary>
/// <param name="Element">The element field.</param>
public sealed record CoreArrayType(CoreFieldType Element) : CoreDefinedType;

/// <summary>A GC field: its storage type and mutability.</summary>
/// <param name="Storage">The storage type (a value type or packed i8/i16).</param>
/// <param name="Mutable">Whether the field is mutable.</param>
public readonly record struct CoreFieldType(CoreValType Storage, bool Mutable);

/// <summary>A WebAssembly 3.0 recursive group (<c>rec</c>) or a single <c>sub</c> type: one core type index per member.</summary>
/// <param name="Types">The members.</param>
public sealed record CoreRecursiveGroup(IReadOnlyList<CoreSubType> Types) : CoreDefinedType;

/// <summary>A WebAssembly 3.0 subtype declaration.</summary>
/// <param name="IsFinal">Whether the type is final.</param>
/// <param name="Supertypes">The declared supertypes (type indices).</param>
/// <param name="Composite">The struct, array or function type.</param>
public sealed record CoreSubType(bool IsFinal, IReadOnlyList<uint> Supertypes, CoreDefinedType Composite);

/// <summary>A core module type <c>(module decl*)</c>: imports, exports, types and outer type aliases.</summary>
/// <param name="Declarations">The declarators in order: <see cref="CoreImportDeclaration"/>, <see cref="CoreTypeDefinition"/>,
/// <see cref="OuterAlias"/> (of <see cref="Sort.CoreType"/>) and <see cref="CoreExportDeclaration"/>.</param>
public sealed record CoreModuleType(IReadOnlyList<Definition> Declarations) : CoreDefinedType;

/// <summary>A core import declarator of a module type.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Module">The import's module name.</param>
/// <param name="Name">The import's field name.</param>
/// <param name="Type">What is imported.</param>
public sealed record CoreImportDeclaration(int Offset, string Module, string Name, CoreExternType Type) : Definition(Offset);

/// <summary>A core export declarator of a module type.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Name">The export's name.</param>
/// <param name="Type">What is exported.</param>
public sealed record CoreExportDeclaration(int Offset, string Name, CoreExternType Type) : Definition(Offset);
