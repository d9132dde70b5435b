namespace WitSharp.Components.Binary;

/// <summary>Limits the decoder enforces so that hostile input cannot exhaust the stack or memory.</summary>
public sealed class ComponentDecoderOptions
{
    /// <summary>The defaults: 100 levels of nesting.</summary>
    public static ComponentDecoderOptions Default { get; } = new();

    /// <summary>
    /// How deeply components, component types, instance types and module types may nest inside one another (each level
    /// is a recursive call in the decoder). wasm-tools allows 100 for nested types; real components use a handful.
    /// </summary>
    public int MaxNestingDepth { get; init; } = 100;
}
