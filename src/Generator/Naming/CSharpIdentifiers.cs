using System.Collections.Generic;
using System.Text;

namespace WitSharp.Generator.Naming
{
    /// <summary>
    /// Turns WIT identifiers (kebab-case words, optionally <c>%</c>-escaped) into C# identifiers: PascalCase for
    /// types and members, camelCase for parameters, C# keywords escaped with <c>@</c>.
    /// </summary>
    public static class CSharpIdentifiers
    {
        private static readonly HashSet<string> Keywords = new HashSet<string>
        {
            "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
            "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit",
            "extern", "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int",
            "interface", "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out",
            "override", "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed",
            "short", "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try",
            "typeof", "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile",
            "while",
        };

        /// <summary>
        /// <c>wasi-http</c> → <c>WasiHttp</c>; an all-caps word keeps its capitals (<c>HTTP-error</c> →
        /// <c>HTTPError</c>) so acronyms stay readable. The leading <c>%</c> escape is dropped.
        /// </summary>
        public static string Pascal(string witName) => Join(witName, capitalizeFirst: true);

        /// <summary><c>max-age</c> → <c>maxAge</c>.</summary>
        public static string Camel(string witName) => Join(witName, capitalizeFirst: false);

        /// <summary>True for reserved C# keywords, which need an <c>@</c> prefix to be identifiers.</summary>
        public static bool IsKeyword(string identifier) => Keywords.Contains(identifier);

        /// <summary>The identifier as written in source: <c>@</c>-prefixed when it is a keyword.</summary>
        public static string Escape(string identifier) => IsKeyword(identifier) ? "@" + identifier : identifier;

        private static string Join(string witName, bool capitalizeFirst)
        {
            string name = witName.StartsWith("%") ? witName.Substring(1) : witName;
            var sb = new StringBuilder(name.Length);
            bool first = true;
            foreach (var word in name.Split('-'))
            {
                if (word.Length == 0) continue;
                if (first && !capitalizeFirst) sb.Append(IsAllUpper(word) ? word.ToLowerInvariant() : LowerFirst(word));
                else sb.Append(char.ToUpperInvariant(word[0])).Append(word, 1, word.Length - 1);
                first = false;
            }
            if (sb.Length == 0) sb.Append('_');
            // Identifiers cannot start with a digit (WIT words after the first may, and escaped names could).
            if (char.IsDigit(sb[0])) sb.Insert(0, '_');
            return sb.ToString();
        }

        private static string LowerFirst(string word) => char.ToLowerInvariant(word[0]) + word.Substring(1);

        private static bool IsAllUpper(string word)
        {
            foreach (char c in word) if (char.IsLower(c)) return false;
            return true;
        }
    }
}
