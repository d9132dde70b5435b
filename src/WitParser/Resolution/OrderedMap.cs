using System.Collections;
using System.Collections.Generic;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// A dictionary that remembers insertion order, like the reference's <c>IndexMap</c>: iteration order is
    /// part of the resolved model (it decides JSON and binding order).
    /// </summary>
    public sealed class OrderedMap<TKey, TValue> : IReadOnlyList<KeyValuePair<TKey, TValue>>
        where TKey : notnull
    {
        private readonly List<KeyValuePair<TKey, TValue>> _entries = new List<KeyValuePair<TKey, TValue>>();
        private readonly Dictionary<TKey, int> _index;

        /// <summary>Creates an empty map with the default key comparer.</summary>
        public OrderedMap() => _index = new Dictionary<TKey, int>();

        /// <summary>The number of entries.</summary>
        public int Count => _entries.Count;

        /// <summary>The entry at an insertion position.</summary>
        public KeyValuePair<TKey, TValue> this[int index] => _entries[index];

        /// <summary>The keys in insertion order.</summary>
        public IEnumerable<TKey> Keys
        {
            get { foreach (var e in _entries) yield return e.Key; }
        }

        /// <summary>The values in insertion order.</summary>
        public IEnumerable<TValue> Values
        {
            get { foreach (var e in _entries) yield return e.Value; }
        }

        /// <summary>True when <paramref name="key"/> is present.</summary>
        public bool ContainsKey(TKey key) => _index.ContainsKey(key);

        /// <summary>The value of a key that must be present.</summary>
        public TValue GetValue(TKey key) => _entries[_index[key]].Value;

        /// <summary>The insertion position of a key, or -1.</summary>
        public int IndexOfKey(TKey key) => _index.TryGetValue(key, out int i) ? i : -1;

        /// <summary>Looks a key up.</summary>
        public bool TryGetValue(TKey key, out TValue value)
        {
            if (_index.TryGetValue(key, out int i))
            {
                value = _entries[i].Value;
                return true;
            }
            value = default!;
            return false;
        }

        /// <summary>Inserts or replaces (keeping the old position); returns false when the key was already present.</summary>
        internal bool Set(TKey key, TValue value)
        {
            if (_index.TryGetValue(key, out int i))
            {
                _entries[i] = new KeyValuePair<TKey, TValue>(key, value);
                return false;
            }
            _index[key] = _entries.Count;
            _entries.Add(new KeyValuePair<TKey, TValue>(key, value));
            return true;
        }

        /// <summary>Adds only when absent; returns false (and changes nothing) when present.</summary>
        internal bool TryAdd(TKey key, TValue value)
        {
            if (_index.ContainsKey(key)) return false;
            Set(key, value);
            return true;
        }

        /// <summary>Removes every entry.</summary>
        internal void Clear()
        {
            _entries.Clear();
            _index.Clear();
        }

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
