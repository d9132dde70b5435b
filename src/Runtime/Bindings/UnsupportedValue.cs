namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// Stands in for WIT types the bindings do not support yet (<c>stream</c>, <c>future</c>,
    /// <c>error-context</c>): the raw handle index, so the rest of an interface still compiles. The generator
    /// reports a diagnostic wherever it uses this type.
    /// </summary>
    public readonly record struct UnsupportedValue(uint Handle);
}
