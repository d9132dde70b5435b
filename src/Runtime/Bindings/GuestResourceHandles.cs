using System;
using WitSharp.Runtime.Resources;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// What generated bindings do with handles to <b>guest-implemented</b> resources: lowering and lifting the
    /// objects that stand for them (<see cref="IGuestResource"/>), and the core imports the guest's own module needs
    /// for them (<c>[resource-new]R</c>, <c>[resource-rep]R</c>, <c>[resource-drop]R</c> of <c>[export]iface</c>).
    /// </summary>
    public static class GuestResourceHandles
    {
        /// <summary><c>lower_own</c>: gives <paramref name="value"/> back to the guest; the object becomes unusable.</summary>
        public static uint LowerOwn(CallContext cx, int resourceType, IGuestResource value) =>
            cx.Instance.LowerOwn(cx.ResourceType(resourceType), Of(cx, value).MoveOut());

        /// <summary><c>lower_borrow</c> into the instance that implements the resource: the rep itself, no handle.</summary>
        public static uint LowerBorrow(CallContext cx, IGuestResource value) => Of(cx, value).Rep;

        /// <summary><c>lift_own</c>: takes handle <paramref name="index"/> out of the guest's table and returns its rep.</summary>
        public static uint LiftOwn(CallContext cx, int resourceType, uint index) => cx.Instance.LiftOwn(cx.ResourceType(resourceType), index);

        /// <summary>A guest cannot lend the host a resource it implements through an import; this always traps.</summary>
        public static T LiftBorrow<T>(uint index) =>
            throw new CanonicalAbiTrapException("handle " + index + ": a borrow of a guest-implemented resource cannot reach the host");

        /// <summary>The core import <c>[resource-new]R</c>: a new own handle for the rep in <c>args[0]</c>.</summary>
        public static void New(CallContext cx, int resourceType, ReadOnlySpan<CoreValue> args, Span<CoreValue> results) =>
            results[0] = CoreValue.I32(cx.Instance.LowerOwn(cx.ResourceType(resourceType), ResourceHandles.HandleArgument(args, "[resource-new]")));

        /// <summary>The core import <c>[resource-rep]R</c>: the rep of the handle in <c>args[0]</c>.</summary>
        public static void Rep(CallContext cx, int resourceType, ReadOnlySpan<CoreValue> args, Span<CoreValue> results) =>
            results[0] = CoreValue.I32(cx.Instance.Rep(cx.ResourceType(resourceType), ResourceHandles.HandleArgument(args, "[resource-rep]")));

        /// <summary>
        /// The core import <c>[resource-drop]R</c>: drops the handle in <c>args[0]</c>; for an own handle the guest's
        /// destructor export <paramref name="destructor"/> runs.
        /// </summary>
        public static void Drop(CallContext cx, int resourceType, string destructor, ReadOnlySpan<CoreValue> args)
        {
            if (cx.Instance.Drop(cx.ResourceType(resourceType), ResourceHandles.HandleArgument(args, "[resource-drop]")) is uint rep)
            {
                Destroy(cx, destructor, rep);
            }
        }

        /// <summary>Calls the guest's destructor export for <paramref name="rep"/>.</summary>
        internal static void Destroy(CallContext cx, string destructor, uint rep)
        {
            GuestExports exports = cx.Instance.RequireExports();
            Span<CoreValue> args = stackalloc CoreValue[] { CoreValue.I32(rep) };
            exports.Invoker.Invoke(exports.Index(destructor), args, Span<CoreValue>.Empty);
        }

        // The handle of a resource of the instance behind `cx`: a resource of another instance means nothing to this one.
        private static GuestResourceHandle Of(CallContext cx, IGuestResource value)
        {
            GuestResourceHandle handle = (value ?? throw new ArgumentNullException(nameof(value), "a resource value cannot be null")).Handle;
            if (!ReferenceEquals(handle.Context.Instance, cx.Instance))
            {
                throw new InvalidOperationException("this " + value.GetType().Name + " belongs to another component instance");
            }
            return handle;
        }
    }
}
