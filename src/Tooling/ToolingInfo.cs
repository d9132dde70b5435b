namespace WitSharp.Tooling
{
    /// <summary>Facts about the tooling that reports (SARIF's tool.driver, for example) carry.</summary>
    public static class ToolingInfo
    {
        /// <summary>The tool's name as reports show it.</summary>
        public const string ToolName = "witsharp";

        /// <summary>The tool's home page, linked from SARIF and rule docs.</summary>
        public const string InformationUri = "https://github.com/witsharp/witsharp";

        /// <summary>The version of the tooling assembly (the package version).</summary>
        public static string Version =>
            typeof(ToolingInfo).Assembly.GetName().Version?.ToString(3) ?? "0.0.0";
    }
}
