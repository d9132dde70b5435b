using System;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// A memoised yes/no fact per type index (is it a resource, does it hold a borrow): a byte per type in one
    /// array instead of a dictionary entry, because a large package asks about every one of its types.
    /// </summary>
    internal sealed class TypeFactCache
    {
        private const byte Unknown = 0, No = 1, Yes = 2;
        private byte[] _facts = new byte[64];

        public bool TryGetValue(int id, out bool fact)
        {
            byte state = id < _facts.Length ? _facts[id] : Unknown;
            fact = state == Yes;
            return state != Unknown;
        }

        public void Set(int id, bool fact)
        {
            if (id >= _facts.Length) Array.Resize(ref _facts, Math.Max(id + 1, _facts.Length * 2));
            _facts[id] = fact ? Yes : No;
        }
    }
}
