namespace WitSharp.WitParser.Parsing
{
    /// <summary>Semantic Versioning 2.0 validity, with messages in the style of the reference's semver crate.</summary>
    internal static class SemverRules
    {
        /// <summary>The first problem with <paramref name="text"/> as a semver version, or null when it is valid.</summary>
        public static string? Validate(string text)
        {
            int plus = text.IndexOf('+');
            string core = plus < 0 ? text : text.Substring(0, plus);
            string? build = plus < 0 ? null : text.Substring(plus + 1);
            int dash = core.IndexOf('-');
            string numbers = dash < 0 ? core : core.Substring(0, dash);
            string? pre = dash < 0 ? null : core.Substring(dash + 1);

            string[] parts = numbers.Split('.');
            string[] names = { "major", "minor", "patch" };
            if (parts.Length != 3) return "unexpected end of input while parsing version";
            for (int i = 0; i < 3; i++)
            {
                string? problem = CheckNumber(parts[i], $"{names[i]} version number");
                if (problem != null) return problem;
            }
            if (pre != null)
            {
                foreach (var piece in pre.Split('.'))
                {
                    if (piece.Length == 0) return "empty identifier segment in pre-release identifier";
                    if (!IsAlphanumericOrDash(piece)) return $"unexpected character in pre-release identifier";
                    if (IsDigits(piece) && piece.Length > 1 && piece[0] == '0') return "invalid leading zero in pre-release identifier";
                }
            }
            if (build != null)
            {
                foreach (var piece in build.Split('.'))
                {
                    if (piece.Length == 0) return "empty identifier segment in build metadata";
                    if (!IsAlphanumericOrDash(piece)) return "unexpected character in build metadata";
                }
            }
            return null;
        }

        private static string? CheckNumber(string digits, string what)
        {
            if (digits.Length == 0 || !IsDigits(digits)) return $"unexpected character while parsing {what}";
            if (digits.Length > 1 && digits[0] == '0') return $"invalid leading zero in {what}";
            if (!ulong.TryParse(digits, out _)) return $"value of {what} exceeds u64::MAX";
            return null;
        }

        private static bool IsDigits(string s)
        {
            foreach (char c in s) if (c < '0' || c > '9') return false;
            return true;
        }

        private static bool IsAlphanumericOrDash(string s)
        {
            foreach (char c in s)
            {
                bool ok = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
                if (!ok) return false;
            }
            return true;
        }
    }
}
