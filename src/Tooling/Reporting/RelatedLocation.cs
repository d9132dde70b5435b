namespace WitSharp.Tooling.Reporting
{
    /// <summary>A second place a finding refers to (the other side of a diff, the declaration a use points at).</summary>
    public sealed record RelatedLocation(FindingLocation Location, string Message);
}
