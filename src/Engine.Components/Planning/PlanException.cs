using System;

namespace WitSharp.Engine.Components.Planning;

/// <summary>Builds the exceptions planning throws: a malformed component, or a feature this runtime does not run.</summary>
internal static class PlanException
{
    /// <summary>A component the validator should have rejected, found while planning its instantiation.</summary>
    public static ComponentNotSupportedException At(int offset, string message) =>
        new ComponentNotSupportedException("cannot instantiate the component at offset 0x" + offset.ToString("x", System.Globalization.CultureInfo.InvariantCulture) + ": " + message);

    /// <summary>A feature this runtime does not run yet.</summary>
    public static ComponentNotSupportedException Unsupported(int offset, string feature) =>
        At(offset, feature + " is not supported by this runtime yet");
}
