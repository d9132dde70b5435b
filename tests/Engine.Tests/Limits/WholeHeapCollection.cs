namespace WitSharp.Engine.Tests.Limits;

/// <summary>
/// Tests that limit or measure the whole process's GC heap: they run alone, since other tests' allocations would
/// change what they see (and a lowered heap limit would make other tests fail).
/// </summary>
[CollectionDefinition(nameof(WholeHeapCollection), DisableParallelization = true)]
public sealed class WholeHeapCollection;
