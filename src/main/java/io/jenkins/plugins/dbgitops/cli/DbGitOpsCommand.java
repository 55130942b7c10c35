package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code dbgitops} command line: a thin front end over the engine. */
@Command(name = "dbgitops", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Database GitOps: review, package and roll out versioned SQL migrations.",
        subcommands = {CommandLine.HelpCommand.class, ReviewCommand.class, RulesCommand.class, PlanCommand.class,
            MigrateCommand.class, StatusCommand.class, BaselineCommand.class, ResolveCommand.class,
            ReleaseCommand.class, RolloutCommand.class, SchemaCommand.class, DemoCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:success",
            "1:review findings at the failure level, or a failed migration or rollout",
            "2:bad usage or bad input (the message says what and where)"})
public final class DbGitOpsCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /** Runs the command line and returns the exit code; tests call this instead of {@link #main}. */
    public static int execute(String... args) {
        return newCommandLine().execute(args);
    }

    /** A command line with the project's exit codes and error handling, writing to the standard streams. */
    public static CommandLine newCommandLine() {
        CommandLine commandLine = new CommandLine(new DbGitOpsCommand());
        commandLine.setExecutionExceptionHandler(DbGitOpsCommand::handleExecutionException);
        commandLine.setParameterExceptionHandler(DbGitOpsCommand::handleParameterException);
        return commandLine;
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
