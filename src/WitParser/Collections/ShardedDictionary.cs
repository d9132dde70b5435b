using System.Collections.Generic;

namespace WitSharp.WitParser.Collections
{
    /// <summary>
    /// A dictionary for maps whose size follows the input (the anonymous types of a package, the index of a large
    /// ordered map). Past 512 entries it splits into 64 dictionaries by key hash: one dictionary of tens of
    /// thousands of entries lives on the large-object heap, every resize allocates there again, and those
    /// allocations trigger full collections. Sixty-four small ones stay off it up to about 64 times the entries.
    /// </summary>
    internal sealed class ShardedDictionary<TKey, TValue> where TKey : notnull
    {
        private const int SplitAt = 512;
        private const int ShardBits = 6;
        private static readonly EqualityComparer<TKey> s_comparer = EqualityComparer<TKey>.Default;
        private Dictionary<TKey, TValue> _single;
        private Dictionary<TKey, TValue>[]? _shards;

        public ShardedDictionary(int capacity = 0)
        {
            if (capacity <= SplitAt)
            {
                _single = new Dictionary<TKey, TValue>(capacity);
                return;
            }
            // Known to be large: sharded from the start, each shard sized for its share, so none regrows.
            _shards = new Dictionary<TKey, TValue>[1 << ShardBits];
            for (int i = 0; i < _shards.Length; i++) _shards[i] = new Dictionary<TKey, TValue>((capacity >> ShardBits) + 1);
            _single = _shards[0];
        }

        public int Count { get; private set; }

        public bool TryGetValue(TKey key, out TValue value) => ShardFor(key).TryGetValue(key, out value!);

        public bool ContainsKey(TKey key) => ShardFor(key).ContainsKey(key);

        public TValue this[TKey key]
        {
            get => ShardFor(key)[key];
            set
            {
                var shard = ShardFor(key);
                int before = shard.Count;
                shard[key] = value;
                Count += shard.Count - before;
                if (_shards == null && Count > SplitAt) Split();
            }
        }

        private Dictionary<TKey, TValue> ShardFor(TKey key) => _shards == null ? _single : _shards[ShardOf(key)];

        private void Split()
        {
            var shards = new Dictionary<TKey, TValue>[1 << ShardBits];
            for (int i = 0; i < shards.Length; i++) shards[i] = new Dictionary<TKey, TValue>();
            foreach (var entry in _single) shards[ShardOf(entry.Key)][entry.Key] = entry.Value;
            _shards = shards;
            _single = shards[0];
        }

        // Fibonacci hashing spreads even small or clustered hash codes; the top bits pick the shard.
        private static int ShardOf(TKey key) => (int)(unchecked((uint)s_comparer.GetHashCode(key) * 2654435769u) >> (32 - ShardBits));
    }
}
