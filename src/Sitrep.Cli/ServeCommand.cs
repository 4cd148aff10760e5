using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Sitrep.Extraction;
using Sitrep.Lexicons;
using Sitrep.Storage.Ingest;
using Sitrep.Storage;
using Sitrep.Web;

namespace Sitrep.Cli;

/// <summary>`sitrep serve` (the API and map over a database) and `sitrep demo` (ingest the bundled samples, then serve).</summary>
public static class ServeCommand
{
    public static Command Serve(TextWriter output, TextWriter errors) => Build("serve", "Serve the HTTP API and the offline map page", demo: false, output);

    public static Command Demo(TextWriter output, TextWriter errors) => Build("demo", "Ingest the bundled sample articles into SQLite and serve the map", demo: true, output);

    private static Command Build(string name, string description, bool demo, TextWriter output)
    {
        var db = new Option<string>("--db") { Description = "SQLite database file", DefaultValueFactory = _ => "sitrep.db" };
        var urls = new Option<string>("--urls") { Description = "Where to listen (loopback by default)", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var cmd = new Command(name, description) { db, urls };
        cmd.SetAction(async (parse, cancel) =>
        {
            var dbPath = parse.GetValue(db)!;
            if (demo)
            {
                var samples = Path.Combine(AppContext.BaseDirectory, "samples");
                using var store = EventStores.Open(dbPath);
                var summary = new IngestRunner(new SitrepExtractor(SitrepResources.Load()), store).Run(DocumentSources.Read([samples]));
                var counts = store.Counts();
                output.WriteLine($"ingested {summary.Documents} sample articles ({summary.Created} new) into {EventStores.Describe(dbPath)}: {counts.Events} events in {counts.Clusters} clusters");
            }
            var app = SitrepWeb.Create(["--urls", parse.GetValue(urls)!, "--Sitrep:Db", dbPath]);
            await app.StartAsync(cancel);
            output.WriteLine($"Sitrep is serving {EventStores.Describe(dbPath)} at {string.Join(", ", app.Urls)} (Ctrl+C to stop)");
            output.Flush();
            await app.WaitForShutdownAsync(cancel);
            return 0;
        });
        return cmd;
    }
}
