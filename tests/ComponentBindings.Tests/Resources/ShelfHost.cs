using System.Collections.Generic;
using WitSharp.Runtime.Bindings;
using Witsharp.Shelf.Items;
using Witsharp.Shelf.ShelfWorld;

namespace WitSharp.ComponentBindings.Tests.Resources;

/// <summary>An item the test host implements: its label and how often it was disposed.</summary>
internal sealed class HostItem : Item
{
    public HostItem(string label) => Text = label;

    public string Text { get; }

    public int Disposals { get; private set; }

    public override string Label() => Text;

    public override void Dispose() => Disposals++;
}

/// <summary>The host of world <c>shelf</c>: every item it makes, what it received, and what it kept.</summary>
internal sealed class ShelfHost : IImports, IItems
{
    public const string Missing = "no item here";

    public List<HostItem> Made { get; } = new();

    public List<object?> Received { get; } = new();

    public List<HostItem> Kept { get; } = new();

    public IItems Items => this;

    private HostItem Make(string label)
    {
        var item = new HostItem(label);
        Made.Add(item);
        return item;
    }

    public Item CreateItem(string label) => Make(label);

    public Item[] MakeMany(uint n)
    {
        var items = new Item[n];
        for (int i = 0; i < items.Length; i++) items[i] = Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return items;
    }

    public (Item, Item) Twice()
    {
        HostItem once = Make("twice");
        return (once, once);
    }

    public uint TagOf(Peek p)
    {
        Received.Add(p.It);
        return p.Tag + (uint)p.It.Label().Length;
    }

    public uint SizeOf(Item? o)
    {
        Received.Add(o);
        return o is null ? 0 : (uint)o.Label().Length;
    }

    public Result<Item, string> Fetch(bool ok) => ok ? Result<Item, string>.Ok(Make("fetched")) : Result<Item, string>.Err(Missing);

    public void Keep(Slot s)
    {
        if (s is Slot.Full full) Kept.Add((HostItem)full.Value);
    }
}
