using System.CommandLine;
using Referat.Cli.Commands;

var root = new RootCommand("Referat: Danish council minutes as structured, searchable open data.");
root.Subcommands.Add(ParseCommand.Create());
root.Subcommands.Add(RenderCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(ExportCommand.Create());
root.Subcommands.Add(QueryCommands.Show());
root.Subcommands.Add(QueryCommands.Stats());
root.Subcommands.Add(PeopleCommand.Create());
root.Subcommands.Add(CommitteesCommand.Create());
root.Subcommands.Add(BenchCommand.Create());
return await root.Parse(args).InvokeAsync();
