using System.Threading.Tasks;
using WitSharp.Wasi.Bindings.Wasi.Io.V0_2_12.Poll;
using WitSharp.Wasi.Io;

namespace WitSharp.Wasi.Tests.Io;

/// <summary>
/// wasi:io/poll through the host: poll returns exactly the ready pollables, waits for the first of many pending ones
/// (tasks, so no thread each), and an empty list is a guest error; monotonic-clock subscriptions become ready only once
/// the clock has passed their deadline.
/// </summary>
public sealed class PollTests
{
    private static readonly WasiHost s_host = new(new WasiConfiguration().CreateContext());

    [Fact]
    public void Poll_returns_the_indices_of_the_ready_pollables()
    {
        var pending = new TaskCompletionSource();
        Pollable[] pollables = { new TaskPollable(pending.Task), TaskPollable.Completed(), new TaskPollable(pending.Task), TaskPollable.Completed() };

        uint[] ready = s_host.Poll.Poll(pollables);

        Assert.Equal(new uint[] { 1, 3 }, ready);
    }

    [Fact]
    public void Poll_waits_for_the_first_pending_pollable()
    {
        var never = new TaskCompletionSource();
        var soon = new TaskCompletionSource();
        Pollable[] pollables = { new TaskPollable(never.Task), new TaskPollable(soon.Task) };
        _ = Task.Run(async () => { await Task.Delay(20); soon.SetResult(); });

        uint[] ready = s_host.Poll.Poll(pollables);

        Assert.Equal(new uint[] { 1 }, ready);
    }

    [Fact]
    public void An_empty_poll_is_an_error_of_the_guest()
    {
        Assert.Throws<System.InvalidOperationException>(() => s_host.Poll.Poll(System.Array.Empty<Pollable>()));
    }

    [Fact]
    public void A_clock_subscription_is_ready_only_after_its_deadline()
    {
        var clock = s_host.MonotonicClock;
        ulong start = clock.Now();

        // "Not ready yet" is asked of a deadline ten minutes away, so a descheduled test thread cannot make it true;
        // the 30 ms one shows that poll waits for its deadline.
        Pollable far = clock.SubscribeDuration(600_000_000_000);
        Pollable later = clock.SubscribeDuration(30_000_000);
        Pollable past = clock.SubscribeInstant(start);
        bool farReadyAtOnce = far.Ready();
        s_host.Poll.Poll(new[] { later });

        Assert.False(farReadyAtOnce);
        Assert.False(far.Ready());
        Assert.True(past.Ready());
        Assert.True(clock.Now() - start >= 30_000_000);
    }

    [Fact]
    public void The_monotonic_clock_never_goes_back_and_the_wall_clock_is_now()
    {
        ulong previous = s_host.MonotonicClock.Now();
        for (int i = 0; i < 1000; i++)
        {
            ulong now = s_host.MonotonicClock.Now();
            Assert.True(now >= previous);
            previous = now;
        }
        var wall = s_host.WallClock.Now();
        long unixNow = System.DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        Assert.InRange((long)wall.Seconds, unixNow - 5, unixNow + 5);
        Assert.True(wall.Nanoseconds < 1_000_000_000);
    }
}
