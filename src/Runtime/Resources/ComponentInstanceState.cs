using System;
using System.Collections.Generic;

namespace WitSharp.Runtime.Resources
{
    /// <summary>
    /// The per-instance state the Canonical ABI needs for resources: the handle table and the set of
    /// resource types this instance implements. Its methods are the spec's handle rules.
    /// </summary>
    public sealed class ComponentInstanceState
    {
        private readonly HashSet<int> _implemented;

        /// <summary>Creates the state of an instance implementing <paramref name="implementedResources"/>.</summary>
        public ComponentInstanceState(IEnumerable<int>? implementedResources = null)
            : this(implementedResources, new HostObjectTable())
        {
        }

        /// <summary>
        /// Creates the state of an instance implementing <paramref name="implementedResources"/> whose host objects live in
        /// <paramref name="hostObjects"/>: the instances of one component share one table, because an own handle may move
        /// between them while its rep stays the same.
        /// </summary>
        public ComponentInstanceState(IEnumerable<int>? implementedResources, HostObjectTable hostObjects)
        {
            _implemented = new HashSet<int>(implementedResources ?? Array.Empty<int>());
            HostObjects = hostObjects ?? throw new ArgumentNullException(nameof(hostObjects));
        }

        /// <summary>The handle table.</summary>
        public HandleTable Handles { get; } = new HandleTable();

        /// <summary>The objects behind the handles of host-implemented resources in <see cref="Handles"/>.</summary>
        public HostObjectTable HostObjects { get; }

        /// <summary>The instance's core exports, once <see cref="BindExports"/> ran; needed by guest-implemented resources.</summary>
        public GuestExports? Exports { get; private set; }

        /// <summary>
        /// Lets objects standing for guest-implemented resources call their methods and destructor: call it once the
        /// instance's exports can be invoked (generated export bindings do it for you).
        /// </summary>
        public void BindExports(ICoreFunctionInvoker invoker, Func<string, int> resolveExport)
        {
            // A world's binding and its nested interface bindings all bind the same seam: keep the resolved indices.
            if (Exports is null || !Exports.Uses(invoker, resolveExport))
            {
                Exports = new GuestExports(invoker, resolveExport);
            }
        }

        /// <summary>The bound exports; throws <see cref="InvalidOperationException"/> before <see cref="BindExports"/>.</summary>
        public GuestExports RequireExports() =>
            Exports ?? throw new InvalidOperationException("the instance's exports are not bound: call ComponentInstanceState.BindExports first");

        /// <summary>True when this instance implements (defines) resource type <paramref name="resourceType"/>.</summary>
        public bool Implements(int resourceType) => _implemented.Contains(resourceType);

        /// <summary><c>lower_own</c> (and <c>resource.new</c>): a new owning handle for <paramref name="rep"/>.</summary>
        public uint LowerOwn(int resourceType, uint rep) => Handles.Add(new ResourceHandle(resourceType, rep, own: true, borrowScope: null));

        /// <summary>
        /// <c>lower_borrow</c>: a borrow handle counted against the callee's <paramref name="scope"/>; when this instance
        /// implements the resource the rep itself is the lowered value and no handle is created.
        /// </summary>
        public uint LowerBorrow(int resourceType, uint rep, BorrowScope scope)
        {
            if (Implements(resourceType))
            {
                return rep;
            }
            uint index = Handles.Add(new ResourceHandle(resourceType, rep, own: false, borrowScope: scope));
            scope.BorrowCount++;
            return index;
        }

        /// <summary>
        /// <c>lift_own</c>: moves ownership out of the table. Traps on a wrong type, a borrow handle, or an own
        /// handle that is currently lent out.
        /// </summary>
        public uint LiftOwn(int resourceType, uint index)
        {
            ResourceHandle handle = Handles.Get(index);
            CheckType(handle, resourceType, index);
            if (handle.LendCount != 0)
            {
                throw new CanonicalAbiTrapException("cannot transfer handle " + index + " while it is lent out");
            }
            if (!handle.Own)
            {
                throw new CanonicalAbiTrapException("handle " + index + " is a borrow, but an own handle was expected");
            }
            Handles.Remove(index);
            return handle.Rep;
        }

        /// <summary><c>lift_borrow</c>: reads the rep and lends the handle to the caller's <paramref name="scope"/> until the call ends.</summary>
        public uint LiftBorrow(int resourceType, uint index, BorrowScope scope)
        {
            ResourceHandle handle = Handles.Get(index);
            CheckType(handle, resourceType, index);
            scope.AddLender(handle);
            return handle.Rep;
        }

        /// <summary><c>resource.rep</c>: the rep of a handle to a resource this instance implements.</summary>
        public uint Rep(int resourceType, uint index)
        {
            ResourceHandle handle = Handles.Get(index);
            CheckType(handle, resourceType, index);
            return handle.Rep;
        }

        /// <summary>
        /// <c>resource.drop</c>: removes the handle. Traps on a wrong type or a lent-out handle. Returns the rep when an
        /// owning handle was dropped (the caller then runs the destructor), or null for a borrow (its scope is credited).
        /// </summary>
        public uint? Drop(int resourceType, uint index)
        {
            ResourceHandle handle = Handles.Get(index);
            CheckType(handle, resourceType, index);
            if (handle.LendCount != 0)
            {
                throw new CanonicalAbiTrapException("cannot drop handle " + index + " while it is lent out");
            }
            Handles.Remove(index);
            if (handle.Own)
            {
                return handle.Rep;
            }
            handle.BorrowScope!.BorrowCount--;
            return null;
        }

        private static void CheckType(ResourceHandle handle, int resourceType, uint index)
        {
            if (handle.ResourceType != resourceType)
            {
                throw new CanonicalAbiTrapException("handle " + index + " refers to a different resource type");
            }
        }
    }
}
