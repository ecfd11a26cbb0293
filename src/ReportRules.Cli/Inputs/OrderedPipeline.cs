namespace ReportRules.Cli.Inputs;

/// <summary>
/// Runs work over many inputs in parallel and hands the results to a sink in input order. At most
/// <c>2 × jobs</c> results are in flight (started and not yet handed on), so memory stays bounded however many
/// inputs there are; each result is handed on as soon as every earlier one has been. With a byte budget, an input
/// starts only while the sizes of the inputs being worked on, its own included, stay within the budget (an input
/// larger than the whole budget runs alone): a large file waits for the others to finish.
/// </summary>
internal static class OrderedPipeline
{
    public static void Run<TIn, TOut>(IReadOnlyList<TIn> items, int jobs, Func<TIn, TOut> work, Action<TOut> sink) =>
        Run(items, jobs, work, sink, _ => 0, long.MaxValue);

    public static void Run<TIn, TOut>(IReadOnlyList<TIn> items, int jobs, Func<TIn, TOut> work, Action<TOut> sink, Func<TIn, long> size, long budget)
    {
        ArgumentNullException.ThrowIfNull(size);
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(sink);
        if (jobs <= 1)
        {
            foreach (var item in items)
            {
                sink(work(item));
            }

            return;
        }

        var window = checked(2 * jobs);
        using var workers = new SemaphoreSlim(jobs);
        var inFlight = new Queue<Task<TOut>>(window);
        var next = 0;
        long bytesInFlight = 0;
        try
        {
            Pump();
        }
        finally
        {
            // If the sink failed, let started work finish before the semaphore goes away.
            try
            {
                Task.WaitAll([.. inFlight]);
            }
            catch (AggregateException)
            {
                // The sink's exception is the one that matters; it is already propagating.
            }
        }

        void Pump()
        {
        while (next < items.Count || inFlight.Count > 0)
        {
            while (next < items.Count && inFlight.Count < window)
            {
                var item = items[next];
                var bytes = Math.Max(0, size(item));
                var held = Interlocked.Read(ref bytesInFlight);
                if (held > 0 && bytes > budget - held)
                {
                    break; // over the byte budget: wait for the oldest to be handed on, then try again
                }

                next++;
                Interlocked.Add(ref bytesInFlight, bytes);
                inFlight.Enqueue(Task.Run(async () =>
                {
                    await workers.WaitAsync().ConfigureAwait(false);
                    try
                    {
                        return work(item);
                    }
                    finally
                    {
                        Interlocked.Add(ref bytesInFlight, -bytes);
                        workers.Release();
                    }
                }));
            }

            sink(inFlight.Dequeue().GetAwaiter().GetResult());
        }
        }
    }
}
