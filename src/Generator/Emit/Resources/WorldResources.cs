using System.Collections.Generic;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit.Resources
{
    /// <summary>
    /// One resource the world's bindings move handles of, as the component glue registers it: its id in the bindings
    /// (<see cref="HandleCoding.TypeId"/>), its C# class, which side implements it and the instance a component imports
    /// or exports it from (empty for the component's top level).
    /// </summary>
    internal sealed record WorldResource(int Id, string ClassName, string WitName, string Instance, bool GuestImplemented);

    /// <summary>Collects the <see cref="WorldResource"/>s of a world: every resource definition its bindings reach.</summary>
    internal static class WorldResources
    {
        public static List<WorldResource> Collect(WitResolve resolve, BindingNames names, ResourceOwnership ownership, IEnumerable<int> reachableTypes)
        {
            var ids = new List<int>();
            foreach (int id in reachableTypes)
            {
                if (resolve.Types[id].Kind is WitResourceKind) ids.Add(id);
            }
            // Index order keeps the generated list stable for a given WIT input.
            ids.Sort();
            var resources = new List<WorldResource>(ids.Count);
            foreach (int id in ids)
            {
                bool guest = ownership.IsGuestImplemented(id);
                string instance = guest ? ownership.ExportName(id)! : ownership.ImportModule(id);
                resources.Add(new WorldResource(id, names.QualifiedTypeName(id), ownership.WitName(id), instance == "$root" ? "" : instance, guest));
            }
            return resources;
        }
    }
}
