package io.jenkins.plugins.dbgitops.engine.review.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The text of a reviewed script by the name findings give it, for reports that quote the SQL around a finding
 * (HTML). Read lazily from where the review read it, so a report that quotes nothing costs no memory.
 */
@FunctionalInterface
public interface SourceLookup {
    /** No sources: reports quote no SQL. */
    SourceLookup NONE = script -> Optional.empty();

    /** The script's text, or empty when it is not known or no longer readable. */
    Optional<String> text(String script);

    /** Reads each script from the file it was reviewed from. */
    static SourceLookup of(Map<String, Path> locations) {
        Map<String, Path> copy = Map.copyOf(locations);
        return script -> {
            Path path = copy.get(script);
            if (path == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(Files.readString(path));
            } catch (IOException | UncheckedIOException e) {
                return Optional.empty(); // the report says the excerpt is missing; the review itself stands
            }
        };
    }
}
