using System.CommandLine;
using Referat.Cli.Commands;

var root = new RootCommand("Referat: Danish council minutes as structured, searchable open data.");
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
return await root.Parse(args).InvokeAsync();
