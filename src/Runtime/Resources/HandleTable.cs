using System.Collections.Generic;

namespace WitSharp.Runtime.Resources
{
    /// <summary>
    /// A component instance's table of resource handles, with the spec's <c>Table</c> rules: index 0 is
    /// reserved, freed indices are reused last-freed first, and the table holds at most <see cref="MaxLength"/> entries.
    /// </summary>
    public sealed class HandleTable
    {
        /// <summary>The largest index a table may hand out, <c>2^28 - 1</c>, which keeps the top 4 bits free for guests.</summary>
        public const int MaxLength = (1 << 28) - 1;

        private readonly List<ResourceHandle?> _entries = new List<ResourceHandle?> { null };
        private readonly Stack<int> _free = new Stack<int>();

        /// <summary>The live handles, as (index, handle) in index order.</summary>
        public IEnumerable<KeyValuePair<int, ResourceHandle>> Entries
        {
            get
            {
                for (int i = 1; i < _entries.Count; i++)
                {
                    if (_entries[i] is ResourceHandle handle)
                    {
                        yield return new KeyValuePair<int, ResourceHandle>(i, handle);
                    }
                }
            }
        }

        /// <summary>The handle at <paramref name="index"/>; traps when there is none.</summary>
        public ResourceHandle Get(uint index)
        {
            if (index >= (uint)_entries.Count || _entries[(int)index] is not ResourceHandle handle)
            {
                throw new CanonicalAbiTrapException("invalid resource handle index " + index);
            }
            return handle;
        }

        /// <summary>Adds <paramref name="handle"/>, reusing a freed index when there is one.</summary>
        public uint Add(ResourceHandle handle)
        {
            if (_free.Count > 0)
            {
                int reused = _free.Pop();
                _entries[reused] = handle;
                return (uint)reused;
            }
            int index = _entries.Count;
            if (index > MaxLength)
            {
                throw new CanonicalAbiTrapException("the handle table is full");
            }
            _entries.Add(handle);
            return (uint)index;
        }

        /// <summary>Removes and returns the handle at <paramref name="index"/>; traps when there is none.</summary>
        public ResourceHandle Remove(uint index)
        {
            ResourceHandle handle = Get(index);
            _entries[(int)index] = null;
            _free.Push((int)index);
            return handle;
        }
    }
}
