using System;
using WitSharp.WitParser.Abi;

namespace WitSharp.Runtime
{
    /// <summary>Reads flat core values in order (the spec's <c>CoreValueIter</c>).</summary>
    public ref struct FlatReader
    {
        private readonly ReadOnlySpan<CoreValue> _values;

        /// <summary>Reads <paramref name="values"/> from the start.</summary>
        public FlatReader(ReadOnlySpan<CoreValue> values)
        {
            _values = values;
            Position = 0;
        }

        /// <summary>How many values were consumed.</summary>
        public int Position { get; private set; }

        /// <summary>True when every value was consumed.</summary>
        public bool AtEnd => Position == _values.Length;

        /// <summary>The next value, which must have core type <paramref name="expected"/>; returns its bits.</summary>
        /// <exception cref="ArgumentException">The values do not match the flattened type (a caller bug, not a guest trap).</exception>
        public ulong Next(CoreValueType expected)
        {
            if (Position >= _values.Length)
            {
                throw new ArgumentException("too few flat values for the type");
            }
            CoreValue value = _values[Position];
            if (value.Type != expected)
            {
                throw new ArgumentException("flat value " + Position + " is " + value.Type.Name() + " but the type needs " + expected.Name());
            }
            Position++;
            return value.Bits;
        }
    }
}
