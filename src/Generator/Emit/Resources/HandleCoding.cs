using System.Globalization;
using WitSharp.Generator.Naming;
using WitSharp.WitParser.Resolution;

namespace WitSharp.Generator.Emit.Resources
{
    /// <summary>
    /// How generated trampolines move <c>own</c> and <c>borrow</c> handles across the Canonical ABI. The value
    /// codecs ask this class for every handle they meet, so resource semantics (which side implements the
    /// resource, handle tables, borrow scopes) live in one place. A handle travels as one <c>i32</c>.
    /// <list type="bullet">
    /// <item>Host-implemented resources (<see cref="ResourceOwnership"/>): the host object is kept in the instance's
    /// object table and the guest holds a handle to it (<c>WitSharp.Runtime.Bindings.ResourceHandles</c>).</item>
    /// <item>Guest-implemented resources: the host holds a generated stand-in object carrying the guest's rep
    /// (<c>WitSharp.Runtime.Bindings.GuestResourceHandles</c>); borrowing one passes the rep itself.</item>
    /// </list>
    /// </summary>
    internal sealed class HandleCoding
    {
        private const string Host = "global::WitSharp.Runtime.Bindings.ResourceHandles.";
        private const string Guest = "global::WitSharp.Runtime.Bindings.GuestResourceHandles.";
        private readonly BindingNames _names;

        public HandleCoding(WitResolve resolve, BindingNames names)
        {
            _names = names;
            Ownership = new ResourceOwnership(resolve, names.WorldId);
        }

        /// <summary>Which side implements each resource of the world.</summary>
        public ResourceOwnership Ownership { get; }

        /// <summary>
        /// True when handles of this kind can be bound. Functions whose signature contains an unsupported handle
        /// get no trampoline (their host interface is still written).
        /// </summary>
        public bool Supports(WitHandleKind handle) => ClassesWired && Ownership.ResourceOf(handle.Resource) >= 0;

        /// <summary>
        /// Set by <see cref="ResourceClassEmitter"/>'s constructor (<c>CSharpBindingsGenerator</c> creates one per world):
        /// handles are bound only when the resource classes they lift into (guest-resource objects, host intrinsics)
        /// are written too.
        /// </summary>
        public bool ClassesWired { get; set; }

        /// <summary>
        /// A C# expression of type <c>uint</c>: the handle index the guest receives for the C# value
        /// <paramref name="value"/> (host → guest: import results, export arguments). <paramref name="context"/>
        /// is an expression of type <c>CallContext</c>.
        /// </summary>
        public string Lower(WitHandleKind handle, string value, string context)
        {
            int resource = Ownership.ResourceOf(handle.Resource);
            string id = TypeId(resource);
            if (Ownership.IsGuestImplemented(resource))
            {
                return handle.IsBorrow
                    ? Guest + "LowerBorrow(" + context + ", " + value + ")"
                    : Guest + "LowerOwn(" + context + ", " + id + ", " + value + ")";
            }
            return Host + (handle.IsBorrow ? "LowerBorrow(" : "LowerOwn(") + context + ", " + id + ", " + value + ")";
        }

        /// <summary>
        /// A C# expression of the resource's C# type: the value for handle index <paramref name="index"/> (an
        /// expression of type <c>uint</c>) coming from the guest (import arguments, export results).
        /// </summary>
        public string Lift(WitHandleKind handle, string index, string context)
        {
            int resource = Ownership.ResourceOf(handle.Resource);
            string type = _names.QualifiedTypeName(resource);
            string id = TypeId(resource);
            if (Ownership.IsGuestImplemented(resource))
            {
                return handle.IsBorrow
                    ? Guest + "LiftBorrow<" + type + ">(" + index + ")"
                    : "new " + type + "(" + context + ", " + Guest + "LiftOwn(" + context + ", " + id + ", " + index + "))";
            }
            return Host + (handle.IsBorrow ? "LiftBorrow<" : "LiftOwn<") + type + ">(" + context + ", " + id + ", " + index + ")";
        }

        /// <summary>
        /// Statements an <b>import</b> trampoline writes once the host has returned (before or after lowering its
        /// results): the borrows the guest lent to the call are returned. Export trampolines call
        /// <see cref="EndExportCall"/> instead: the two ends check different rules. Only functions with a handle in
        /// their signature need it.
        /// </summary>
        public void EndCall(CodeWriter w, string context) => w.Line(Host + "EndImportCall(" + context + ");");

        /// <summary>
        /// Statements an <b>export</b> trampoline writes once the guest has returned and its results are lifted
        /// (before <c>post-return</c>): traps when the guest kept a borrow handle it was given for the call. Only
        /// functions with a handle in their signature need it.
        /// </summary>
        public void EndExportCall(CodeWriter w, string context) => w.Line(Host + "EndExportCall(" + context + ");");

        /// <summary>The literal id of resource definition <paramref name="resource"/> in handle tables.</summary>
        public static string TypeId(int resource) => resource.ToString(CultureInfo.InvariantCulture);
    }
}
