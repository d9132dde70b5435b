using System;
using System.Collections;
using System.Collections.Generic;

namespace WitSharp.WitParser.Abi
{
    /// <summary>
    /// A <c>flatten_type</c> list too long to be passed flat (more than <see cref="CanonicalLayout.EagerFlatLimit"/>
    /// values): its length is known at once, its elements are built on first use. Calls only ever pass up to
    /// <see cref="CanonicalLayout.MaxFlatParams"/> values flat, so bindings and the runtime ask for nothing but the
    /// count; building every list eagerly made a chain of n nested records cost n² time and memory.
    /// </summary>
    internal sealed class DeferredFlat : IReadOnlyList<CoreValueType>
    {
        private readonly Func<CoreValueType[]> _build;
        private CoreValueType[]? _values;

        public DeferredFlat(int count, Func<CoreValueType[]> build)
        {
            Count = count;
            _build = build;
        }

        public int Count { get; }

        public CoreValueType this[int index] => Values[index];

        private CoreValueType[] Values => _values ??= _build();

        public IEnumerator<CoreValueType> GetEnumerator() => ((IEnumerable<CoreValueType>)Values).GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
