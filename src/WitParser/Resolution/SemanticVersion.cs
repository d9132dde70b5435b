using System;
using System.Collections.Generic;

namespace WitSharp.WitParser.Resolution
{
    /// <summary>
    /// A semantic version (<c>major.minor.patch[-pre][+build]</c>) as used in package names and
    /// <c>@since</c>/<c>@deprecated</c> gates. Ordering follows semver 2.0: build metadata is ignored for
    /// precedence, pre-release identifiers compare numerically or lexically.
    /// </summary>
    public sealed class SemanticVersion : IComparable<SemanticVersion>, IEquatable<SemanticVersion>
    {
        private SemanticVersion(ulong major, ulong minor, ulong patch, string preRelease, string build)
        {
            Major = major;
            Minor = minor;
            Patch = patch;
            PreRelease = preRelease;
            Build = build;
        }

        /// <summary>The major component.</summary>
        public ulong Major { get; }

        /// <summary>The minor component.</summary>
        public ulong Minor { get; }

        /// <summary>The patch component.</summary>
        public ulong Patch { get; }

        /// <summary>The pre-release part without its <c>-</c>, or empty.</summary>
        public string PreRelease { get; }

        /// <summary>The build metadata without its <c>+</c>, or empty.</summary>
        public string Build { get; }

        /// <summary>Parses <paramref name="text"/>; returns false when it is not a valid semantic version.</summary>
        public static bool TryParse(string text, out SemanticVersion? version)
        {
            version = null;
            if (string.IsNullOrEmpty(text)) return false;
            string build = "";
            int plus = text.IndexOf('+');
            if (plus >= 0)
            {
                build = text.Substring(plus + 1);
                text = text.Substring(0, plus);
                if (!ValidIdentifiers(build, numericStrict: false)) return false;
            }
            string pre = "";
            int dash = text.IndexOf('-');
            if (dash >= 0)
            {
                pre = text.Substring(dash + 1);
                text = text.Substring(0, dash);
                if (!ValidIdentifiers(pre, numericStrict: true)) return false;
            }
            var parts = text.Split('.');
            if (parts.Length != 3) return false;
            if (!TryNumber(parts[0], out ulong major) || !TryNumber(parts[1], out ulong minor) || !TryNumber(parts[2], out ulong patch)) return false;
            version = new SemanticVersion(major, minor, patch, pre, build);
            return true;
        }

        /// <summary>
        /// The version that names the semver-compatible "track" of this one: <c>1.x.y</c> becomes <c>1.0.0</c>,
        /// <c>0.2.y</c> becomes <c>0.2.0</c>, <c>0.0.z</c> stays itself; pre-release and build are kept.
        /// </summary>
        public string CompatibilityTrack()
        {
            if (PreRelease.Length > 0 || Build.Length > 0) return ToString();
            if (Major != 0) return $"{Major}.0.0";
            if (Minor != 0) return $"0.{Minor}.0";
            return ToString();
        }

        /// <inheritdoc />
        public int CompareTo(SemanticVersion? other)
        {
            if (other is null) return 1;
            int c = Major.CompareTo(other.Major);
            if (c != 0) return c;
            c = Minor.CompareTo(other.Minor);
            if (c != 0) return c;
            c = Patch.CompareTo(other.Patch);
            if (c != 0) return c;
            return ComparePreRelease(PreRelease, other.PreRelease);
        }

        /// <inheritdoc />
        public bool Equals(SemanticVersion? other) => other is not null && CompareTo(other) == 0 && Build == other.Build;

        /// <inheritdoc />
        public override bool Equals(object? obj) => obj is SemanticVersion v && Equals(v);

        /// <inheritdoc />
        public override int GetHashCode() => ToString().GetHashCode();

        /// <inheritdoc />
        public override string ToString()
        {
            string s = $"{Major}.{Minor}.{Patch}";
            if (PreRelease.Length > 0) s += "-" + PreRelease;
            if (Build.Length > 0) s += "+" + Build;
            return s;
        }

        private static int ComparePreRelease(string a, string b)
        {
            // A version without pre-release ranks above any pre-release of the same core version.
            if (a.Length == 0) return b.Length == 0 ? 0 : 1;
            if (b.Length == 0) return -1;
            var x = a.Split('.');
            var y = b.Split('.');
            for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
            {
                bool xn = ulong.TryParse(x[i], out ulong xv);
                bool yn = ulong.TryParse(y[i], out ulong yv);
                int c = xn && yn ? xv.CompareTo(yv) : xn ? -1 : yn ? 1 : string.CompareOrdinal(x[i], y[i]);
                if (c != 0) return c;
            }
            return x.Length.CompareTo(y.Length);
        }

        private static bool TryNumber(string s, out ulong value)
        {
            value = 0;
            if (s.Length == 0 || (s.Length > 1 && s[0] == '0')) return false;
            foreach (char c in s) if (c < '0' || c > '9') return false;
            return ulong.TryParse(s, out value);
        }

        private static bool ValidIdentifiers(string s, bool numericStrict)
        {
            if (s.Length == 0) return false;
            foreach (var part in s.Split('.'))
            {
                if (part.Length == 0) return false;
                bool allDigits = true;
                foreach (char c in part)
                {
                    bool alnum = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '-';
                    if (!alnum) return false;
                    if (c < '0' || c > '9') allDigits = false;
                }
                if (numericStrict && allDigits && part.Length > 1 && part[0] == '0') return false;
            }
            return true;
        }
    }
}
