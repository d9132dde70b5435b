using System;

namespace WitSharp.Components.Validation;

/// <summary>
/// Thrown when a well-formed component breaks a validation rule of the Component Model. <see cref="Rule"/> names the
/// rule (one of <see cref="ValidationRules"/>), <see cref="Offset"/> the definition that breaks it.
/// </summary>
public sealed class ComponentValidationException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="rule">The rule's identifier (see <see cref="ValidationRules"/>).</param>
    /// <param name="offset">Absolute byte offset of the offending definition.</param>
    /// <param name="detail">What is wrong, in words.</param>
    public ComponentValidationException(string rule, long offset, string detail)
        : base($"invalid component at offset 0x{offset:x} ({offset}): [{rule}] {detail}")
    {
        Rule = rule;
        Offset = offset;
        Detail = detail;
    }

    /// <summary>The rule broken, e.g. <c>canon-options</c>.</summary>
    public string Rule { get; }

    /// <summary>Absolute byte offset of the offending definition.</summary>
    public long Offset { get; }

    /// <summary>What is wrong, without the rule and offset.</summary>
    public string Detail { get; }
}

/// <summary>The identifiers of the validation rules a <see cref="ComponentValidationException"/> names.</summary>
public static class ValidationRules
{
    /// <summary>An index is out of its sort's index space, or names an item of the wrong kind.</summary>
    public const string IndexSpace = "index-space";
    /// <summary>A supplied item's type is not a subtype of what is expected (instantiation arguments, ascribed export types).</summary>
    public const string TypeMismatch = "type-mismatch";
    /// <summary>A type definition is malformed (empty record, duplicate label, too many flags, borrow in a result…).</summary>
    public const string TypeDefinition = "type-definition";
    /// <summary>A <c>canon lift</c>/<c>lower</c> core signature does not match the flattened function type.</summary>
    public const string CanonSignature = "canon-signature";
    /// <summary>Canonical options are duplicated, conflicting, missing (memory, realloc) or of the wrong type.</summary>
    public const string CanonOptions = "canon-options";
    /// <summary>A resource rule: handles of non-resources, resource.new/rep of foreign resources, destructor type, rep type.</summary>
    public const string Resource = "resource";
    /// <summary>An import or export name is malformed, not strongly unique, or its annotation does not fit its type.</summary>
    public const string Name = "name";
    /// <summary>An outer alias counts past the enclosing scopes, aliases a forbidden sort, or leaks a resource type.</summary>
    public const string OuterAlias = "outer-alias";
    /// <summary>An export or core export alias names an export that does not exist or has another sort.</summary>
    public const string Alias = "alias";
    /// <summary>An instantiation lacks an argument or repeats one.</summary>
    public const string Instantiation = "instantiation";
    /// <summary>A feature this project decodes but does not support (async, streams, futures, threads, error contexts).</summary>
    public const string Unsupported = "unsupported";
    /// <summary>An embedded core module's import/export framing is malformed.</summary>
    public const string CoreModule = "core-module";
    /// <summary>An export's type uses a resource that no import or export introduces.</summary>
    public const string ExportVisibility = "export-visibility";
}
