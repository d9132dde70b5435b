using WitSharp.Engine.Components.Engines;
using WitSharp.Engine.Components.Planning;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Running;

/// <summary>
/// What the typed path (<see cref="InstanceRuntime.InvokeCore"/>) needs of one lifted export, gathered at its first
/// call after the core function's type was checked: the core function itself and its flat types as arrays, so that a
/// warm call reads fields instead of going through the plan's lists and interfaces.
/// </summary>
internal sealed class TypedExport(LiftedFunction function, CoreFunction core)
{
    public LiftedFunction Function { get; } = function;

    public CoreFunction Core { get; } = core;

    public CoreValueType[] Params { get; } = [.. function.Signature.Lift.Params];

    public CoreValueType[] Results { get; } = [.. function.Signature.Lift.Results];
}
