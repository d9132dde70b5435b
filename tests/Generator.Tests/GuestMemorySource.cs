namespace WitSharp.Generator.Tests;

/// <summary>C# source of a guest memory for in-test compilations: a byte array with a bump <c>cabi_realloc</c>.</summary>
public static class GuestMemorySource
{
    /// <summary>
    /// Declares <c>GuestMemory(int size, ulong start)</c> implementing <c>ICanonicalMemory</c>, and <c>Cx.New(…)</c>
    /// making a <c>CallContext</c> over one (UTF-8, 32-bit).
    /// </summary>
    public const string Text = """
        public sealed class GuestMemory : WitSharp.Runtime.ICanonicalMemory
        {
            public readonly byte[] Bytes;
            private ulong _next;
            public GuestMemory(int size, ulong start) { Bytes = new byte[size]; _next = start; }
            public System.Span<byte> Memory => Bytes;
            public ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize)
            {
                _next = (_next + alignment - 1) / alignment * alignment;
                ulong p = _next;
                _next += newSize;
                // Like a real allocator, a reallocation keeps the old contents.
                System.Array.Copy(Bytes, (long)oldPtr, Bytes, (long)p, (long)System.Math.Min(oldSize, newSize));
                return p;
            }
        }
        public static class Cx
        {
            public static WitSharp.Runtime.CallContext New(GuestMemory memory) => new WitSharp.Runtime.CallContext(memory,
                WitSharp.Runtime.CanonicalOptions.Default, new WitSharp.Runtime.Resources.ComponentInstanceState(), new WitSharp.Runtime.Resources.BorrowScope());
            public static WitSharp.Runtime.CallContext New() => New(new GuestMemory(1024, 16));
        }
        """;
}
