using System.Collections.Generic;

namespace WitSharp.Runtime.Resources
{
    /// <summary>
    /// The host's side of host-implemented resources: the objects behind the reps stored in the guest's handle
    /// table. A rep is a slot here; freed slots are reused, so reps stay small.
    /// </summary>
    public sealed class HostObjectTable
    {
        private readonly List<object?> _slots = new List<object?> { null };
        private readonly Stack<uint> _free = new Stack<uint>();
        private readonly HashSet<object> _present = new HashSet<object>(ReferenceEqualityComparer.Instance);

        /// <summary>How many objects the table holds.</summary>
        public int Count { get; private set; }

        /// <summary>True when <paramref name="value"/> (this very object) is in the table.</summary>
        public bool Contains(object value) => _present.Contains(value);

        /// <summary>Stores <paramref name="value"/> and returns its rep (never 0).</summary>
        public uint Add(object value)
        {
            _present.Add(value);
            Count++;
            if (_free.Count > 0)
            {
                uint reused = _free.Pop();
                _slots[(int)reused] = value;
                return reused;
            }
            _slots.Add(value);
            return (uint)(_slots.Count - 1);
        }

        /// <summary>The object behind <paramref name="rep"/>; traps when there is none.</summary>
        public object Get(uint rep)
        {
            if (rep >= (uint)_slots.Count || _slots[(int)rep] is not object value)
            {
                throw new CanonicalAbiTrapException("no host resource has rep " + rep);
            }
            return value;
        }

        /// <summary>Removes and returns the object behind <paramref name="rep"/>; traps when there is none.</summary>
        public object Remove(uint rep)
        {
            object value = Get(rep);
            _slots[(int)rep] = null;
            _free.Push(rep);
            _present.Remove(value);
            Count--;
            return value;
        }
    }
}
