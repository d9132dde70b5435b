using System;

namespace WitSharp.Runtime
{
    /// <summary>
    /// A trap raised by the Canonical ABI: a value or pointer coming from the guest (or from its
    /// <c>cabi_realloc</c>) broke a rule the specification enforces at run time, or a handle was misused.
    /// </summary>
    public sealed class CanonicalAbiTrapException : Exception
    {
        /// <summary>Creates the trap with a message saying which rule was broken.</summary>
        public CanonicalAbiTrapException(string message)
            : base(message)
        {
        }
    }
}
