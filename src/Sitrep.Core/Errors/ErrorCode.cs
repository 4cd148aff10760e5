namespace Sitrep.Errors;

/// <summary>The one catalogue of Sitrep error codes; messages name the input and the problem.</summary>
public enum ErrorCode
{
    /// <summary>The input has no text.</summary>
    EmptyInput = 1,
    /// <summary>The input looks like a binary file (NUL bytes or mostly control characters).</summary>
    BinaryInput = 2,
    /// <summary>The input is not valid UTF-8.</summary>
    InvalidEncoding = 3,
    /// <summary>The input file does not exist or cannot be read.</summary>
    InputNotFound = 4,
    /// <summary>A pipeline was built with a stage whose requirements no earlier stage provides.</summary>
    StageContract = 5,
    /// <summary>A shipped data file (lexicon, gazetteer) is malformed.</summary>
    DataFile = 6,
    /// <summary>A command-line or API argument is invalid.</summary>
    InvalidArgument = 7,
    /// <summary>A JSONL input line is not a valid document object.</summary>
    InvalidJsonLine = 8,
    /// <summary>A stage failed on a document.</summary>
    StageFailed = 9,
}

/// <summary>Formats error codes as E001 … .</summary>
public static class ErrorCodes
{
    public static string Format(ErrorCode code) => $"E{(int)code:000}";
}
