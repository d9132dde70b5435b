using System;
using System.Buffers.Binary;
using WitSharp.Runtime.Resources;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime
{
    /// <summary>
    /// The spec's <c>LiftLowerContext</c>: the canonical options, the instance's memory and <c>cabi_realloc</c>,
    /// its resource state, and the borrow scope of the current call. Also the checked memory accessors the
    /// Canonical ABI uses: every access from a guest-provided pointer is bounds-checked and traps.
    /// </summary>
    public sealed class CallContext
    {
        /// <summary>Creates a context.</summary>
        public CallContext(ICanonicalMemory memory, CanonicalOptions options, ComponentInstanceState instance, BorrowScope borrowScope)
        {
            MemorySeam = memory ?? throw new ArgumentNullException(nameof(memory));
            Options = options ?? throw new ArgumentNullException(nameof(options));
            Instance = instance ?? throw new ArgumentNullException(nameof(instance));
            BorrowScope = borrowScope ?? throw new ArgumentNullException(nameof(borrowScope));
            PointerSize = options.AddressType.PointerSize();
        }

        /// <summary>The engine seam: linear memory and realloc.</summary>
        public ICanonicalMemory MemorySeam { get; }

        /// <summary>String encoding and address type.</summary>
        public CanonicalOptions Options { get; }

        /// <summary>The instance's handle table and implemented resources.</summary>
        public ComponentInstanceState Instance { get; }

        /// <summary>The current call's borrow scope (callee side when lowering, caller side when lifting).</summary>
        public BorrowScope BorrowScope { get; }

        /// <summary>4 or 8: the size of a pointer or length.</summary>
        public int PointerSize { get; }

        /// <summary>
        /// How the resource type ids of the generated bindings calling through this context map to the instance's (see
        /// <see cref="ResourceTypeMap"/>); null when they are the instance's own ids.
        /// </summary>
        public ResourceTypeMap? ResourceTypes { get; private set; }

        /// <summary>The instance's id of resource type <paramref name="bindingType"/> as the generated bindings number it.</summary>
        public int ResourceType(int bindingType) => ResourceTypes is null ? bindingType : ResourceTypes.Resolve(bindingType);

        /// <summary>
        /// A context sharing this one's memory, options, instance state and borrow scope whose bindings number resource
        /// types by <paramref name="resourceTypes"/>.
        /// </summary>
        public CallContext WithResourceTypes(ResourceTypeMap resourceTypes) =>
            new CallContext(MemorySeam, Options, Instance, BorrowScope) { ResourceTypes = resourceTypes ?? throw new ArgumentNullException(nameof(resourceTypes)) };

        /// <summary>The memory's length in bytes.</summary>
        public ulong MemoryLength => (ulong)MemorySeam.Memory.Length;

        /// <summary>The top bit of a pointer-sized length: marks the UTF-16 form of a <c>latin1+utf16</c> string.</summary>
        public ulong Utf16Tag => 1UL << (PointerSize * 8 - 1);

        /// <summary>Traps unless <c>[ptr, ptr + length)</c> lies inside memory.</summary>
        public void CheckBounds(ulong ptr, ulong length, string what)
        {
            ulong size = MemoryLength;
            if (ptr > size || length > size - ptr)
            {
                throw OutOfBounds(ptr, length, size, what);
            }
        }

        private static CanonicalAbiTrapException OutOfBounds(ulong ptr, ulong length, ulong size, string what) =>
            new CanonicalAbiTrapException(what + " [" + ptr + ", +" + length + ") is out of bounds of a " + size + "-byte memory");

        /// <summary>Traps unless <paramref name="ptr"/> is a multiple of <paramref name="alignment"/>.</summary>
        public static void CheckAlignment(ulong ptr, int alignment, string what)
        {
            if (ptr % (ulong)alignment != 0)
            {
                throw new CanonicalAbiTrapException(what + " pointer " + ptr + " is not " + alignment + "-byte aligned");
            }
        }

        /// <summary>The bytes <c>[ptr, ptr + length)</c>, bounds-checked.</summary>
        public Span<byte> Slice(ulong ptr, ulong length, string what)
        {
            // One fetch of the memory serves the check and the slice: small strings and records call this per value.
            Span<byte> memory = MemorySeam.Memory;
            ulong size = (ulong)memory.Length;
            if (ptr > size || length > size - ptr)
            {
                throw OutOfBounds(ptr, length, size, what);
            }
            return memory.Slice((int)ptr, (int)length);
        }

        /// <summary><c>load_int</c>: a little-endian unsigned integer of 1, 2, 4 or 8 bytes.</summary>
        public ulong LoadInt(ulong ptr, int size)
        {
            Span<byte> bytes = Slice(ptr, (ulong)size, "load");
            return size switch
            {
                1 => bytes[0],
                2 => BinaryPrimitives.ReadUInt16LittleEndian(bytes),
                4 => BinaryPrimitives.ReadUInt32LittleEndian(bytes),
                _ => BinaryPrimitives.ReadUInt64LittleEndian(bytes),
            };
        }

        /// <summary><c>store_int</c>: the low <paramref name="size"/> bytes of <paramref name="value"/>, little-endian.</summary>
        public void StoreInt(ulong value, ulong ptr, int size)
        {
            Span<byte> bytes = Slice(ptr, (ulong)size, "store");
            switch (size)
            {
                case 1:
                    bytes[0] = (byte)value;
                    break;
                case 2:
                    BinaryPrimitives.WriteUInt16LittleEndian(bytes, (ushort)value);
                    break;
                case 4:
                    BinaryPrimitives.WriteUInt32LittleEndian(bytes, (uint)value);
                    break;
                default:
                    BinaryPrimitives.WriteUInt64LittleEndian(bytes, value);
                    break;
            }
        }

        /// <summary>A pointer-sized load (a pointer or a length).</summary>
        public ulong LoadPointer(ulong ptr) => LoadInt(ptr, PointerSize);

        /// <summary>A pointer-sized store.</summary>
        public void StorePointer(ulong value, ulong ptr) => StoreInt(value, ptr, PointerSize);

        /// <summary><c>cx.allocate</c>: <c>realloc(0, 0, alignment, size)</c>.</summary>
        public ulong Allocate(int alignment, ulong size) => Reallocate(0, 0, alignment, size);

        /// <summary><c>cx.reallocate</c>: calls the guest's realloc; the caller checks the returned block.</summary>
        public ulong Reallocate(ulong oldPtr, ulong oldSize, int alignment, ulong newSize)
        {
            ulong ptr = MemorySeam.Realloc(oldPtr, oldSize, (uint)alignment, newSize);
            return PointerSize == 4 ? (uint)ptr : ptr;
        }

        /// <summary>Checks a block returned by realloc: aligned and inside memory.</summary>
        public void CheckBlock(ulong ptr, int alignment, ulong size)
        {
            CheckAlignment(ptr, alignment, "realloc result");
            CheckBounds(ptr, size, "realloc result");
        }
    }
}
