using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>A <c>type</c> definition of a component, or a type declarator of a component or instance type.</summary>
/// <param name="Offset">Absolute offset of the definition.</param>
/// <param name="Type">What it defines.</param>
public sealed record TypeDefinition(int Offset, DefinedType Type) : Definition(Offset);

/// <summary>What a <c>deftype</c> defines: a value type, function type, component type, instance type or resource type.</summary>
public abstract record DefinedType;

/// <summary>A function type <c>(func async? (param "l" t)* (result t)?)</c>.</summary>
/// <param name="IsAsync">True for <c>func async</c> (🔀; opcode 0x43).</param>
/// <param name="Parameters">The labelled parameters.</param>
/// <param name="Result">The single result type, or null when the function returns nothing.</param>
public sealed record FuncType(bool IsAsync, IReadOnlyList<LabeledValType> Parameters, ValType? Result) : DefinedType;

/// <summary>A component type <c>(component decl*)</c>.</summary>
/// <param name="Declarations">The declarators in order: <see cref="CoreTypeDefinition"/>, <see cref="TypeDefinition"/>,
/// <see cref="AliasDefinition"/>, <see cref="ImportDefinition"/> and <see cref="ExportDeclaration"/>.</param>
public sealed record ComponentType(IReadOnlyList<Definition> Declarations) : DefinedType;

/// <summary>An instance type <c>(instance decl*)</c>.</summary>
/// <param name="Declarations">The declarators in order: <see cref="CoreTypeDefinition"/>, <see cref="TypeDefinition"/>,
/// <see cref="AliasDefinition"/> and <see cref="ExportDeclaration"/>.</param>
public sealed record InstanceType(IReadOnlyList<Definition> Declarations) : DefinedType;

/// <summary>A resource type <c>(resource (rep i32) (dtor f)?)</c> defined by this component.</summary>
/// <param name="Representation">The core representation type (validation requires <c>i32</c>).</param>
/// <param name="Destructor">The destructor's index in the core function index space, if any.</param>
public sealed record ResourceType(CoreValType Representation, uint? Destructor) : DefinedType;

/// <summary>An export declarator of a component or instance type: a name and its type, no definition behind it.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Name">The export name.</param>
/// <param name="Type">The exported item's type.</param>
public sealed record ExportDeclaration(int Offset, ExternName Name, ExternType Type) : Definition(Offset);
