using Microsoft.Extensions.FileProviders;
using Sitrep.Extraction;
using Sitrep.Lexicons;
using Sitrep.Storage;
using Sitrep.Web.Endpoints;

namespace Sitrep.Web;

/// <summary>Builds the web host: the read-only event API, the extract endpoint and the offline map page.</summary>
public static class SitrepWeb
{
    /// <summary>Configuration keys: Sitrep:Db (SQLite file), Sitrep:Data (data directory); URLs via --urls.</summary>
    public static WebApplication Create(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = AppContext.BaseDirectory, WebRootPath = Path.Combine(AppContext.BaseDirectory, "wwwroot") });
        // loopback unless told otherwise: the API exposes whatever articles were ingested
        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"]))
            builder.WebHost.UseUrls("http://127.0.0.1:5080");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi();
        builder.Services.AddSingleton(sp =>
        {
            var db = builder.Configuration["Sitrep:Db"] ?? "sitrep.db";
            return new StoreAccess(EventStores.Open(db));
        });
        builder.Services.AddSingleton<IncidentCache>();
        builder.Services.AddSingleton(_ => new Lazy<SitrepExtractor>(() => new SitrepExtractor(SitrepResources.Load(builder.Configuration["Sitrep:Data"]))));
        configure?.Invoke(builder);
        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.MapOpenApi();
        app.MapEventsApi();
        app.MapExtractApi();
        return app;
    }
}

/// <summary>One SQLite connection shared by requests; the lock keeps them from interleaving on it.</summary>
public sealed class StoreAccess(IEventStore store) : IDisposable
{
    private readonly Lock _gate = new();

    public T Read<T>(Func<IEventStore, T> read)
    {
        lock (_gate) return read(store);
    }

    public void Dispose() => store.Dispose();
}
