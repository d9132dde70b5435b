namespace WitSharp.Generator.Tests;

/// <summary>C# source of a guest memory for in-test compilations: a byte array with a bump <c>cabi_realloc</c>.</summary>
public static class GuestMemorySource
{
    /// <summary>Declares <c>GuestMemory(int size, ulong start)</c> implementing <c>ICanonicalMemory</c>.</summary>
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
        """;
}
