using WitSharp.WitParser.Syntax;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// One string per distinct identifier: a name used a thousand times in a package (a type like
    /// <c>error-code</c>) is cut out of the source once instead of once per use. Looks names up by their
    /// characters in the source, so a repeated name allocates nothing.
    /// </summary>
    internal sealed class NameTable
    {
        private string?[] _slots = new string?[256];
        // Each slot's hash: a probe that meets another name rejects it without touching its characters,
        // and growing does not hash the names again.
        private uint[] _hashes = new uint[256];
        private int _count;

        /// <summary>The token's name (an identifier without its <c>%</c>), shared with every equal name.</summary>
        public string Get(SyntaxToken token)
        {
            var (text, start, length) = token.NameText;
            uint hash = Hash(text, start, length);
            int mask = _slots.Length - 1;
            int slot = (int)(hash & (uint)mask);
            var slots = _slots;
            while (slots[slot] is { } existing)
            {
                if (_hashes[slot] == hash && existing.Length == length && SameChars(existing, text, start)) return existing;
                slot = (slot + 1) & mask;
            }
            string name = text.Substring(start, length);
            slots[slot] = name;
            _hashes[slot] = hash;
            if (++_count * 2 > _slots.Length) Grow();
            return name;
        }

        // Two characters per multiply halves the dependent chain of a per-character hash; the final mix
        // brings the high bits (where the second character lands) down to the slot bits.
        private static uint Hash(string text, int start, int length)
        {
            uint hash = (uint)length * 0x9E3779B1u;
            int end = start + length, i = start;
            for (; i + 1 < end; i += 2) hash = (hash ^ (text[i] | ((uint)text[i + 1] << 16))) * 0x9E3779B1u;
            if (i < end) hash = (hash ^ text[i]) * 0x9E3779B1u;
            hash ^= hash >> 15;
            hash *= 0x85EBCA6Bu;
            return hash ^ (hash >> 13);
        }

        // A plain loop: names are short, and string.CompareOrdinal's checks and ordering cost more than the compare.
        private static bool SameChars(string name, string text, int start)
        {
            for (int i = 0; i < name.Length; i++)
            {
                if (name[i] != text[start + i]) return false;
            }
            return true;
        }

        private void Grow()
        {
            var old = _slots;
            var oldHashes = _hashes;
            _slots = new string?[old.Length * 2];
            _hashes = new uint[old.Length * 2];
            int mask = _slots.Length - 1;
            for (int i = 0; i < old.Length; i++)
            {
                if (old[i] is not { } name) continue;
                uint hash = oldHashes[i];
                int slot = (int)(hash & (uint)mask);
                while (_slots[slot] is not null) slot = (slot + 1) & mask;
                _slots[slot] = name;
                _hashes[slot] = hash;
            }
        }
    }
}
