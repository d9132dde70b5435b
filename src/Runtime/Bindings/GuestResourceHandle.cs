using System;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// The host's handle to one <b>guest-implemented</b> resource (declared in an interface the world exports): the
    /// guest's rep and how to destroy it. The generated class standing for the resource keeps one and forwards
    /// <see cref="IDisposable.Dispose"/> to it: the guest's destructor runs exactly once; afterwards (or after the
    /// resource was given back to the guest as an <c>own</c>) every use throws <see cref="ObjectDisposedException"/>.
    /// A handle that is never disposed leaks the guest's resource.
    /// </summary>
    public sealed class GuestResourceHandle
    {
        private readonly string _destructor;
        private readonly string _typeName;
        private readonly uint _rep;

        /// <summary>
        /// A handle to rep <paramref name="rep"/> of the instance behind <paramref name="context"/>; <paramref name="destructor"/>
        /// is the core export <c>iface#[dtor]r</c>, <paramref name="typeName"/> the C# class named in errors.
        /// </summary>
        public GuestResourceHandle(CallContext context, uint rep, string destructor, string typeName)
        {
            Context = context ?? throw new ArgumentNullException(nameof(context));
            _rep = rep;
            _destructor = destructor;
            _typeName = typeName;
        }

        /// <summary>The guest instance's call context.</summary>
        public CallContext Context { get; }

        /// <summary>The guest's representation of the resource (what its methods receive as <c>self</c>).</summary>
        /// <exception cref="ObjectDisposedException">The resource was dropped or given to the guest.</exception>
        public uint Rep
        {
            get
            {
                ThrowIfReleased();
                return _rep;
            }
        }

        /// <summary>True once the resource was dropped or given back to the guest.</summary>
        public bool IsReleased { get; private set; }

        /// <summary>The instance's exports, to call the resource's methods.</summary>
        public GuestExports Exports => Context.Instance.RequireExports();

        /// <summary>Drops the handle: calls the guest's destructor, once. Later calls do nothing.</summary>
        public void Dispose()
        {
            if (IsReleased)
            {
                return;
            }
            IsReleased = true;
            GuestResourceHandles.Destroy(Context, _destructor, _rep);
        }

        /// <summary>Gives ownership back to the guest (an <c>own</c> argument): the handle becomes unusable.</summary>
        public uint MoveOut()
        {
            ThrowIfReleased();
            IsReleased = true;
            return _rep;
        }

        private void ThrowIfReleased()
        {
            if (IsReleased)
            {
                throw new ObjectDisposedException(_typeName, "the resource was dropped or handed to the guest");
            }
        }
    }
}
