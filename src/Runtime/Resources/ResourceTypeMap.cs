using System;
using System.Collections.Generic;

namespace WitSharp.Runtime.Resources
{
    /// <summary>
    /// Translates the resource type ids one set of generated bindings uses (the WIT type indices it was generated from)
    /// into the ids a component instance's handle tables use. A component runtime gives each call context whose
    /// trampolines come from generated bindings the map of those bindings; without one the ids are used as they are
    /// (bindings over a single core module, where the bindings define the ids).
    /// </summary>
    public sealed class ResourceTypeMap
    {
        private readonly Dictionary<int, int> _ids;
        private readonly Dictionary<int, string> _missing;

        /// <summary>
        /// A map sending each key of <paramref name="ids"/> to its value; the bindings ids in <paramref name="missing"/>
        /// name resource types the instance does not have (using one traps with that name).
        /// </summary>
        public ResourceTypeMap(IReadOnlyDictionary<int, int> ids, IReadOnlyDictionary<int, string> missing)
        {
            _ids = new Dictionary<int, int>(ids ?? throw new ArgumentNullException(nameof(ids)));
            _missing = new Dictionary<int, string>(missing ?? throw new ArgumentNullException(nameof(missing)));
        }

        /// <summary>The instance's id of bindings resource type <paramref name="bindingType"/>; traps when it has none.</summary>
        public int Resolve(int bindingType)
        {
            if (_ids.TryGetValue(bindingType, out int id))
            {
                return id;
            }
            throw new CanonicalAbiTrapException(_missing.TryGetValue(bindingType, out string? name)
                ? "the component has no resource type " + name + " (it neither imports nor exports it), yet a handle to one was used"
                : "resource type " + bindingType + " of the bindings is not one of the component's");
        }
    }
}
