using Referat.Import;
using Referat.Import.Formats;
using SharpFuzz;

// One document per run, read as the import reads it (txt, md, html or pdf, by the name's extension). A
// MinutesFormatException is the reader's way of saying no, unless it wraps a failure of our own parser (the reader
// turns those into a clear error for the user, but they are bugs); any other exception, and any hang, is a finding.
// Nothing instrumented may run before Fuzzer.OutOfProcess.Run has set up the coverage map: the reader is made inside.
var extension = args.Length > 0 ? args[0] : "txt";
var name = "fuzz." + extension;

Fuzzer.OutOfProcess.Run(stream =>
{
    var reader = new DocumentReader(limits: new DocumentLimits { MaxTime = TimeSpan.FromSeconds(10) });
    using var copy = new MemoryStream();
    stream.CopyTo(copy);
    try
    {
        reader.Read(name, copy.ToArray());
    }
    catch (MinutesFormatException e) when (!e.Problem.StartsWith("the parser failed", StringComparison.Ordinal))
    {
    }
});
