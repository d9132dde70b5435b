using System.Collections.Generic;
using System;
using WitSharp.Engine.Components.Planning;
using WitSharp.Engine.Components.Running;
using WitSharp.Runtime;

namespace WitSharp.Engine.Components;

/// <summary>
/// An exported function of a <see cref="ComponentInstance"/> on the dynamic path: its WIT signature and
/// <see cref="Invoke"/> with <see cref="WitValue"/>s. The canonical options (memory, realloc, post-return, string
/// encoding) are the ones the component's <c>canon lift</c> names. Not thread-safe, like its instance.
/// </summary>
public sealed class ComponentFunction
{
    private readonly InstanceRuntime _runtime;

    internal ComponentFunction(string name, InstanceRuntime runtime, FuncValue function)
    {
        Name = name;
        _runtime = runtime;
        Function = function;
    }

    /// <summary>The function: lifted from the component's core code, or a host import the component exports again.</summary>
    internal FuncValue Function { get; }

    /// <summary>The export's name (<c>add</c>, or <c>ns:pkg/iface@1.0.0#add</c> for a function of an exported instance).</summary>
    public string Name { get; }

    /// <summary>The parameters' names, in order.</summary>
    public IReadOnlyList<string> ParameterNames => Function.Type.ParameterNames;

    /// <summary>The parameters' types, in order.</summary>
    public IReadOnlyList<CanonicalType> ParameterTypes => Function.Type.Parameters.Fields;

    /// <summary>The result's type, or null when the function returns nothing.</summary>
    public CanonicalType? ResultType => Function.Type.Results.Fields.Count == 0 ? null : Function.Type.Results.Fields[0];

    /// <summary>
    /// Calls the function: lowers <paramref name="arguments"/> into the guest, runs it, lifts the result and runs its
    /// post-return. Handles are passed and returned as resource reps (<see cref="WitValue.Handle"/>).
    /// </summary>
    /// <returns>The result, or null when the function returns nothing.</returns>
    /// <exception cref="ArgumentException">The number of arguments does not match the parameters.</exception>
    /// <exception cref="CanonicalAbiTrapException">A Canonical ABI rule trapped (bad UTF-8, a bad discriminant, a forged
    /// handle, re-entrance…), or the instance trapped earlier and can no longer be entered.</exception>
    /// <exception cref="WasmTrapException">The guest's core code trapped.</exception>
    public WitValue? Invoke(params WitValue[] arguments)
    {
        if (arguments is null) throw new ArgumentNullException(nameof(arguments));
        if (arguments.Length != Function.Type.Parameters.Fields.Count)
        {
            throw new ArgumentException(Name + " takes " + Function.Type.Parameters.Fields.Count + " argument(s), got " + arguments.Length, nameof(arguments));
        }
        return _runtime.CallFromHost(Function, arguments);
    }

    /// <inheritdoc/>
    public override string ToString() => Name + Function.Type.Describe();
}
