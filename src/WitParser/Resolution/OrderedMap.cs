using System.Collections;
using System.Collections.Generic;
using WitSharp.WitParser.Collections;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// A dictionary that remembers insertion order, like the reference's <c>IndexMap</c>: iteration order is
    /// part of the resolved model (it decides JSON and binding order).
    /// </summary>
    public sealed class OrderedMap<TKey, TValue> : IReadOnlyList<KeyValuePair<TKey, TValue>>
        where TKey : notnull
    {
        // Most maps (an interface's types and functions, a scope) hold a handful of entries: they are searched
        // linearly and get a hash index only when they grow past this size. Names are interned, so a match is
        // usually a reference comparison; an index per map would cost more memory than the scan costs time.
        private const int LinearLimit = 16;
        private static readonly EqualityComparer<TKey> s_comparer = EqualityComparer<TKey>.Default;

        // Chunked storage and a sharded index: a world can import thousands of interfaces, and a single large
        // array would be allocated on the large-object heap (whose allocations trigger full collections).
        private readonly ChunkedList<KeyValuePair<TKey, TValue>> _entries = new ChunkedList<KeyValuePair<TKey, TValue>>(chunkBits: 10);
        private ShardedDictionary<TKey, int>? _index;

        /// <summary>Creates an empty map with the default key comparer.</summary>
        public OrderedMap()
        {
        }

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
        public bool ContainsKey(TKey key) => IndexOfKey(key) >= 0;

        /// <summary>The value of a key that must be present.</summary>
        public TValue GetValue(TKey key)
        {
            int i = IndexOfKey(key);
            if (i < 0) throw new KeyNotFoundException();
            return _entries[i].Value;
        }

        /// <summary>The insertion position of a key, or -1.</summary>
        public int IndexOfKey(TKey key)
        {
            if (_index != null) return _index.TryGetValue(key, out int found) ? found : -1;
            for (int i = 0; i < _entries.Count; i++)
            {
                if (s_comparer.Equals(_entries[i].Key, key)) return i;
            }
            return -1;
        }

        /// <summary>Looks a key up.</summary>
        public bool TryGetValue(TKey key, out TValue value)
        {
            int i = IndexOfKey(key);
            if (i >= 0)
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
            int i = IndexOfKey(key);
            if (i >= 0)
            {
                _entries[i] = new KeyValuePair<TKey, TValue>(key, value);
                return false;
            }
            if (_index != null) _index[key] = _entries.Count;
            _entries.Add(new KeyValuePair<TKey, TValue>(key, value));
            BuildIndexIfLarge();
            return true;
        }

        /// <summary>Adds only when absent; returns false (and changes nothing) when present.</summary>
        internal bool TryAdd(TKey key, TValue value)
        {
            if (IndexOfKey(key) >= 0) return false;
            Set(key, value);
            return true;
        }

        /// <summary>Rewrites an entry's value in place; returns false to drop the entry.</summary>
        internal delegate bool EntryUpdate(int index, TKey key, ref TValue value);

        /// <summary>
        /// Passes every entry, in order, to <paramref name="update"/>, keeping the new values of the entries it
        /// keeps. Keys and order stay, so nothing is rebuilt unless entries are dropped.
        /// </summary>
        internal void UpdateAll(EntryUpdate update)
        {
            int count = _entries.Count;
            int kept = 0;
            for (int i = 0; i < count; i++)
            {
                var entry = _entries[i];
                var value = entry.Value;
                if (!update(i, entry.Key, ref value)) continue;
                _entries[kept++] = new KeyValuePair<TKey, TValue>(entry.Key, value);
            }
            if (kept == count) return;
            _entries.Truncate(kept);
            _index = null;
            BuildIndexIfLarge();
        }

        private void BuildIndexIfLarge()
        {
            if (_index != null || _entries.Count <= LinearLimit) return;
            _index = new ShardedDictionary<TKey, int>(_entries.Count * 2);
            for (int j = 0; j < _entries.Count; j++) _index[_entries[j].Key] = j;
        }

        /// <summary>Makes room for <paramref name="capacity"/> entries in an empty map (a hint; the map still grows).</summary>
        internal void Reserve(int capacity)
        {
            if (Count != 0) return;
            _entries.Reserve(capacity);
            // A map known to grow large gets its index sized now instead of regrowing it step by step.
            if (capacity > 64 && _index == null) _index = new ShardedDictionary<TKey, int>(capacity);
        }

        /// <summary>Removes every entry.</summary>
        internal void Clear()
        {
            _entries.Clear();
            _index = null;
        }

        /// <inheritdoc />
        public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => _entries.GetEnumerator();

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
