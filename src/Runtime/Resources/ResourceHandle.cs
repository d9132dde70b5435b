namespace WitSharp.Runtime.Resources
{
    /// <summary>An entry of a component instance's handle table: an own or borrow handle to a resource.</summary>
    public sealed class ResourceHandle
    {
        internal ResourceHandle(int resourceType, uint rep, bool own, BorrowScope? borrowScope)
        {
            ResourceType = resourceType;
            Rep = rep;
            Own = own;
            BorrowScope = borrowScope;
        }

        /// <summary>The resource type's identity.</summary>
        public int ResourceType { get; }

        /// <summary>The resource's representation, chosen by the implementing instance.</summary>
        public uint Rep { get; }

        /// <summary>True for an <c>own</c> handle, false for a <c>borrow</c>.</summary>
        public bool Own { get; }

        /// <summary>For a borrow, the call that lowered it and must see it dropped before returning.</summary>
        public BorrowScope? BorrowScope { get; }

        /// <summary>How many borrows lifted from this (own) handle are outstanding; it cannot be moved or dropped meanwhile.</summary>
        public int LendCount { get; internal set; }
    }
}
