namespace WitSharp.Engine.Binary;

/// <summary>Section identifiers of the module binary format.</summary>
public enum SectionId : byte
{
    /// <summary>Custom section (name + bytes); may appear anywhere.</summary>
    Custom = 0,
    /// <summary>Function types.</summary>
    Type = 1,
    /// <summary>Imports.</summary>
    Import = 2,
    /// <summary>Type indices of defined functions.</summary>
    Function = 3,
    /// <summary>Defined tables.</summary>
    Table = 4,
    /// <summary>Defined memories.</summary>
    Memory = 5,
    /// <summary>Defined globals.</summary>
    Global = 6,
    /// <summary>Exports.</summary>
    Export = 7,
    /// <summary>Start function.</summary>
    Start = 8,
    /// <summary>Element segments.</summary>
    Element = 9,
    /// <summary>Function bodies.</summary>
    Code = 10,
    /// <summary>Data segments.</summary>
    Data = 11,
    /// <summary>Number of data segments (comes between Element and Code).</summary>
    DataCount = 12,
}
