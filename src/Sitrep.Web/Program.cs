using Sitrep.Web;

SitrepWeb.Create(args).Run();
