namespace WitSharp.Components.Model;

/// <summary>The component section ids of Binary.md.</summary>
public enum ComponentSectionId : byte
{
    /// <summary>0: custom.</summary>
    Custom = 0,
    /// <summary>1: core module.</summary>
    CoreModule = 1,
    /// <summary>2: core instances.</summary>
    CoreInstance = 2,
    /// <summary>3: core types.</summary>
    CoreType = 3,
    /// <summary>4: nested component.</summary>
    Component = 4,
    /// <summary>5: instances.</summary>
    Instance = 5,
    /// <summary>6: aliases.</summary>
    Alias = 6,
    /// <summary>7: types.</summary>
    Type = 7,
    /// <summary>8: canonical definitions.</summary>
    Canon = 8,
    /// <summary>9: start (🪙).</summary>
    Start = 9,
    /// <summary>10: imports.</summary>
    Import = 10,
    /// <summary>11: exports.</summary>
    Export = 11,
    /// <summary>12: values (🪙).</summary>
    Value = 12,
}

/// <summary>Where one section lies in the binary.</summary>
/// <param name="Id">The section id.</param>
/// <param name="Offset">Absolute offset of the id byte.</param>
/// <param name="ContentOffset">Absolute offset of the contents (after the size).</param>
/// <param name="Size">The contents' size in bytes.</param>
public readonly record struct ComponentSectionInfo(ComponentSectionId Id, int Offset, int ContentOffset, int Size);
