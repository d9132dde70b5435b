using System;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// The base of the generated classes that stand for <b>guest-implemented</b> resources (declared in interfaces
    /// the world exports). The host owns the resource: it holds the guest's rep and calls the guest's
    /// <c>[method]</c> exports through it. <see cref="Dispose"/> drops the handle, which runs the guest's destructor
    /// exactly once; afterwards (or after the object was passed to the guest as an <c>own</c>) every use throws
    /// <see cref="ObjectDisposedException"/>. An object that is never disposed leaks the guest's resource.
    /// </summary>
    public abstract class GuestResource : IDisposable
    {
        private readonly string _destructor;
        private readonly uint _rep;
        private bool _released;

        /// <summary>Stands for rep <paramref name="rep"/>; <paramref name="destructor"/> is the core export <c>iface#[dtor]r</c>.</summary>
        protected GuestResource(CallContext context, uint rep, string destructor)
        {
            Context = context ?? throw new ArgumentNullException(nameof(context));
            _rep = rep;
            _destructor = destructor;
        }

        /// <summary>The guest instance's call context.</summary>
        protected CallContext Context { get; }

        /// <summary>The guest's representation of the resource (what its methods receive as <c>self</c>).</summary>
        /// <exception cref="ObjectDisposedException">The object was disposed or given to the guest.</exception>
        public uint Rep
        {
            get
            {
                ThrowIfReleased();
                return _rep;
            }
        }

        /// <summary>True once the object was disposed or moved to the guest.</summary>
        public bool IsReleased => _released;

        /// <summary>Drops the handle: calls the guest's destructor, once. Later calls do nothing.</summary>
        public void Dispose()
        {
            if (_released)
            {
                return;
            }
            _released = true;
            GuestResourceHandles.Destroy(Context, _destructor, _rep);
        }

        /// <summary>Gives ownership back to the guest (an <c>own</c> argument): this object becomes unusable.</summary>
        internal uint MoveOut()
        {
            ThrowIfReleased();
            _released = true;
            return _rep;
        }

        /// <summary>The instance's exports, to call the resource's methods.</summary>
        protected GuestExports Exports => Context.Instance.RequireExports();

        /// <summary>Throws <see cref="ObjectDisposedException"/> once the object was disposed or moved.</summary>
        protected void ThrowIfReleased()
        {
            if (_released)
            {
                throw new ObjectDisposedException(GetType().Name, "the resource was dropped or handed to the guest");
            }
        }
    }
}
