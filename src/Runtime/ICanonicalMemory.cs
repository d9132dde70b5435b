using System;

namespace WitSharp.Runtime
{
    /// <summary>
    /// The engine seam for one component instance's canonical options: its linear memory and its
    /// <c>cabi_realloc</c> export. Implemented by whatever engine runs the guest.
    /// </summary>
    public interface ICanonicalMemory
    {
        /// <summary>
        /// The whole linear memory. Fetch it again after <see cref="Realloc"/>, which may grow the memory.
        /// </summary>
        Span<byte> Memory { get; }

        /// <summary>
        /// Calls the guest's <c>cabi_realloc(old_ptr, old_size, align, new_size)</c> and returns its result unchecked;
        /// the Canonical ABI itself checks alignment and bounds and traps.
        /// </summary>
        ulong Realloc(ulong oldPtr, ulong oldSize, uint alignment, ulong newSize);
    }

    /// <summary>
    /// The engine seam for calling an instance's core functions: the lifted export itself and its
    /// <c>post-return</c> function. Flat values travel in caller-provided spans, so scalar calls do not allocate.
    /// </summary>
    public interface ICoreFunctionInvoker
    {
        /// <summary>Calls core export <paramref name="export"/> with <paramref name="arguments"/>, writing its results.</summary>
        void Invoke(int export, ReadOnlySpan<CoreValue> arguments, Span<CoreValue> results);

        /// <summary>Calls the <c>post-return</c> function of <paramref name="export"/> (if any) with the call's flat results.</summary>
        void PostReturn(int export, ReadOnlySpan<CoreValue> results);
    }
}
