package io.jenkins.plugins.dbgitops.cli;

import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.RuleDocumentation;
import io.jenkins.plugins.dbgitops.engine.review.RuleRegistry;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code dbgitops rules}: lists the review rules, as a table or as the Markdown reference. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "List the SQL review rules.")
public final class RulesCommand implements Callable<Integer> {

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per rule) or markdown (the full reference). Default: ${DEFAULT-VALUE}.")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        List<RuleDefinition> definitions = RuleRegistry.load().definitions();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equalsIgnoreCase("markdown")) {
            out.print(RuleDocumentation.render(definitions));
        } else if (format.equalsIgnoreCase("text")) {
            for (RuleDefinition definition : definitions) {
                out.printf("%-48s %-7s %-30s %s%n", definition.id(), definition.defaultLevel(),
                        definition.engines().stream().sorted().map(SqlEngine::id).collect(Collectors.joining(",")),
                        definition.title());
            }
        } else {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format: '" + format + "' is not a format: use text or markdown.");
        }
        out.flush();
        return ExitCodes.SUCCESS;
    }
}
