using System.Collections.Generic;
using WitSharp.Tooling.Subtyping;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Tooling.Compose
{
    /// <summary>Checks that a plug's export is a subtype of the socket's import it satisfies.</summary>
    internal static class ExportCheck
    {
        public static void Check(ComponentWorld socket, ComposedItem wanted, ComponentWorld plug, ComposedItem offered, List<ComposeIssue> issues)
        {
            var scope = new ComparisonScope(socket.Side, plug.Side);
            var socketAt = socket.Side.WorldItemLocation(socket.World, true, wanted.Name);
            var plugAt = plug.Side.WorldItemLocation(plug.World, false, offered.Name);
            if (wanted.Item.Kind != offered.Item.Kind)
            {
                issues.Add(new ComposeIssue("compose/changed-item-kind", true,
                    $"`{wanted.Name}` is imported by the socket as {Kind(wanted.Item)} ({Diff.DiffMessages.At(socketAt)}) but plug `{plug.Label}` exports {Kind(offered.Item)} ({Diff.DiffMessages.At(plugAt)})",
                    socketAt, plugAt));
                return;
            }
            switch (wanted.Item.Kind)
            {
                case WitWorldItemKind.Interface:
                    InterfaceComparer.Compare(scope, wanted.Name, wanted.Item.Id, offered.Item.Id);
                    break;
                case WitWorldItemKind.Function:
                    FunctionComparer.Compare(scope, wanted.Name, wanted.Item.Function!, socketAt, offered.Item.Function!, plugAt);
                    break;
                case WitWorldItemKind.Type:
                    DefinitionComparer.Compare(scope, wanted.Name, wanted.Item.Id, offered.Item.Id);
                    break;
            }
            foreach (var m in scope.Mismatches)
            {
                // Gates only decide what is visible; with every feature on, both sides already show what they have.
                if (!m.Breaks || m.Aspect is "gate" or "deprecation") continue;
                string rule = (m.Kind switch { MismatchKind.Missing => "missing-", MismatchKind.Extra => "extra-", _ => "wrong-" }) + m.Aspect;
                issues.Add(new ComposeIssue("compose/" + rule, true, ComposeMessages.Describe(m, plug.Label), m.RequiredAt, m.ProvidedAt));
            }
        }

        private static string Kind(WitWorldItem item) => item.Kind switch
        {
            WitWorldItemKind.Interface => "an interface",
            WitWorldItemKind.Function => "a function",
            _ => "a type",
        };
    }
}
