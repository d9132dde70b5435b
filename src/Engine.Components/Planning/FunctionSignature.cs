using System.Collections.Generic;
using System.Text;
using WitSharp.Runtime;
using WitSharp.WitParser.Abi;

namespace WitSharp.Engine.Components.Planning;

/// <summary>
/// A component function type made ready for calls: parameter names, the parameter and result tuples as Canonical ABI
/// descriptors, and the core signatures of its <c>canon lift</c> and <c>canon lower</c>. Immutable, built once per
/// component.
/// </summary>
internal sealed class FunctionSignature
{
    public FunctionSignature(IReadOnlyList<string> parameterNames, CanonicalType parameters, CanonicalType results, CoreFunctionType lift, CoreFunctionType lower)
    {
        ParameterNames = parameterNames;
        Parameters = parameters;
        Results = results;
        Lift = lift;
        Lower = lower;
    }

    public IReadOnlyList<string> ParameterNames { get; }

    /// <summary>The parameters as one tuple.</summary>
    public CanonicalType Parameters { get; }

    /// <summary>The result (zero or one) as one tuple.</summary>
    public CanonicalType Results { get; }

    /// <summary>The core type of the function a <c>canon lift</c> of this type takes.</summary>
    public CoreFunctionType Lift { get; }

    /// <summary>The core type of the function a <c>canon lower</c> of this type gives.</summary>
    public CoreFunctionType Lower { get; }

    /// <summary>True when the result does not fit one flat value and is written through a caller-provided pointer (lower) or returned by pointer (lift).</summary>
    public bool ResultsInMemory => Results.Layout.Flat.Count > CanonicalLayout.MaxFlatResults;

    /// <summary><c>(a: u32, b: u32) -> u32</c>-like text for messages (kinds only).</summary>
    public string Describe()
    {
        var text = new StringBuilder("(");
        for (int i = 0; i < ParameterNames.Count; i++)
        {
            if (i > 0) text.Append(", ");
            text.Append(ParameterNames[i]).Append(": ").Append(Parameters.Fields[i].Kind.ToString().ToLowerInvariant());
        }
        text.Append(')');
        if (Results.Fields.Count > 0) text.Append(" -> ").Append(Results.Fields[0].Kind.ToString().ToLowerInvariant());
        return text.ToString();
    }
}
