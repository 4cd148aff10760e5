using Sitrep.Cli;

return await Cli.RunAsync(args);
