package dev.winnow.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code winnow} command line: {@code java -jar winnow.jar clean [options] PATH...}. */
@Command(name = "winnow", mixinStandardHelpOptions = true, version = "winnow 0.1",
        description = "Boilerplate cleaner for scraped news and article pages.",
        subcommands = {CleanCommand.class, ScoreCommand.class, BenchCommand.class})
public final class Main {
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (0 ok, 1 some input failed, 2 usage error). */
    public static int run(String... args) {
        return new CommandLine(new Main()).execute(args);
    }
}
