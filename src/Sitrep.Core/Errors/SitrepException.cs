namespace Sitrep.Errors;

/// <summary>An expected failure with a catalogue code; the message names the input and the problem.</summary>
public sealed class SitrepException(ErrorCode code, string message, Exception? inner = null)
    : Exception($"{ErrorCodes.Format(code)}: {message}", inner)
{
    public ErrorCode Code { get; } = code;
}
