using System;
using System.IO;

namespace WitSharp.Tooling.Reporting
{
    /// <summary>How reports spell file paths: relative to the source root, with forward slashes.</summary>
    public static class ReportPaths
    {
        /// <summary>
        /// <paramref name="path"/> relative to <paramref name="root"/> with '/' separators; the full path (also with
        /// '/') when it is outside the root, so it is never a misleading <c>../</c> chain.
        /// </summary>
        public static string Relative(string path, string root)
        {
            string full = Path.GetFullPath(path);
            string relative = Path.GetRelativePath(Path.GetFullPath(root), full);
            bool outside = relative == ".." || relative.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                || Path.IsPathRooted(relative);
            return (outside ? full : relative).Replace('\\', '/');
        }

        /// <summary>A <c>file:</c> URI for a folder, ending in '/', as SARIF's <c>originalUriBaseIds</c> wants.</summary>
        public static string FolderUri(string folder)
        {
            string full = Path.GetFullPath(folder);
            if (!full.EndsWith(Path.DirectorySeparatorChar.ToString(), StringComparison.Ordinal)) full += Path.DirectorySeparatorChar;
            return new Uri(full).AbsoluteUri;
        }

        /// <summary>A percent-encoded relative URI reference for a '/'-separated relative path.</summary>
        public static string RelativeUri(string relativePath)
        {
            var parts = relativePath.Split('/');
            for (int i = 0; i < parts.Length; i++) parts[i] = Uri.EscapeDataString(parts[i]);
            return string.Join("/", parts);
        }
    }
}
