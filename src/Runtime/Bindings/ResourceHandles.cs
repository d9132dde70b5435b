using System;
using WitSharp.Runtime.Resources;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime.Bindings
{
    /// <summary>
    /// What generated bindings do with handles to <b>host-implemented</b> resources (declared in interfaces the
    /// world imports): the host object is stored in the instance's <see cref="HostObjectTable"/> and the guest holds
    /// a handle to its rep. Also the two places a call ends for borrow bookkeeping. Every misuse by the guest traps.
    /// </summary>
    public static class ResourceHandles
    {
        /// <summary>
        /// <c>lower_own</c>: hands <paramref name="value"/> to the guest, which now owns it; returns the new handle. Giving
        /// the same object again makes another handle to it; the object is disposed once, when the guest has dropped
        /// every owning handle to it.
        /// </summary>
        public static uint LowerOwn(CallContext cx, int resourceType, object value)
        {
            int type = cx.ResourceType(resourceType);
            uint rep = cx.Instance.HostObjects.Add(value ?? throw new ArgumentNullException(nameof(value), "a resource value cannot be null"));
            return cx.Instance.LowerOwn(type, rep);
        }

        /// <summary>
        /// <c>lower_borrow</c> for an export argument: lends <paramref name="value"/> to the guest for the call. The
        /// guest must drop the handle before it returns (checked by <see cref="EndExportCall"/>).
        /// </summary>
        public static uint LowerBorrow(CallContext cx, int resourceType, object value)
        {
            int type = cx.ResourceType(resourceType);
            uint rep = cx.Instance.HostObjects.Lend(value ?? throw new ArgumentNullException(nameof(value), "a resource value cannot be null"));
            cx.BorrowScope.AddLentObject(rep);
            return cx.Instance.LowerBorrow(type, rep, cx.BorrowScope);
        }

        /// <summary><c>lift_own</c>: the guest gives up handle <paramref name="index"/>; the host gets its object back.</summary>
        public static T LiftOwn<T>(CallContext cx, int resourceType, uint index)
            where T : class
        {
            uint rep = cx.Instance.LiftOwn(cx.ResourceType(resourceType), index);
            return As<T>(cx.Instance.HostObjects.Remove(rep), index);
        }

        /// <summary>
        /// <c>lift_borrow</c>: the object behind handle <paramref name="index"/>, lent to the current import call (the
        /// handle can be neither moved nor dropped until <see cref="EndImportCall"/>).
        /// </summary>
        public static T LiftBorrow<T>(CallContext cx, int resourceType, uint index)
            where T : class
        {
            uint rep = cx.Instance.LiftBorrow(cx.ResourceType(resourceType), index, cx.BorrowScope);
            return As<T>(cx.Instance.HostObjects.Get(rep), index);
        }

        /// <summary>
        /// The core import <c>[resource-drop]R</c>: the guest drops handle <c>args[0]</c>. Dropping the last own handle
        /// to a host object disposes it; dropping a borrow ends the borrow; a lent-out handle traps.
        /// </summary>
        public static void Drop(CallContext cx, int resourceType, ReadOnlySpan<CoreValue> args)
        {
            if (cx.Instance.Drop(cx.ResourceType(resourceType), HandleArgument(args, "[resource-drop]")) is uint rep)
            {
                ReleaseOwned(cx.Instance.HostObjects, rep);
            }
        }

        /// <summary>
        /// Ends one owning reference the guest held to the host object behind <paramref name="rep"/> (a dropped own handle,
        /// or one left when its instance is disposed): the object is disposed when it was the last.
        /// </summary>
        public static void ReleaseOwned(HostObjectTable objects, uint rep)
        {
            object value = (objects ?? throw new ArgumentNullException(nameof(objects))).Release(rep, out bool lastOwner);
            if (lastOwner)
            {
                (value as IDisposable)?.Dispose();
            }
        }

        /// <summary>Ends an import call (the guest called the host): handles the guest lent to it are returned.</summary>
        public static void EndImportCall(CallContext cx) => cx.BorrowScope.ReturnLentHandles();

        /// <summary>
        /// Ends an export call (the host called the guest): objects lent to the guest are released, and the call traps
        /// when the guest still holds a borrow handle it was given.
        /// </summary>
        public static void EndExportCall(CallContext cx) => cx.BorrowScope.EndCallee(cx.Instance.HostObjects);

        /// <summary>The handle index a resource intrinsic receives as its only argument; traps unless it is one <c>i32</c>.</summary>
        public static uint HandleArgument(ReadOnlySpan<CoreValue> args, string intrinsic)
        {
            if (args.Length != 1 || args[0].Type != CoreValueType.I32)
            {
                throw new CanonicalAbiTrapException(intrinsic + " expects one i32 handle argument");
            }
            return (uint)args[0].Bits;
        }

        private static T As<T>(object value, uint index)
            where T : class =>
            value as T ?? throw new CanonicalAbiTrapException("handle " + index + " refers to a " + value.GetType().Name + ", not a " + typeof(T).Name);
    }
}
