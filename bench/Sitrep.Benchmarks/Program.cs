using BenchmarkDotNet.Running;

// Stage micro-benchmarks. Whole-pipeline throughput (articles/s, RSS, scaling) is `./sitrep bench`; see bench/README.md.
BenchmarkSwitcher.FromAssembly(typeof(Sitrep.Benchmarks.PipelineBenchmarks).Assembly).Run(args);
