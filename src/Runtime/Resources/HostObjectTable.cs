using System.Collections.Generic;

namespace WitSharp.Runtime.Resources
{
    /// <summary>
    /// The host's side of host-implemented resources: the objects behind the reps stored in the guest's handle
    /// tables. One object has one rep however many handles refer to it; the table counts the guest's owning
    /// references and the host's loans, and frees the slot when both reach zero. Freed slots are reused, so reps
    /// stay small.
    /// </summary>
    public sealed class HostObjectTable
    {
        private readonly List<Slot> _slots = new List<Slot> { default };
        private readonly Stack<uint> _free = new Stack<uint>();
        private readonly Dictionary<object, uint> _reps = new Dictionary<object, uint>(ReferenceEqualityComparer.Instance);

        private struct Slot
        {
            public object? Value;
            public int Owners;
            public int Loans;
        }

        /// <summary>How many distinct objects the table holds.</summary>
        public int Count => _reps.Count;

        /// <summary>True when <paramref name="value"/> (this very object) is in the table.</summary>
        public bool Contains(object value) => _reps.ContainsKey(value);

        /// <summary>
        /// Records one more owning reference (an <c>own</c> handle the guest now holds) to <paramref name="value"/> and
        /// returns its rep (never 0): the rep it already has, or a new one.
        /// </summary>
        public uint Add(object value)
        {
            uint rep = RepOf(value);
            _slots[(int)rep] = _slots[(int)rep] with { Owners = _slots[(int)rep].Owners + 1 };
            return rep;
        }

        /// <summary>Records a loan of <paramref name="value"/> for one call (a <c>borrow</c> argument) and returns its rep.</summary>
        public uint Lend(object value)
        {
            uint rep = RepOf(value);
            _slots[(int)rep] = _slots[(int)rep] with { Loans = _slots[(int)rep].Loans + 1 };
            return rep;
        }

        /// <summary>The object behind <paramref name="rep"/>; traps when there is none.</summary>
        public object Get(uint rep) => At(rep).Value!;

        /// <summary>
        /// Ends one owning reference to the object behind <paramref name="rep"/> because the host takes the object back
        /// (the guest moved its <c>own</c> handle out); returns the object. Traps when there is none.
        /// </summary>
        public object Remove(uint rep) => Release(rep, out _);

        /// <summary>
        /// Ends one owning reference to the object behind <paramref name="rep"/> and returns the object;
        /// <paramref name="lastOwner"/> is true when the guest holds no owning reference to it any more (the moment a
        /// dropped handle disposes it). Traps when there is none.
        /// </summary>
        public object Release(uint rep, out bool lastOwner)
        {
            Slot slot = At(rep);
            if (slot.Owners == 0)
            {
                throw new CanonicalAbiTrapException("host resource rep " + rep + " is not owned by the guest");
            }
            slot.Owners--;
            lastOwner = slot.Owners == 0;
            Store(rep, slot);
            return slot.Value!;
        }

        /// <summary>Ends a loan made by <see cref="Lend"/>; traps when there is none.</summary>
        public void EndLoan(uint rep)
        {
            Slot slot = At(rep);
            if (slot.Loans == 0)
            {
                throw new CanonicalAbiTrapException("host resource rep " + rep + " is not lent");
            }
            slot.Loans--;
            Store(rep, slot);
        }

        private uint RepOf(object value)
        {
            if (_reps.TryGetValue(value, out uint rep))
            {
                return rep;
            }
            if (_free.Count > 0)
            {
                rep = _free.Pop();
                _slots[(int)rep] = new Slot { Value = value };
            }
            else
            {
                _slots.Add(new Slot { Value = value });
                rep = (uint)(_slots.Count - 1);
            }
            _reps.Add(value, rep);
            return rep;
        }

        private Slot At(uint rep)
        {
            // The guard keeps the index inside the list; slot 0 is never used.
            if (rep == 0 || rep >= (uint)_slots.Count || _slots[(int)rep].Value is null)
            {
                throw new CanonicalAbiTrapException("no host resource has rep " + rep);
            }
            return _slots[(int)rep];
        }

        // Writes the counts back, freeing the slot once neither the guest nor a call refers to the object.
        private void Store(uint rep, Slot slot)
        {
            if (slot.Owners == 0 && slot.Loans == 0)
            {
                _reps.Remove(slot.Value!);
                _slots[(int)rep] = default;
                _free.Push(rep);
                return;
            }
            _slots[(int)rep] = slot;
        }
    }
}
