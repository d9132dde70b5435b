namespace WitSharp.Tooling.Reporting
{
    /// <summary>
    /// What a rule is, for reports (SARIF <c>tool.driver.rules</c>) and <c>--explain</c>: a stable id such as
    /// <c>WITL001</c>, a PascalCase name, a one-line description, longer help, the default severity and a help link.
    /// </summary>
    public sealed record RuleDescriptor(
        string Id,
        string Name,
        string ShortDescription,
        string HelpText,
        FindingSeverity DefaultSeverity,
        string HelpUri);
}
