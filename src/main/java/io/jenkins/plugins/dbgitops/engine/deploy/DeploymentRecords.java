package io.jenkins.plugins.dbgitops.engine.deploy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.release.ReleaseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Writes and reads deployment records as JSON. */
public final class DeploymentRecords {
    /** How record files end: {@code <release-id>.<environment>[.shard-k-of-n].deployment.json}. */
    public static final String SUFFIX = ".deployment.json";

    private DeploymentRecords() {
    }

    public static String toJson(DeploymentRecord record) {
        try {
            return ReleaseJson.mapper().writeValueAsString(record);
        } catch (IOException e) {
            throw new IllegalStateException("A deployment record cannot be turned into JSON", e);
        }
    }

    public static void write(DeploymentRecord record, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(record) + System.lineSeparator());
        } catch (IOException e) {
            throw new UserInputException("Cannot write the deployment record " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Every deployment record ({@code *}{@value #SUFFIX}) in {@code directory}, as promotion evidence.
     *
     * @throws UserInputException naming a record that cannot be read
     */
    public static PromotionEvidence evidenceIn(Path directory) {
        List<DeploymentEvidence> records = readAll(directory).stream().map(DeploymentEvidence::of).toList();
        return new PromotionEvidence(records, "the deployment records (*" + SUFFIX + ") in " + directory + " ("
                + records.size() + " found)");
    }

    /**
     * Every deployment record ({@code *}{@value #SUFFIX}) in {@code directory}, in file name order; none when the
     * directory does not exist.
     *
     * @throws UserInputException naming a record that cannot be read
     */
    public static List<DeploymentRecord> readAll(Path directory) {
        List<DeploymentRecord> records = new ArrayList<>();
        if (Files.isDirectory(directory)) {
            try (Stream<Path> files = Files.list(directory)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).sorted().toList()) {
                    records.add(read(file));
                }
            } catch (IOException e) {
                throw new UserInputException("Cannot list the deployment records in " + directory + ": "
                        + e.getMessage(), e);
            }
        }
        return records;
    }

    public static DeploymentRecord read(Path file) {
        try {
            // absent optional fields (an error, a start time) are written as nothing and read as null
            return ReleaseJson.mapper().readerFor(DeploymentRecord.class)
                    .without(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
                    .readValue(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UserInputException("Cannot read the deployment record " + file + ": " + e.getMessage(), e);
        }
    }
}
