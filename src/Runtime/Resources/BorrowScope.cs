using System.Collections.Generic;

namespace WitSharp.Runtime.Resources
{
    /// <summary>
    /// The borrow bookkeeping of one call. As the callee's scope (the spec's <c>Task</c>) it counts borrow
    /// handles lowered into the callee, which must all be dropped before it returns. As the caller's scope
    /// (the spec's <c>Subtask</c>) it records the handles lent out by lifting borrows, released when the call ends.
    /// </summary>
    public sealed class BorrowScope
    {
        private List<ResourceHandle>? _lenders = new List<ResourceHandle>();
        private readonly List<uint> _lentObjects = new List<uint>();

        /// <summary>Borrow handles lowered in this scope and not yet dropped.</summary>
        public int BorrowCount { get; internal set; }

        /// <summary>True once <see cref="ReleaseLenders"/> ran; no more borrows can be lifted in this scope.</summary>
        public bool IsResolved => _lenders == null;

        internal void AddLender(ResourceHandle handle)
        {
            if (_lenders == null)
            {
                throw new CanonicalAbiTrapException("cannot lend a handle to a call that has already returned");
            }
            handle.LendCount++;
            _lenders.Add(handle);
        }

        /// <summary>Ends the caller's side of the call: every handle lent to it is returned (its lend count drops).</summary>
        public void ReleaseLenders()
        {
            ReturnLentHandles();
            _lenders = null;
        }

        /// <summary>
        /// Ends one import call of a scope that lives across calls: every handle lent to the call is returned, and
        /// the scope stays open for the next call (unlike <see cref="ReleaseLenders"/>).
        /// </summary>
        public void ReturnLentHandles()
        {
            if (_lenders == null)
            {
                return;
            }
            foreach (ResourceHandle handle in _lenders)
            {
                handle.LendCount--;
            }
            _lenders.Clear();
        }

        /// <summary>
        /// Ends one export call the host made into the guest: host objects lent to the guest for the call are
        /// released from <paramref name="objects"/>, then the call traps if the guest kept one of its borrow handles.
        /// </summary>
        public void EndCallee(HostObjectTable objects)
        {
            foreach (uint rep in _lentObjects)
            {
                objects.EndLoan(rep);
            }
            _lentObjects.Clear();
            EnsureNoBorrows();
        }

        /// <summary>Records a host object stored only for the current call (a <c>borrow</c> argument).</summary>
        internal void AddLentObject(uint rep) => _lentObjects.Add(rep);

        /// <summary>Checks the callee may return: traps while borrow handles lowered into it are still alive.</summary>
        public void EnsureNoBorrows()
        {
            if (BorrowCount > 0)
            {
                throw new CanonicalAbiTrapException("a borrowed handle was not dropped before the call returned (" + BorrowCount + " outstanding)");
            }
        }
    }
}
