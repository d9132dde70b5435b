namespace WitSharp.WitParser.Lexing
{
    /// <summary>
    /// The kebab-case rule for WIT identifiers: words separated by single dashes, each word all lowercase or all
    /// uppercase ASCII letters and digits, and the first word starting with a letter.
    /// </summary>
    public static class IdentifierRules
    {
        /// <summary>
        /// Checks <paramref name="name"/> (without any <c>%</c>) and returns the reference wit-parser's message for
        /// the first problem, or null when the name is valid.
        /// </summary>
        public static string? Validate(string name) => Validate(name ?? throw new System.ArgumentNullException(nameof(name)), 0, name.Length);

        /// <summary>Checks the name <c>text[start..start+length)</c> without cutting it out of <paramref name="text"/>.</summary>
        internal static string? Validate(string text, int start, int length)
        {
            const string EmptyPart = "identifiers must have characters between '-'s";
            string name = text;
            int end = start + length;
            if (length == 0) return EmptyPart;
            int partStart = start;
            bool firstPart = true;
            while (true)
            {
                int partEnd = name.IndexOf('-', partStart, end - partStart);
                if (partEnd < 0) partEnd = end;
                if (partEnd == partStart) return EmptyPart;
                char first = name[partStart];
                if (firstPart && !IsAsciiLetter(first)) return InvalidCharacter(name, partStart);

                // null: no letter seen yet; true: uppercase word; false: lowercase word.
                bool? upper = null;
                for (int i = partStart; i < partEnd; i++)
                {
                    char c = name[i];
                    if (c >= '0' && c <= '9') continue;
                    bool isUpper = c >= 'A' && c <= 'Z';
                    bool isLower = c >= 'a' && c <= 'z';
                    if (!isUpper && !isLower) return InvalidCharacter(name, i);
                    if (upper == null) upper = isUpper;
                    else if (upper != isUpper) return InvalidCharacter(name, i);
                }
                if (partEnd == end) return null;
                partStart = partEnd + 1;
                firstPart = false;
            }
        }

        private static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

        private static string InvalidCharacter(string name, int index) =>
            "invalid character in identifier " + CharFacts.RustDebug(CharFacts.CodePointAt(name, index));
    }
}
