using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit.Resources
{
    /// <summary>
    /// How generated trampolines move <c>own</c> and <c>borrow</c> handles across the Canonical ABI. The value
    /// codecs ask this class for every handle they meet, so resource semantics (which side implements the
    /// resource, handle tables, borrow scopes) live in one place. A handle travels as one <c>i32</c>.
    /// </summary>
    internal sealed class HandleCoding
    {
        private readonly WitResolve _resolve;
        private readonly BindingNames _names;

        public HandleCoding(WitResolve resolve, BindingNames names)
        {
            _resolve = resolve;
            _names = names;
        }

        /// <summary>
        /// True when handles of this kind can be bound. Functions whose signature contains an unsupported handle
        /// get no trampoline (their host interface is still written).
        /// </summary>
        public bool Supports(WitHandleKind handle) => false;

        /// <summary>
        /// A C# expression of type <c>uint</c>: the handle index the guest receives for the C# value
        /// <paramref name="value"/> (host → guest: import results, export arguments). <paramref name="context"/>
        /// is an expression of type <c>CallContext</c>.
        /// </summary>
        public string Lower(WitHandleKind handle, string value, string context) =>
            throw new System.NotSupportedException("handles are not bound yet");

        /// <summary>
        /// A C# expression of the resource's C# type: the value for handle index <paramref name="index"/> (an
        /// expression of type <c>uint</c>) coming from the guest (import arguments, export results).
        /// </summary>
        public string Lift(WitHandleKind handle, string index, string context) =>
            throw new System.NotSupportedException("handles are not bound yet");

        /// <summary>
        /// Statements an <b>import</b> trampoline writes once the host has returned (before or after lowering its
        /// results): the borrows the guest lent to the call are returned. Export trampolines call
        /// <see cref="EndExportCall"/> instead: the two ends check different rules.
        /// </summary>
        public void EndCall(CodeWriter w, string context)
        {
        }

        /// <summary>
        /// Statements an <b>export</b> trampoline writes once the guest has returned and its results are lifted
        /// (before <c>post-return</c>): traps when the guest kept a borrow handle it was given for the call.
        /// </summary>
        public void EndExportCall(CodeWriter w, string context)
        {
        }
    }
}
