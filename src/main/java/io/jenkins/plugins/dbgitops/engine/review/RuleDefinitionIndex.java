package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The rules' definitions compiled at build time from every {@code rules.yaml} into one binary resource, so that a
 * command-line review does not start the YAML parser: cold, it took 150 ms for the 187 definitions, a sixth of a
 * whole review of the examples. The YAML stays the only source; the build writes this index after compiling
 * ({@code process-classes}) and {@code RuleDefinitionIndexTest} checks that both read the same.
 */
public final class RuleDefinitionIndex {
    static final String RESOURCE = "rule-definitions.bin";
    private static final int FORMAT = 1;

    private RuleDefinitionIndex() {
    }

    /** A definition with its package and its key there: the class name, or {@code #id} for an engine rule. */
    record Entry(String packageName, String key, RuleDefinition definition) {
    }

    /** Writes the index of the {@code rules.yaml} files under a classes directory into it. */
    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.endsWith("rules.yaml")).sorted().toList()) {
                String packageName = classes.relativize(file.getParent()).toString().replace(file.getFileSystem()
                        .getSeparator(), ".");
                RuleDefinitions.readFile(packageName, Files.readString(file)).forEach((key, definition) ->
                        entries.add(new Entry(packageName, key, definition)));
            }
        }
        Path target = classes.resolve(RuleDefinitionIndex.class.getPackageName().replace('.', '/')).resolve(RESOURCE);
        try (OutputStream out = Files.newOutputStream(target)) {
            write(entries, out);
        }
    }

    static void write(List<Entry> entries, OutputStream stream) throws IOException {
        DataOutputStream out = new DataOutputStream(stream);
        out.writeInt(FORMAT);
        out.writeInt(entries.size());
        for (Entry entry : entries) {
            RuleDefinition definition = entry.definition();
            out.writeUTF(entry.packageName());
            out.writeUTF(entry.key());
            for (String text : List.of(definition.id(), definition.title(), definition.origin(),
                    definition.defaultLevel().name(), definition.message(), definition.help(), definition.description(),
                    definition.failing(), definition.passing())) {
                out.writeUTF(text);
            }
            out.writeInt(definition.engines().stream().mapToInt(engine -> 1 << engine.ordinal()).sum());
            out.writeBoolean(definition.optIn());
            out.writeBoolean(definition.alwaysOn());
            out.writeBoolean(definition.reportedByEngine());
            out.writeInt(definition.payload().size());
            for (PayloadField field : definition.payload()) {
                out.writeUTF(field.name());
                out.writeUTF(field.type().name());
                out.writeUTF(field.description());
                writeDefault(out, field);
            }
        }
        out.flush();
    }

    /** The index in the jar, by package and then by class name; empty when the build did not write one (an IDE). */
    static Map<String, Map<String, RuleDefinition>> read() {
        try (InputStream in = RuleDefinitionIndex.class.getResourceAsStream(RESOURCE)) {
            return in == null ? Map.of() : read(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + RESOURCE, e);
        }
    }

    static Map<String, Map<String, RuleDefinition>> read(InputStream stream) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
        if (in.readInt() != FORMAT) {
            throw new IllegalStateException(RESOURCE + " was written by another version: rebuild");
        }
        Map<String, Map<String, RuleDefinition>> byPackage = new LinkedHashMap<>();
        for (int n = in.readInt(); n > 0; n--) {
            String packageName = in.readUTF();
            String key = in.readUTF();
            String id = in.readUTF();
            String title = in.readUTF();
            String origin = in.readUTF();
            Level level = Level.valueOf(in.readUTF());
            String message = in.readUTF();
            String help = in.readUTF();
            String description = in.readUTF();
            String failing = in.readUTF();
            String passing = in.readUTF();
            Set<SqlEngine> engines = EnumSet.noneOf(SqlEngine.class);
            int mask = in.readInt();
            for (SqlEngine engine : SqlEngine.values()) {
                if ((mask & 1 << engine.ordinal()) != 0) {
                    engines.add(engine);
                }
            }
            boolean optIn = in.readBoolean();
            boolean alwaysOn = in.readBoolean();
            boolean reportedByEngine = in.readBoolean();
            List<PayloadField> payload = new ArrayList<>();
            for (int fields = in.readInt(); fields > 0; fields--) {
                payload.add(readField(in));
            }
            RuleDefinition definition = new RuleDefinition(id, title, origin, engines, level, message, help,
                    description, failing, passing, payload, optIn, alwaysOn, reportedByEngine);
            byPackage.computeIfAbsent(packageName, name -> new LinkedHashMap<>()).put(key, definition);
        }
        return byPackage;
    }

    private static void writeDefault(DataOutputStream out, PayloadField field) throws IOException {
        switch (field.type()) {
            case INTEGER -> out.writeInt((Integer) field.defaultValue());
            case BOOLEAN -> out.writeBoolean((Boolean) field.defaultValue());
            case STRING -> out.writeUTF((String) field.defaultValue());
            case STRING_LIST -> {
                List<?> values = (List<?>) field.defaultValue();
                out.writeInt(values.size());
                for (Object value : values) {
                    out.writeUTF((String) value);
                }
            }
            default -> throw new IllegalStateException("Unknown payload type " + field.type());
        }
    }

    private static PayloadField readField(DataInputStream in) throws IOException {
        String name = in.readUTF();
        PayloadField.Type type = PayloadField.Type.valueOf(in.readUTF());
        String description = in.readUTF();
        return switch (type) {
            case INTEGER -> PayloadField.integer(name, in.readInt(), description);
            case BOOLEAN -> PayloadField.bool(name, in.readBoolean(), description);
            case STRING -> PayloadField.string(name, in.readUTF(), description);
            case STRING_LIST -> {
                List<String> values = new ArrayList<>();
                for (int n = in.readInt(); n > 0; n--) {
                    values.add(in.readUTF());
                }
                yield PayloadField.stringList(name, values, description);
            }
        };
    }
}
