using System.Globalization;

namespace ReportRules.Cli.Formatting;

/// <summary>A one-line progress bar on standard error, drawn only when standard error is a terminal and there are more than 3 inputs.</summary>
internal sealed class ProgressBar(TextWriter error, int total, bool enabled)
{
    private const int Width = 30;
    private int done;

    public static bool ShouldShow(CliHost host, int inputs) => host.IsErrorTerminal && inputs > 3;

    public void Advance()
    {
        if (!enabled)
        {
            return;
        }

        done++;
        var filled = total == 0 ? Width : done * Width / total;
        error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {done.ToString(CultureInfo.InvariantCulture)}/{total.ToString(CultureInfo.InvariantCulture)}");
        error.Flush();
    }

    public void Clear()
    {
        if (enabled)
        {
            error.Write("\r" + new string(' ', Width + 24) + "\r");
            error.Flush();
        }
    }
}
