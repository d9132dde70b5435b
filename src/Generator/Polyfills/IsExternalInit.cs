#if NETSTANDARD2_0
namespace System.Runtime.CompilerServices
{
    // netstandard2.0 lacks the marker type that `init` accessors and records need; the compiler only needs it to exist.
    internal static class IsExternalInit { }
}
#endif
