using SolutionFit.Samples.Orleans;

return await OrleansCli.RunAsync(args, Console.Out, Console.Error);
