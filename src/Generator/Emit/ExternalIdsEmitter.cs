using System.Collections.Generic;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit
{
    /// <summary>
    /// Writes the world's <c>ExternalIds</c> class: the <c>@external-id</c> of each import and export that has one,
    /// keyed by the name the component imports or exports it under. A host that binds imports the way the outside
    /// world names them (a module specifier, a platform's store name) looks them up here instead of parsing WIT.
    /// Nothing is written when no item of the world has an id.
    /// </summary>
    internal static class ExternalIdsEmitter
    {
        public static void Emit(CodeWriter w, WitResolve resolve, WitWorld world, string className)
        {
            var imports = Collect(resolve, world.Imports);
            var exports = Collect(resolve, world.Exports);
            if (imports.Count == 0 && exports.Count == 0) return;
            w.Line();
            w.Line("/// <summary>");
            w.Line("/// The <c>@external-id</c> of each import and export of world <c>" + DocComments.Escape(world.Name) + "</c> that has one: the name the");
            w.Line("/// outside world binds it by, keyed by the name the component uses (<c>slugify</c>, <c>ns:pkg/iface@1.0.0</c>).");
            w.Line("/// </summary>");
            w.Line("public static class " + className);
            w.Open();
            Side(w, "Imports", "imports", imports);
            w.Line();
            Side(w, "Exports", "exports", exports);
            w.Close();
        }

        private static void Side(CodeWriter w, string property, string what, List<KeyValuePair<string, string>> ids)
        {
            w.Line("/// <summary>The world's " + what + " that have an external id, by name.</summary>");
            w.Line("public static global::System.Collections.Generic.IReadOnlyDictionary<string, string> " + property + " { get; } =");
            w.Line("    new global::System.Collections.Generic.Dictionary<string, string>(global::System.StringComparer.Ordinal)");
            w.Line("    {");
            foreach (var id in ids) w.Line("        [" + CSharpStringLiteral.Quote(id.Key) + "] = " + CSharpStringLiteral.Quote(id.Value) + ",");
            w.Line("    };");
        }

        private static List<KeyValuePair<string, string>> Collect(WitResolve resolve, OrderedMap<WitWorldKey, WitWorldItem> items)
        {
            var ids = new List<KeyValuePair<string, string>>();
            foreach (var entry in items)
            {
                var item = entry.Value;
                string? id = item.Kind switch
                {
                    WitWorldItemKind.Function => item.Function!.ExternalId,
                    WitWorldItemKind.Type => resolve.Types[item.Id].ExternalId,
                    _ => item.ExternalId,
                };
                if (id is not null) ids.Add(new KeyValuePair<string, string>(resolve.NameOfWorldKey(entry.Key), id));
            }
            return ids;
        }
    }
}
