package io.jenkins.plugins.dbgitops.cli;

import picocli.CommandLine.Option;

/** {@code --format text|json}: human-readable text, or one JSON document for tools. */
public final class OutputFormatOption {

    /** The output formats. */
    public enum Format {
        text,
        json
    }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    public boolean json() {
        return format == Format.json;
    }
}
