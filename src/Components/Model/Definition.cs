namespace WitSharp.Components.Model;

/// <summary>
/// One definition of a component (or one declarator of a component, instance or module type), in binary order.
/// Binary order matters: index spaces grow as definitions are read, so a definition can only name earlier ones.
/// </summary>
/// <param name="Offset">The absolute byte offset where the definition starts in the decoded buffer.</param>
public abstract record Definition(int Offset);

/// <summary>
/// One entry of an index space: the definition that introduced it, and which of its items it is when one
/// definition introduces several (a core recursive type group, the results of a <c>start</c>).
/// </summary>
/// <param name="Definition">The introducing definition (an alias, an import, an export, a canon, …).</param>
/// <param name="Position">The item's position within <paramref name="Definition"/>; 0 for single-item definitions.</param>
public readonly record struct IndexEntry(Definition Definition, int Position);
