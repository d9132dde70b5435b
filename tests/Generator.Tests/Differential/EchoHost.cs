using System.Reflection;

namespace WitSharp.Generator.Tests.Differential;

/// <summary>
/// A host implementation of any generated imports interface (a <see cref="DispatchProxy"/>): every function records
/// its C# arguments and returns its first one, so an echo function hands its argument straight back.
/// </summary>
public class EchoHost : DispatchProxy
{
    /// <summary>The C# arguments of the last call.</summary>
    public object?[] Arguments { get; private set; } = new object?[0];

    /// <inheritdoc />
    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        Arguments = args ?? new object?[0];
        return targetMethod!.ReturnType == typeof(void) ? null : Arguments[0];
    }
}
