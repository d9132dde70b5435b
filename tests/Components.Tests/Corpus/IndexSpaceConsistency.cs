using System.Linq;
using WitSharp.Components.Model;

namespace WitSharp.Components.Tests.Corpus;

/// <summary>
/// The round-trip property of the model: every index a definition uses lies inside the index space built so far, and
/// every index space entry points back at a definition of the component that produces its sort.
/// </summary>
internal static class IndexSpaceConsistency
{
    public static void Check(ComponentDefinition component)
    {
        var counts = new int[SortExtensions.Count];
        var seen = new System.Collections.Generic.Dictionary<Definition, int>(System.Collections.Generic.ReferenceEqualityComparer.Instance);
        for (int i = 0; i < component.Definitions.Count; i++) seen[component.Definitions[i]] = i;
        foreach (Sort sort in System.Enum.GetValues<Sort>())
        {
            int previous = -1;
            foreach (IndexEntry entry in component.IndexSpace(sort))
            {
                Assert.True(seen.TryGetValue(entry.Definition, out int position), $"{sort} entry is not a definition of the component");
                Assert.True(position >= previous, $"{sort} index space is out of binary order");
                previous = position;
            }
        }
        foreach (Definition definition in component.Definitions)
        {
            foreach (SortIndex used in Uses(definition))
                Assert.True(used.Index < counts[(int)used.Sort], $"{definition.GetType().Name} at 0x{definition.Offset:x} uses {used} before it exists");
            foreach (Sort produced in Produces(definition)) counts[(int)produced]++;
        }
        foreach (Sort sort in System.Enum.GetValues<Sort>())
            Assert.Equal(component.IndexSpace(sort).Count, counts[(int)sort]);
        foreach (NestedComponentDefinition nested in component.NestedComponents) Check(nested.Component);
    }

    private static System.Collections.Generic.IEnumerable<SortIndex> Uses(Definition definition) => definition switch
    {
        CoreInstantiation i => i.Arguments.Select(a => a.Item).Prepend(new SortIndex(Sort.CoreModule, i.ModuleIndex)),
        CoreInlineExportInstance i => i.Exports.Select(e => e.Item),
        ComponentInstantiation i => i.Arguments.Select(a => a.Item).Prepend(new SortIndex(Sort.Component, i.ComponentIndex)),
        InlineExportInstance i => i.Exports.Select(e => e.Item),
        ExportAlias a => new[] { new SortIndex(Sort.Instance, a.InstanceIndex) },
        CoreExportAlias a => new[] { new SortIndex(Sort.CoreInstance, a.CoreInstanceIndex) },
        CanonLift l => new[] { new SortIndex(Sort.CoreFunc, l.CoreFuncIndex), new SortIndex(Sort.Type, l.TypeIndex) },
        CanonLower l => new[] { new SortIndex(Sort.Func, l.FuncIndex) },
        ExportDefinition e => new[] { e.Item },
        _ => System.Array.Empty<SortIndex>(),
    };

    private static System.Collections.Generic.IEnumerable<Sort> Produces(Definition definition)
    {
        switch (definition)
        {
            case CoreModuleDefinition: yield return Sort.CoreModule; break;
            case CoreInstanceDefinition: yield return Sort.CoreInstance; break;
            case CoreTypeDefinition t: for (int i = 0; i < t.IndexCount; i++) yield return Sort.CoreType; break;
            case NestedComponentDefinition: yield return Sort.Component; break;
            case InstanceDefinition: yield return Sort.Instance; break;
            case AliasDefinition a: yield return a.Sort; break;
            case TypeDefinition: yield return Sort.Type; break;
            case CanonDefinition c: yield return c.Produces; break;
            case ImportDefinition i: yield return i.Type.Sort; break;
            case ExportDefinition e: yield return e.Item.Sort; break;
            case ValueDefinition: yield return Sort.Value; break;
            case StartDefinition s: for (int i = 0; i < s.ResultCount; i++) yield return Sort.Value; break;
        }
    }
}
