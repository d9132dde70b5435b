using System;
using System.Collections.Generic;
using System.Linq;
using WitSharp.Runtime;
using WitSharp.Testing;
using WitSharp.WitParser;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Components.Corpus.Tests.Values;

/// <summary>
/// The world a corpus component was built from, resolved by our WIT front end: its imported and exported functions
/// with <see cref="CanonicalType"/>s, which the value generator, the JSON reader and both harnesses share.
/// </summary>
public sealed class CorpusWorld
{
    private CorpusWorld(IReadOnlyList<WorldFunction> imports, IReadOnlyList<WorldFunction> exports)
    {
        Imports = imports;
        Exports = exports;
    }

    /// <summary>Imported functions (root and interface functions).</summary>
    public IReadOnlyList<WorldFunction> Imports { get; }

    /// <summary>Exported functions (root and interface functions).</summary>
    public IReadOnlyList<WorldFunction> Exports { get; }

    /// <summary>The export the manifest calls <paramref name="key"/>.</summary>
    public WorldFunction Export(string key) =>
        Exports.FirstOrDefault(f => f.Key == key) ?? throw new ArgumentException($"the world exports no function '{key}'");

    /// <summary>Loads the world of <paramref name="component"/> from its WIT.</summary>
    public static CorpusWorld Load(CorpusComponent component)
    {
        WitLoadResult loaded = WitLoader.LoadPath(ComponentCorpus.SourcePath(component.Wit));
        if (!loaded.Success || loaded.Resolve is null)
        {
            throw new InvalidOperationException($"{component.Wit} does not resolve: {string.Join("; ", loaded.Diagnostics.Select(d => d.Message))}");
        }
        WitResolve resolve = loaded.Resolve;
        WitWorld world = resolve.Worlds.First(w => w.Name == component.World && w.Package is int p && loaded.RootPackages.Contains(p));
        var builder = new CanonicalTypeBuilder(new CanonicalLayout(resolve));
        return new CorpusWorld(Functions(resolve, world.Imports, builder), Functions(resolve, world.Exports, builder));
    }

    private static List<WorldFunction> Functions(WitResolve resolve, OrderedMap<WitWorldKey, WitWorldItem> items, CanonicalTypeBuilder builder)
    {
        var functions = new List<WorldFunction>();
        foreach (KeyValuePair<WitWorldKey, WitWorldItem> item in items)
        {
            if (item.Value.Kind == WitWorldItemKind.Function)
            {
                functions.Add(Describe(null, item.Value.Function!, builder));
            }
            else if (item.Value.Kind == WitWorldItemKind.Interface)
            {
                string name = item.Key.IsName ? item.Key.Name! : resolve.QualifiedInterfaceName(item.Value.Id)!;
                foreach (WitFunction function in resolve.Interfaces[item.Value.Id].Functions.Values)
                {
                    functions.Add(Describe(name, function, builder));
                }
            }
        }
        return functions;
    }

    private static WorldFunction Describe(string? iface, WitFunction function, CanonicalTypeBuilder builder) =>
        new(iface, function.Name,
            function.Params.Select(p => p.Name).ToArray(),
            function.Params.Select(p => builder.Build(p.Type)).ToArray(),
            function.Result is WitType result ? builder.Build(result) : null);
}
