using System;
using WitSharp.Engine.Components.Linking;
using WitSharp.Engine.Components.Planning;

namespace WitSharp.Engine.Components.Linking;

/// <summary>The host's definitions for a plan's host imports, by import index. Immutable.</summary>
internal sealed class ResolvedImports
{
    public ResolvedImports(HostFunctionItem?[] functions, HostResourceItem?[] resources)
    {
        Functions = functions;
        Resources = resources;
    }

    public HostFunctionItem?[] Functions { get; }

    public HostResourceItem?[] Resources { get; }
}

/// <summary>Binds each host import of a plan to a linker definition, by path, once per <see cref="ComponentInstancePre"/>.</summary>
internal static class ImportResolver
{
    /// <exception cref="ComponentLinkException">An import is missing or defined as another kind of item.</exception>
    public static ResolvedImports Resolve(ComponentPlan plan, ComponentLinkerInstance root)
    {
        var functions = new HostFunctionItem?[plan.HostImports.Count];
        var resources = new HostResourceItem?[plan.HostImports.Count];
        foreach (HostImport import in plan.HostImports)
        {
            LinkerItem item = Find(root, import);
            switch (import.Kind)
            {
                case HostImportKind.Function:
                    functions[import.Index] = item as HostFunctionItem ?? throw Mismatch(import, "function", item);
                    break;
                default:
                    resources[import.Index] = item as HostResourceItem ?? throw Mismatch(import, "resource type", item);
                    break;
            }
        }
        return new ResolvedImports(functions, resources);
    }

    private static LinkerItem Find(ComponentLinkerInstance root, HostImport import)
    {
        ComponentLinkerInstance scope = root;
        for (int i = 0; ; i++)
        {
            string name = import.Path[i];
            LinkerItem item = scope.Find(name) ?? throw new ComponentLinkException(Missing(import, i));
            if (i == import.Path.Length - 1) return item;
            scope = item is LinkerInstanceItem instance
                ? instance.Instance
                : throw new ComponentLinkException("import '" + string.Join("#", import.Path, 0, i + 1) + "' is an instance, but the linker defines it as a " + item.KindName);
        }
    }

    private static string Missing(HostImport import, int depth)
    {
        string what = import.Kind == HostImportKind.Function ? "function" : "resource type";
        if (depth == 0 && import.Path.Length == 1) return "the component imports " + what + " '" + import.Path[0] + "', which the linker does not define";
        if (depth == 0) return "the component imports instance '" + import.Path[0] + "', which the linker does not define";
        return "the component imports " + what + " '" + import.Path[depth] + "' of instance '" + string.Join("#", import.Path, 0, depth) + "', which the linker does not define";
    }

    private static ComponentLinkException Mismatch(HostImport import, string expected, LinkerItem found) =>
        new ComponentLinkException("import '" + import.DisplayName + "' is a " + expected + ", but the linker defines it as a " + found.KindName);
}
