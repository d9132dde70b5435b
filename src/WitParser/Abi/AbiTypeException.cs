using System;

namespace WitSharp.WitParser.Abi
{
    /// <summary>
    /// A type the Canonical ABI cannot lay out because component validation rejects it
    /// (empty record, tuple, variant, enum or flags, more than 32 flags, <c>list&lt;T, 0&gt;</c>,
    /// a type larger than <see cref="CanonicalLayout.MaxTypeSize"/>, or a stream/future/error-context/unknown type).
    /// </summary>
    public sealed class AbiTypeException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public AbiTypeException(string message)
            : base(message)
        {
        }
    }
}
