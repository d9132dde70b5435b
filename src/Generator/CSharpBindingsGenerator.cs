using System.Collections.Generic;
using WitSharp.Generator.Emit;
using WitSharp.Generator.Emit.Resources;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Abi;
using WitSharp.WitParser.Diagnostics;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator
{
    /// <summary>
    /// The C# host-bindings emitter: a pure function from a resolved WIT model and a world to C# sources and
    /// diagnostics. One file per interface namespace the world needs and one for the world itself; see
    /// <see cref="NamespaceNames"/> for the namespace scheme.
    /// </summary>
    public static class CSharpBindingsGenerator
    {
        /// <summary>Generates bindings for world <paramref name="worldId"/> of <paramref name="resolve"/>.</summary>
        public static BindingsOutput Generate(WitResolve resolve, int worldId, BindingsOptions? options = null)
        {
            options ??= BindingsOptions.Default;
            var diagnostics = new EmitDiagnostics();
            if (worldId < 0 || worldId >= resolve.Worlds.Count)
            {
                diagnostics.Error(DiagnosticCodes.GeneratorNoSuchWorld, "there is no world with index " + worldId);
                return new BindingsOutput(new GeneratedSource[0], diagnostics.Items);
            }

            var budget = new OutputBudget(options.MaxOutputCharacters);
            try
            {
                return Emit(resolve, worldId, options, diagnostics, budget);
            }
            catch (OutputTooLargeException)
            {
                diagnostics.Items.Add(new Diagnostic(DiagnosticCodes.GeneratorOutputTooLarge, DiagnosticSeverity.Error,
                    "the C# bindings of world `" + resolve.Worlds[worldId].Name + "` would be longer than " + budget.Limit
                    + " characters (the limit was reached while writing the type declared here); nothing was generated", budget.At));
                return new BindingsOutput(new GeneratedSource[0], diagnostics.Items);
            }
        }

        private static BindingsOutput Emit(WitResolve resolve, int worldId, BindingsOptions options, EmitDiagnostics diagnostics, OutputBudget budget)
        {
            var names = new BindingNames(resolve, worldId, options.RootNamespace);
            var reachable = new ReachableItems(resolve, worldId);
            var types = new TypeMapper(resolve, names);
            // Types arrive topologically sorted: mapping them in index order keeps the mapper's recursion one level deep.
            // A plain sort, not LINQ's OrderBy: its generic sorter over int is JIT work on every cold start.
            var typeIds = new List<int>(reachable.Types);
            typeIds.Sort();
            foreach (int id in typeIds) types.Map(WitType.FromId(id));

            var handles = new HandleCoding(resolve, names);
            var layout = new CanonicalLayout(resolve);
            var support = new TypeSupport(resolve, layout, handles, types);
            var signatures = new SignatureWriter(types, diagnostics);
            var typeDefinitions = new TypeDefinitionEmitter(resolve, names, types, signatures, diagnostics, budget);
            var codecs = new ValueCodecs(resolve, names, types, layout, handles, support, budget);
            var exportCalls = new ExportCallWriter(codecs, support, handles);
            // Resource classes lift and lower through the same codecs; wiring them turns handle support on.
            typeDefinitions.Resources = new ResourceClassEmitter(names, types, signatures, diagnostics, support, handles, exportCalls);
            var exportBindings = new ExportBindingEmitter(types, exportCalls, support);
            var importBindings = new ImportBindingEmitter(resolve, names, support, new ImportCallWriter(codecs, support, handles));
            var interfaces = new InterfaceEmitter(resolve, names, typeDefinitions, signatures, exportBindings, importBindings, budget);
            var world = resolve.Worlds[worldId];

            var sources = new List<GeneratedSource>();
            foreach (int id in reachable.Interfaces)
            {
                bool imported = Uses(world.Imports, id, out var importKey);
                bool exported = Uses(world.Exports, id, out var exportKey);
                string witName = resolve.NameOfWorldKey(imported ? importKey : exported ? exportKey : WitWorldKey.FromInterface(id));
                string ns = names.InterfaceNamespace(id);
                sources.Add(new GeneratedSource(ns + ".g.cs", interfaces.Emit(id, witName, imported, exported)));
            }
            var component = options.ComponentBindings
                ? new ComponentWorldEmitter(importBindings.Registrations, WorldResources.Collect(resolve, names, handles.Ownership, reachable.Types))
                : null;
            var worldEmitter = new WorldEmitter(resolve, names, typeDefinitions, interfaces, exportBindings, importBindings, codecs, budget, component);
            sources.Add(new GeneratedSource(names.WorldNamespace + ".g.cs", worldEmitter.Emit(reachable.WorldTypes)));
            return new BindingsOutput(sources, diagnostics.Items);
        }

        private static bool Uses(OrderedMap<WitWorldKey, WitWorldItem> items, int interfaceId, out WitWorldKey key)
        {
            foreach (var entry in items)
            {
                if (entry.Value.Kind == WitWorldItemKind.Interface && entry.Value.Id == interfaceId)
                {
                    key = entry.Key;
                    return true;
                }
            }
            key = default;
            return false;
        }
    }
}
