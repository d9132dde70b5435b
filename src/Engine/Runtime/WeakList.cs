using System;
using System.Collections.Generic;

namespace WitSharp.Engine;

/// <summary>
/// Objects a store must be able to find while they live, without keeping them alive: entries whose targets were
/// collected are dropped whenever the list has doubled since the last time (amortised constant cost per add).
/// </summary>
internal sealed class WeakList<T> where T : class
{
    private readonly List<WeakReference<T>> _entries = new();
    private int _pruneAt = 64;

    public void Add(T item)
    {
        _entries.Add(new WeakReference<T>(item));
        if (_entries.Count < _pruneAt) return;
        Prune();
        _pruneAt = Math.Max(64, _entries.Count * 2);
    }

    /// <summary>The targets still alive (dead entries are dropped on the way).</summary>
    public List<T> Live()
    {
        Prune();
        var live = new List<T>(_entries.Count);
        foreach (WeakReference<T> entry in _entries)
            if (entry.TryGetTarget(out T? item)) live.Add(item);
        return live;
    }

    private void Prune() => _entries.RemoveAll(entry => !entry.TryGetTarget(out _));
}
