using WitSharp.Components.Model;
using WitSharp.Components.Validation.Types;

namespace WitSharp.Components.Validation;

/// <summary>
/// Validates a decoded component's component layer as the Explainer and Binary.md define it: index spaces per sort,
/// type rules, type equality and subtyping of instantiation arguments and ascribed exports, canon lift/lower signatures
/// against the core function types (by Canonical ABI flattening), canonical options, resource rules, name
/// well-formedness and strong uniqueness, and outer-alias limits. Core module bodies are left to the engine: only their
/// imports and exports are read here.
/// </summary>
public static class ComponentValidator
{
    /// <summary>Validates <paramref name="component"/>; returns normally when it is valid.</summary>
    /// <exception cref="ComponentValidationException">A rule is broken: the exception names the rule and the definition's offset.</exception>
    public static void Validate(ComponentDefinition component)
    {
        System.ArgumentNullException.ThrowIfNull(component);
        ComponentChecker.Check(component, parent: null);
    }

    /// <summary>Validates <paramref name="component"/>; false with the exception when it is invalid.</summary>
    public static bool TryValidate(ComponentDefinition component, out ComponentValidationException? error)
    {
        try
        {
            Validate(component);
            error = null;
            return true;
        }
        catch (ComponentValidationException e)
        {
            error = e;
            return false;
        }
    }
}
