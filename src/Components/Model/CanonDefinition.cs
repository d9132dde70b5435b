using System.Collections.Generic;

namespace WitSharp.Components.Model;

/// <summary>A <c>canon</c> definition. Every kind but <see cref="CanonLift"/> adds a core function.</summary>
/// <param name="Offset">Absolute offset.</param>
public abstract record CanonDefinition(int Offset) : Definition(Offset)
{
    /// <summary>The index space the definition adds to: <see cref="Sort.Func"/> for lift, else <see cref="Sort.CoreFunc"/>.</summary>
    public virtual Sort Produces => Sort.CoreFunc;
}

/// <summary><c>(canon lift f opts (type ft))</c>: a component function from a core function.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="CoreFuncIndex">The core function, in the core function index space.</param>
/// <param name="Options">The canonical options.</param>
/// <param name="TypeIndex">The function type, in the type index space.</param>
public sealed record CanonLift(int Offset, uint CoreFuncIndex, CanonicalOptions Options, uint TypeIndex) : CanonDefinition(Offset)
{
    /// <inheritdoc/>
    public override Sort Produces => Sort.Func;
}

/// <summary><c>(canon lower f opts)</c>: a core function from a component function.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="FuncIndex">The component function, in the function index space.</param>
/// <param name="Options">The canonical options.</param>
public sealed record CanonLower(int Offset, uint FuncIndex, CanonicalOptions Options) : CanonDefinition(Offset);

/// <summary><c>(canon resource.new rt)</c>.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="TypeIndex">The resource type, which must be defined by this component.</param>
public sealed record CanonResourceNew(int Offset, uint TypeIndex) : CanonDefinition(Offset);

/// <summary><c>(canon resource.drop rt)</c>.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="TypeIndex">The resource type.</param>
public sealed record CanonResourceDrop(int Offset, uint TypeIndex) : CanonDefinition(Offset);

/// <summary><c>(canon resource.rep rt)</c>.</summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="TypeIndex">The resource type, which must be defined by this component.</param>
public sealed record CanonResourceRep(int Offset, uint TypeIndex) : CanonDefinition(Offset);

/// <summary>
/// A canonical built-in this project decodes but does not run: the async (🔀), stream, future, error-context (📝)
/// and thread (🧵) built-ins. Validation reports it as unsupported by <see cref="Name"/>.
/// </summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Opcode">The built-in's opcode.</param>
/// <param name="Name">Its name as the text format spells it, e.g. <c>stream.read</c>.</param>
/// <param name="Immediates">Its integer immediates in binary order (type indices, flags, core value type codes, indices).</param>
/// <param name="Options">Its canonical options, when it takes any.</param>
public sealed record CanonUnsupportedBuiltin(int Offset, byte Opcode, string Name, IReadOnlyList<long> Immediates, CanonicalOptions? Options)
    : CanonDefinition(Offset);
