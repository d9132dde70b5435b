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
        private int _count;

        /// <summary>The token's name (an identifier without its <c>%</c>), shared with every equal name.</summary>
        public string Get(SyntaxToken token)
        {
            var (text, start, length) = token.NameText;
            uint hash = 2166136261;
            for (int i = 0; i < length; i++) hash = (hash ^ text[start + i]) * 16777619;
            int mask = _slots.Length - 1;
            int slot = (int)(hash & (uint)mask);
            while (_slots[slot] is { } existing)
            {
                if (existing.Length == length && string.CompareOrdinal(existing, 0, text, start, length) == 0) return existing;
                slot = (slot + 1) & mask;
            }
            string name = text.Substring(start, length);
            _slots[slot] = name;
            if (++_count * 2 > _slots.Length) Grow();
            return name;
        }

        private void Grow()
        {
            var old = _slots;
            _slots = new string?[old.Length * 2];
            int mask = _slots.Length - 1;
            foreach (var name in old)
            {
                if (name is null) continue;
                uint hash = 2166136261;
                foreach (char c in name) hash = (hash ^ c) * 16777619;
                int slot = (int)(hash & (uint)mask);
                while (_slots[slot] is not null) slot = (slot + 1) & mask;
                _slots[slot] = name;
            }
        }
    }
}
