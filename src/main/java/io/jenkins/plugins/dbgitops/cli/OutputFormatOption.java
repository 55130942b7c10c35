package io.jenkins.plugins.dbgitops.cli;

import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/** {@code --format text|json|html}: human-readable text, one JSON document for tools, or an HTML page. */
public final class OutputFormatOption {

    /** The output formats. */
    public enum Format {
        text,
        json,
        html
    }

    /** The commands that render HTML; the others refuse it rather than print text under an HTML name. */
    private static final Set<String> HTML_COMMANDS = Set.of("status");

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    Format format = Format.text;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; html: status --config"
                    + " only).")
    void format(Format value) {
        if (value == Format.html && command != null && !HTML_COMMANDS.contains(command.name())) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "--format html: '" + command.name() + "' writes text or json; html is for 'status --config'.");
        }
        this.format = value;
    }

    public boolean json() {
        return format == Format.json;
    }

    public boolean html() {
        return format == Format.html;
    }
}
