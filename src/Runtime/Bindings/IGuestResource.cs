using System;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// Implemented (explicitly, so it takes no member name a WIT method might want) by the generated classes that
    /// stand for guest-implemented resources; the bindings reach the handle through it.
    /// </summary>
    public interface IGuestResource : IDisposable
    {
        /// <summary>The host's handle to the guest's resource.</summary>
        GuestResourceHandle Handle { get; }
    }
}
