using Referat.Import;
using Referat.Import.Formats;
using SharpFuzz;

// One document per run, read as the import reads it (txt, md, html or pdf, by the name's extension). A
// MinutesFormatException is the reader's way of saying no; any other exception, and any hang, is a finding.
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
    catch (MinutesFormatException)
    {
    }
});
