using System.Collections.Generic;
using WitSharp.Components.Corpus.Tests.Values;
using WitSharp.Runtime;
using WitSharp.Testing;

namespace WitSharp.Components.Corpus.Tests.Traces;

/// <summary>One export call to make: the function and its arguments.</summary>
/// <param name="Function">The export.</param>
/// <param name="Arguments">One value per parameter.</param>
public sealed record PlannedCall(WorldFunction Function, IReadOnlyList<WitValue> Arguments);

/// <summary>The calls a run makes: the manifest's, or generated ones from a seed.</summary>
public static class CorpusCallPlan
{
    /// <summary>The manifest's calls for <paramref name="component"/>, read against its world.</summary>
    public static IReadOnlyList<PlannedCall> FromManifest(CorpusComponent component, CorpusWorld world)
    {
        var calls = new List<PlannedCall>();
        foreach (CorpusCall call in component.Calls)
        {
            WorldFunction function = world.Export(call.Export);
            calls.Add(new PlannedCall(function, JsonValueReader.ReadArguments(call.Arguments, function.Parameters)));
        }
        return calls;
    }

    /// <summary>
    /// <paramref name="perExport"/> generated calls of every export of <paramref name="world"/> whose types have values
    /// (handles have none outside an instance), from <paramref name="seed"/>.
    /// </summary>
    public static IReadOnlyList<PlannedCall> Generated(CorpusComponent component, CorpusWorld world, int seed, int perExport)
    {
        var generator = new ValueGenerator(seed);
        var calls = new List<PlannedCall>();
        if (!component.Generate) return calls;
        foreach (WorldFunction function in world.Exports)
        {
            if (!HasValues(function)) continue;
            for (int i = 0; i < perExport; i++)
            {
                var arguments = new WitValue[function.Parameters.Count];
                for (int p = 0; p < arguments.Length; p++) arguments[p] = generator.Next(function.Parameters[p]);
                calls.Add(new PlannedCall(function, arguments));
            }
        }
        return calls;
    }

    private static bool HasValues(WorldFunction function)
    {
        foreach (CanonicalType type in function.Parameters)
        {
            if (ContainsHandle(type)) return false;
        }
        return function.Result is null || !ContainsHandle(function.Result);
    }

    private static bool ContainsHandle(CanonicalType type)
    {
        if (type.Kind is CanonicalTypeKind.Own or CanonicalTypeKind.Borrow) return true;
        if (type.Element is CanonicalType element && ContainsHandle(element)) return true;
        foreach (CanonicalType field in type.Fields) if (ContainsHandle(field)) return true;
        foreach (CanonicalType? payload in type.Cases) if (payload is not null && ContainsHandle(payload)) return true;
        return false;
    }
}
