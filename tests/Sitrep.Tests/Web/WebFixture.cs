using Microsoft.AspNetCore.Mvc.Testing;
using Sitrep.Storage.Ingest;
using Sitrep.Storage.Sqlite;
using Sitrep.Tests.Support;

namespace Sitrep.Tests.Web;

/// <summary>A database of the golden articles and a test server over it, shared by the API tests.</summary>
public sealed class WebFixture : IDisposable
{
    public string Directory { get; } = System.IO.Directory.CreateTempSubdirectory("sitrep-web-").FullName;
    public string Db => Path.Combine(Directory, "web.db");
    public WebApplicationFactory<Sitrep.Web.StoreAccess> Factory { get; }

    public WebFixture()
    {
        using (var store = new SqliteEventStore(Db))
            new IngestRunner(Some.Extractor, store).Run(DocumentSources.Read([Path.Combine(AppContext.BaseDirectory, "samples")]));
        Factory = new WebApplicationFactory<Sitrep.Web.StoreAccess>().WithWebHostBuilder(b => b.UseSetting("Sitrep:Db", Db).UseSetting("urls", "http://127.0.0.1:0"));
    }

    public void Dispose()
    {
        Factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
