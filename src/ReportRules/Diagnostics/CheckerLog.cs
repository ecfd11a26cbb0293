using Microsoft.Extensions.Logging;

namespace ReportRules.Diagnostics;

/// <summary>
/// The checker's log messages, source-generated (no boxing, no formatting when the level is off). Event ids are
/// stable: 1xx parse stage, 2xx rule stage.
/// </summary>
internal static partial class CheckerLog
{
    [LoggerMessage(EventId = 100, EventName = "ParseStarted", Level = LogLevel.Debug, Message = "Parsing {Source} ({Bytes} bytes, {Format})")]
    public static partial void ParseStarted(ILogger logger, string source, long bytes, string format);

    [LoggerMessage(EventId = 101, EventName = "Parsed", Level = LogLevel.Debug, Message = "Parsed {Source}: edition {Edition}, {Diagnostics} parse diagnostics")]
    public static partial void Parsed(ILogger logger, string source, ReportRules.Model.ReportEdition edition, int diagnostics);

    [LoggerMessage(EventId = 102, EventName = "Unreadable", Level = LogLevel.Warning, Message = "Could not read {Source}: {Error}")]
    public static partial void Unreadable(ILogger logger, string source, string error);

    [LoggerMessage(EventId = 103, EventName = "ReaderMissing", Level = LogLevel.Warning, Message = "{Source} is {Format}; no reader for it is registered (add the ReportRules.Documents package and options.WithDocuments())")]
    public static partial void ReaderMissing(ILogger logger, string source, string format);

    [LoggerMessage(EventId = 200, EventName = "Checked", Level = LogLevel.Information, Message = "Checked {Source}: {Findings} findings ({Errors} errors), {Evaluated} rule instances evaluated")]
    public static partial void Checked(ILogger logger, string source, int findings, int errors, int evaluated);

    [LoggerMessage(EventId = 201, EventName = "CheckerCreated", Level = LogLevel.Debug, Message = "Checker ready: {Rules} rules ({Custom} custom), {Readers} format readers")]
    public static partial void CheckerCreated(ILogger logger, int rules, int custom, int readers);
}
