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
            if (_lenders == null)
            {
                return;
            }
            foreach (ResourceHandle handle in _lenders)
            {
                handle.LendCount--;
            }
            _lenders = null;
        }

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
