namespace WitSharp.Engine.Tests.Spec;

/// <summary>The commands of a spec script (wast2json's <c>type</c> field).</summary>
public enum WastCommandType
{
    /// <summary>Define (and instantiate) a module.</summary>
    Module,
    /// <summary>Make a module's exports importable under a name.</summary>
    Register,
    /// <summary>Perform an action, ignoring its results.</summary>
    Action,
    /// <summary>An action must return the expected values.</summary>
    AssertReturn,
    /// <summary>An action must trap with the given message.</summary>
    AssertTrap,
    /// <summary>An action must exhaust resources (call stack).</summary>
    AssertExhaustion,
    /// <summary>A module must fail validation.</summary>
    AssertInvalid,
    /// <summary>A module must fail decoding (binary) or parsing (text).</summary>
    AssertMalformed,
    /// <summary>A module must fail to link (imports).</summary>
    AssertUnlinkable,
    /// <summary>A module must trap during instantiation.</summary>
    AssertUninstantiable,
}
