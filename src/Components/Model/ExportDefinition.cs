namespace WitSharp.Components.Model;

/// <summary>
/// An <c>export</c> definition. Like an alias, it adds a new index (in <see cref="SortIndex.Sort"/>'s space) that
/// refers to the exported item.
/// </summary>
/// <param name="Offset">Absolute offset.</param>
/// <param name="Name">The export name.</param>
/// <param name="Item">The exported item.</param>
/// <param name="AscribedType">The optional explicit type, which validation requires to be a supertype of the item's type.</param>
public sealed record ExportDefinition(int Offset, ExternName Name, SortIndex Item, ExternType? AscribedType) : Definition(Offset);
