using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;

namespace WitSharp.Wasi.Io;

/// <summary>
/// <c>wasi:io/poll.poll</c>: waits until at least one pollable is ready and returns the indices of those that are.
/// Task-backed pollables are awaited together (<see cref="Task.WhenAny(IEnumerable{Task})"/>), so a poll over many
/// pending operations holds one waiting thread, the guest's own.
/// </summary>
internal sealed class PollHost : IPoll
{
    public uint[] Poll(Pollable[] @in)
    {
        ArgumentNullException.ThrowIfNull(@in);
        if (@in.Length == 0) throw new InvalidOperationException("wasi:io/poll.poll was called with an empty list");
        while (true)
        {
            uint[] ready = ReadyIndices(@in);
            if (ready.Length > 0) return ready;
            var waits = new List<Task>(@in.Length);
            foreach (Pollable pollable in @in)
            {
                if (pollable is TaskPollable task) waits.Add(task.Task);
            }
            if (waits.Count == @in.Length)
            {
                Task.WhenAny(waits).Wait();
                continue;
            }
            // A pollable of another kind can only be blocked on: block on the first, the others are looked at after.
            @in[0].Block();
        }
    }

    private static uint[] ReadyIndices(Pollable[] pollables)
    {
        var ready = new List<uint>();
        for (int i = 0; i < pollables.Length; i++)
        {
            if (pollables[i].Ready()) ready.Add((uint)i);
        }
        return ready.ToArray();
    }
}
