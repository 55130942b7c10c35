package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dbgitops} command line: a thin front end over the engine. */
@Command(name = "dbgitops", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Database GitOps: review, package and roll out versioned SQL migrations.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:review findings at the failure level, or a failed migration or rollout",
            "2:bad usage or bad input (the message says what and where)"})
public final class DbGitOpsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * The subcommands by name, in the order the usage lists them; in a holder class, so that {@code --version}
     * does not read their annotations (the JVM's first annotation costs it a proxy class and its module).
     */
    private static final class Subcommands {
        static final Map<String, Class<?>> BY_NAME = subcommands(CommandLine.HelpCommand.class,
                ReviewCommand.class, RulesCommand.class, PlanCommand.class, MigrateCommand.class,
                StatusCommand.class, BaselineCommand.class, ResolveCommand.class, ReleaseCommand.class,
                RolloutCommand.class, SchemaCommand.class, DemoCommand.class);
    }

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; tests call this instead of {@link #main}. */
    public static int execute(String... args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            // picocli would build the command's model by reflection first, most of the time --version takes
            printVersion(System.out);
            return ExitCodes.SUCCESS;
        }
        return newCommandLine(args).execute(args);
    }

    /** What {@code --version} prints, as picocli prints the {@link VersionProvider}'s lines. */
    static void printVersion(PrintStream out) {
        for (String line : new VersionProvider().getVersion()) {
            out.println(line);
        }
        out.flush();
    }

    /** A command line with every subcommand, the project's exit codes and error handling. */
    public static CommandLine newCommandLine() {
        return withHandlers(new CommandLine(new DbGitOpsCommand()), Subcommands.BY_NAME.keySet());
    }

    /**
     * A command line with only the subcommands these arguments need: picocli builds each subcommand's model by
     * reflection, which is most of the start-up time of a short command. {@code migrate ...} needs only migrate;
     * help, usage errors and anything else get them all.
     */
    static CommandLine newCommandLine(String... args) {
        String first = args.length > 0 ? args[0] : "";
        Collection<String> needed = Subcommands.BY_NAME.containsKey(first) && !"help".equals(first)
                ? List.of(first) : Subcommands.BY_NAME.keySet();
        return withHandlers(new CommandLine(new DbGitOpsCommand()), needed);
    }

    private static CommandLine withHandlers(CommandLine commandLine, Collection<String> subcommands) {
        for (String name : subcommands) {
            commandLine.addSubcommand(name, Subcommands.BY_NAME.get(name));
        }
        commandLine.setExecutionExceptionHandler(DbGitOpsCommand::handleExecutionException);
        commandLine.setParameterExceptionHandler(DbGitOpsCommand::handleParameterException);
        return commandLine;
    }

    private static Map<String, Class<?>> subcommands(Class<?>... classes) {
        Map<String, Class<?>> byName = new LinkedHashMap<>();
        for (Class<?> type : classes) {
            byName.put(type.getAnnotation(Command.class).name(), type);
        }
        return byName;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static int handleExecutionException(Exception exception, CommandLine commandLine,
            CommandLine.ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        if (exception instanceof UserInputException) {
            err.println("dbgitops: " + exception.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        // An unexpected failure: say so plainly; the stack trace is for developers only.
        err.println("dbgitops: unexpected error: " + exception);
        if (System.getenv("DBGITOPS_DEBUG") != null) {
            exception.printStackTrace(err);
        } else {
            err.println("Set DBGITOPS_DEBUG=1 to see the details, and report it if it persists.");
        }
        err.flush();
        return ExitCodes.FAILURE;
    }

    private static int handleParameterException(CommandLine.ParameterException exception, String[] args) {
        CommandLine commandLine = exception.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println("dbgitops: " + exception.getMessage());
        err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
        err.flush();
        return ExitCodes.BAD_INPUT;
    }
}
