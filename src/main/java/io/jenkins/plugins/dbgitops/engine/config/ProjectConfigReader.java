package io.jenkins.plugins.dbgitops.engine.config;

import io.jenkins.plugins.dbgitops.engine.TextPosition;
import io.jenkins.plugins.dbgitops.engine.UserInputException;
import io.jenkins.plugins.dbgitops.engine.sql.JdbcUrls;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlNode;
import io.jenkins.plugins.dbgitops.engine.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and validates {@code dbgitops.yaml} strictly: every unknown key, missing or malformed value and
 * inconsistency is reported with the file, line and column, and what to do about it.
 */
public final class ProjectConfigReader {
    private static final Set<String> ROOT_KEYS = Set.of("migrations", "engine", "historyTable", "schema",
            "staleAfterMinutes", "review",
            "release", "promotion", "environments");
    private static final Set<String> REVIEW_KEYS = Set.of("policy", "schema", "schemaFrom", "dryRun");
    private static final Set<String> DRY_RUN_KEYS = Set.of("url", "credentials");
    private static final Set<String> RELEASE_KEYS = Set.of("idTemplate");
    private static final Set<String> ENVIRONMENT_KEYS = Set.of("name", "approval", "approvers", "parallel",
            "staleAfterMinutes",
            "requires", "after", "allowSkip", "failFast", "historyTable", "schema", "targets");
    private static final Set<String> TARGET_KEYS = Set.of("name", "url", "credentials", "databases", "historyTable",
            "schema");
    private static final String GROUP_PLACEHOLDER = "{name}";

    private final VariableSubstitution variables;

    /** @param environment the variables {@code ${VAR}} may name, usually {@code System.getenv()} */
    public ProjectConfigReader(Map<String, String> environment) {
        this.variables = new VariableSubstitution(environment);
    }

    /** Reads {@code file}; relative paths in it are resolved against its directory. */
    public ProjectConfig read(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UserInputException("Configuration file " + file + " does not exist: create "
                    + ProjectConfig.DEFAULT_FILE_NAME + " at the repository root or pass --config.");
        }
        try {
            return parse(Files.readString(file, StandardCharsets.UTF_8), file);
        } catch (IOException e) {
            throw new UserInputException("Cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses configuration text as if it had been read from {@code file}. */
    public ProjectConfig parse(String yaml, Path file) {
        return new Binder(file).bind(new YamlReader((location, problem) -> new UserInputException(file + ":"
                + location + ": " + problem + ".")).read(yaml));
    }

    /** Turns the located tree into configuration records; one instance per file. */
    private final class Binder {
        private final Path file;
        private final YamlFields fields;

        Binder(Path file) {
            this.file = file;
            this.fields = new YamlFields(file, variables);
        }

        ProjectConfig bind(YamlNode root) {
            YamlNode.Mapping mapping = fields.mapping(root, "the configuration");
            fields.checkKeys(mapping, ROOT_KEYS, "at the top level");
            String migrations = fields.optionalText(mapping, "migrations").orElse("migrations");
            Path base = file.toAbsolutePath().getParent();
            Path migrationsDirectory = base == null ? Path.of(migrations) : base.resolve(migrations).normalize();
            String historyTable = fields.optionalIdentifier(mapping, "historyTable")
                    .orElse(ProjectConfig.DEFAULT_HISTORY_TABLE);
            Optional<String> schema = fields.optionalIdentifier(mapping, "schema");
            Optional<String> policy = Optional.empty();
            Optional<Path> reviewSchema = Optional.empty();
            Optional<String> schemaFrom = Optional.empty();
            Optional<DeploymentTarget> dryRunServer = Optional.empty();
            YamlNode.Mapping review = null;
            if (mapping.entries().containsKey("review")) {
                review = fields.mapping(mapping.entries().get("review").value(), "review");
                fields.checkKeys(review, REVIEW_KEYS, "under review");
                policy = fields.optionalText(review, "policy");
                reviewSchema = fields.optionalText(review, "schema")
                        .map(value -> base == null ? Path.of(value) : base.resolve(value).normalize());
                schemaFrom = fields.optionalText(review, "schemaFrom");
                YamlNode.Entry dryRun = review.entries().get("dryRun");
                if (dryRun != null) {
                    dryRunServer = Optional.of(dryRunServer(dryRun.value()));
                }
            }
            String idTemplate = ProjectConfig.DEFAULT_RELEASE_ID_TEMPLATE;
            if (mapping.entries().containsKey("release")) {
                YamlNode.Mapping release = fields.mapping(mapping.entries().get("release").value(), "release");
                fields.checkKeys(release, RELEASE_KEYS, "under release");
                idTemplate = fields.optionalText(release, "idTemplate").orElse(idTemplate);
            }
            Duration staleAfter = fields.optionalPositiveInt(mapping, "staleAfterMinutes").map(Duration::ofMinutes)
                    .orElse(EnvironmentConfig.DEFAULT_STALE_AFTER);
            List<EnvironmentConfig> environments = environments(mapping, historyTable, schema, staleAfter);
            SqlEngine engine = engine(mapping, environments);
            String from = schemaFrom.orElse(null);
            if (from != null && environments.stream().noneMatch(environment -> environment.name().equals(from)
                    && !environment.targets().isEmpty())) {
                throw fields.error(review.entries().get("schemaFrom").value().location(), "review.schemaFrom names '"
                        + from + "', which is no environment with a target: name one of the"
                        + " environments below.");
            }
            return new ProjectConfig(file, migrationsDirectory, engine, policy, idTemplate, environments,
                    promotion(mapping), reviewSchema, schemaFrom, dryRunServer);
        }

        /** {@code review.dryRun}: the server the dry run creates its throwaway database on. */
        private DeploymentTarget dryRunServer(YamlNode node) {
            YamlNode.Mapping mapping = fields.mapping(node, "review.dryRun");
            fields.checkKeys(mapping, DRY_RUN_KEYS, "under review.dryRun");
            String url = jdbcUrl(mapping, "review.dryRun has no url: add the JDBC URL of a scratch server where the"
                    + " user may create databases, e.g. url: jdbc:postgresql://scratch:5432/postgres (never a"
                    + " production server).", "jdbc:postgresql://host:5432/postgres");
            Optional<String> credentials = credentials(mapping);
            return new DeploymentTarget(ProjectConfig.DRY_RUN_SERVER, ProjectConfig.DRY_RUN_SERVER, url,
                    credentials, ProjectConfig.DEFAULT_HISTORY_TABLE, Optional.empty());
        }

        private PromotionSource promotion(YamlNode.Mapping root) {
            YamlNode.Entry entry = root.entries().get("promotion");
            if (entry == null) {
                return PromotionSource.RECORDS;
            }
            String value = fields.text(entry.value(), "promotion");
            for (PromotionSource source : PromotionSource.values()) {
                if (source.id().equals(value)) {
                    return source;
                }
            }
            throw fields.error(entry.value().location(), "promotion: '" + value + "' is not a promotion source: use"
                    + " 'records' (deployment records, the default) or 'history' (read the required environments'"
                    + " history tables; needs their network and credentials).");
        }

        private SqlEngine engine(YamlNode.Mapping root, List<EnvironmentConfig> environments) {
            YamlNode.Entry entry = root.entries().get("engine");
            if (entry == null) {
                // convenient for single-engine projects: the dialect follows from the first URL
                for (EnvironmentConfig environment : environments) {
                    for (DeploymentTarget target : environment.targets()) {
                        try {
                            return SqlEngine.fromJdbcUrl(target.url());
                        } catch (IllegalArgumentException e) {
                            break;
                        }
                    }
                }
                throw fields.error(root.location(), "the key 'engine' is missing: add 'engine: postgresql' (or mysql,"
                        + " mariadb, h2, sqlite).");
            }
            String name = fields.text(entry.value(), "engine");
            try {
                return SqlEngine.fromName(name);
            } catch (IllegalArgumentException e) {
                throw fields.error(entry.value().location(), "engine: " + e.getMessage());
            }
        }

        private List<EnvironmentConfig> environments(YamlNode.Mapping root, String historyTable,
                Optional<String> schema, Duration staleAfter) {
            YamlNode.Entry entry = root.entries().get("environments");
            if (entry == null || fields.isNull(entry.value())) {
                return List.of();
            }
            YamlNode.Sequence list = fields.sequence(entry.value(), "environments");
            List<EnvironmentConfig> environments = new ArrayList<>();
            Map<String, TextPosition> seen = new HashMap<>();
            List<YamlNode> requiresNodes = new ArrayList<>();
            for (YamlNode item : list.items()) {
                YamlNode.Mapping mapping = fields.mapping(item, "an environment");
                fields.checkKeys(mapping, ENVIRONMENT_KEYS, "in an environment");
                YamlNode.Entry nameEntry = mapping.entries().get("name");
                if (nameEntry == null) {
                    throw fields.error(mapping.location(), "this environment has no name: add 'name: test' (or staging,"
                            + " prod, ...).");
                }
                String name = fields.name(nameEntry.value(), "environment name");
                TextPosition previous = seen.putIfAbsent(name, nameEntry.value().location());
                if (previous != null) {
                    throw fields.error(nameEntry.value().location(), "the environment '" + name + "' is defined twice"
                            + " (first at line " + previous.line() + "). Give each environment its own name.");
                }
                String previousName = environments.isEmpty() ? null : environments.get(environments.size() - 1).name();
                requiresNodes.add(requiresNode(mapping));
                environments.add(environment(mapping, name, previousName, historyTable, schema, staleAfter));
            }
            checkRequires(environments, requiresNodes);
            return environments;
        }

        private YamlNode requiresNode(YamlNode.Mapping mapping) {
            YamlNode.Entry requires = mapping.entries().get("requires");
            YamlNode.Entry after = mapping.entries().get("after");
            if (requires != null && after != null) {
                throw fields.error(after.keyLocation(), "'after' and 'requires' mean the same; keep one of them.");
            }
            YamlNode.Entry entry = requires != null ? requires : after;
            return entry == null ? null : entry.value();
        }

        private void checkRequires(List<EnvironmentConfig> environments, List<YamlNode> requiresNodes) {
            for (int i = 0; i < environments.size(); i++) {
                EnvironmentConfig environment = environments.get(i);
                Set<String> earlier = new LinkedHashSet<>();
                for (int j = 0; j < i; j++) {
                    earlier.add(environments.get(j).name());
                }
                for (String required : environment.requires()) {
                    if (!earlier.contains(required)) {
                        YamlNode node = requiresNodes.get(i);
                        String where = required.equals(environment.name()) ? "itself"
                                : seenLater(environments, required) ? "an environment listed after it"
                                : "an environment that does not exist";
                        throw fields.error(node.location(), "the environment '" + environment.name() + "' requires '"
                                + required + "', " + where + ". Name environments listed before it ("
                                + (earlier.isEmpty() ? "none" : String.join(", ", earlier))
                                + "), or use 'requires: []' for none.");
                    }
                }
            }
        }

        private boolean seenLater(List<EnvironmentConfig> environments, String name) {
            return environments.stream().anyMatch(environment -> environment.name().equals(name));
        }

        private EnvironmentConfig environment(YamlNode.Mapping mapping, String name, String previousName,
                String defaultHistoryTable, Optional<String> defaultSchema, Duration defaultStaleAfter) {
            List<String> approvers = fields.optionalTextList(mapping, "approvers");
            Approval approval = approval(mapping, approvers);
            int parallel = fields.optionalPositiveInt(mapping, "parallel").orElse(ProjectConfig.DEFAULT_PARALLEL);
            YamlNode requiresNode = requiresNode(mapping);
            List<String> requires = requiresNode == null
                    ? (previousName == null ? List.of() : List.of(previousName))
                    : fields.textList(requiresNode, "requires");
            boolean allowSkip = fields.optionalBoolean(mapping, "allowSkip").orElse(false);
            boolean failFast = fields.optionalBoolean(mapping, "failFast").orElse(false);
            String historyTable = fields.optionalIdentifier(mapping, "historyTable").orElse(defaultHistoryTable);
            Optional<String> schema = fields.optionalIdentifier(mapping, "schema").or(() -> defaultSchema);
            YamlNode.Entry targetsEntry = mapping.entries().get("targets");
            if (targetsEntry == null || fields.isNull(targetsEntry.value())) {
                throw fields.error(mapping.location(), "the environment '" + name + "' has no targets: add 'targets:'"
                        + " with at least one '- url: jdbc:...'.");
            }
            YamlNode.Sequence targetList = fields.sequence(targetsEntry.value(), "targets");
            if (targetList.items().isEmpty()) {
                throw fields.error(targetList.location(), "the environment '" + name + "' has an empty target list:"
                        + " add at least one '- url: jdbc:...'.");
            }
            List<DeploymentTarget> targets = new ArrayList<>();
            Map<String, TextPosition> targetNames = new HashMap<>();
            for (YamlNode item : targetList.items()) {
                for (Located<DeploymentTarget> target : targets(item, name, historyTable, schema)) {
                    TextPosition clash = targetNames.putIfAbsent(target.value().name(), target.location());
                    if (clash != null) {
                        throw fields.error(target.location(), "two targets of the environment '" + name
                                + "' are called '" + target.value().name() + "' (the other at line "
                                + clash.line() + "). Give them distinct 'name's.");
                    }
                    targets.add(target.value());
                }
            }
            Duration staleAfter = fields.optionalPositiveInt(mapping, "staleAfterMinutes").map(Duration::ofMinutes)
                    .orElse(defaultStaleAfter);
            return new EnvironmentConfig(name, approval, approvers, parallel, requires, allowSkip, failFast,
                    targets, staleAfter);
        }

        private Approval approval(YamlNode.Mapping mapping, List<String> approvers) {
            YamlNode.Entry entry = mapping.entries().get("approval");
            Approval approval;
            if (entry == null) {
                approval = approvers.isEmpty() ? Approval.AUTOMATIC : Approval.MANUAL;
            } else {
                String value = fields.text(entry.value(), "approval").toLowerCase(Locale.ROOT);
                switch (value) {
                    case "automatic":
                        approval = Approval.AUTOMATIC;
                        break;
                    case "manual":
                        approval = Approval.MANUAL;
                        break;
                    default:
                        throw fields.error(entry.value().location(), "approval must be 'automatic' or 'manual', not '"
                                + value + "'.");
                }
            }
            if (approval == Approval.MANUAL && approvers.isEmpty()) {
                throw fields.error(entry == null ? mapping.location() : entry.value().location(),
                        "manual approval needs approvers: add 'approvers: [user-or-group, ...]'.");
            }
            if (approval == Approval.AUTOMATIC && !approvers.isEmpty()) {
                throw fields.error(mapping.entries().get("approvers").keyLocation(), "approvers are only used with"
                        + " 'approval: manual': set it, or remove the approvers.");
            }
            return approval;
        }

        private List<Located<DeploymentTarget>> targets(YamlNode item, String environment, String historyTable,
                Optional<String> schema) {
            YamlNode.Mapping mapping = fields.mapping(item, "a target");
            fields.checkKeys(mapping, TARGET_KEYS, "in a target");
            String url = jdbcUrl(mapping, "this target of the environment '" + environment + "' has no url: add"
                    + " 'url: jdbc:postgresql://host:5432/database' (or the URL of your engine).",
                    "jdbc:postgresql://host:5432/database");
            YamlNode.Entry urlEntry = mapping.entries().get("url");
            Optional<String> credentials = credentials(mapping);
            String targetHistoryTable = fields.optionalIdentifier(mapping, "historyTable").orElse(historyTable);
            Optional<String> targetSchema = fields.optionalIdentifier(mapping, "schema").or(() -> schema);
            Optional<String> name = fields.optionalText(mapping, "name");
            YamlNode.Entry databasesEntry = mapping.entries().get("databases");
            List<Located<DeploymentTarget>> targets = new ArrayList<>();
            if (databasesEntry == null) {
                if (url.contains(GROUP_PLACEHOLDER)) {
                    throw fields.error(urlEntry.value().location(), "the url contains {name} but the target has no"
                            + " 'databases' list to fill it from: add 'databases: [a, b]' or remove {name}.");
                }
                String targetName = name.orElseGet(() -> defaultName(url));
                targets.add(new Located<>(new DeploymentTarget(environment, targetName, url, credentials,
                        targetHistoryTable, targetSchema), mapping.location()));
                return targets;
            }
            if (!url.contains(GROUP_PLACEHOLDER)) {
                throw fields.error(urlEntry.value().location(), "this target lists 'databases' but its url has"
                        + " no {name} placeholder: write the database's place in the URL as {name}, for example"
                        + " jdbc:postgresql://host:5432/tenant_{name}.");
            }
            YamlNode.Sequence databases = fields.sequence(databasesEntry.value(), "databases");
            if (databases.items().isEmpty()) {
                throw fields.error(databases.location(), "the database group is empty: list at least one database.");
            }
            for (YamlNode database : databases.items()) {
                String databaseName = fields.name(database, "database name");
                String targetName = name.map(template -> template.replace(GROUP_PLACEHOLDER, databaseName))
                        .orElse(databaseName);
                targets.add(new Located<>(new DeploymentTarget(environment, targetName,
                        url.replace(GROUP_PLACEHOLDER, databaseName), credentials, targetHistoryTable, targetSchema),
                        database.location()));
            }
            return targets;
        }

        /**
         * The {@code url} of a target or of the dry-run server: present, or the error {@code missing}; a JDBC URL, or
         * an error that shows {@code example}.
         */
        private String jdbcUrl(YamlNode.Mapping mapping, String missing, String example) {
            YamlNode.Entry urlEntry = mapping.entries().get("url");
            if (urlEntry == null || fields.isNull(urlEntry.value())) {
                throw fields.error(mapping.location(), missing);
            }
            String url = fields.text(urlEntry.value(), "url");
            if (!url.startsWith("jdbc:")) {
                throw fields.error(urlEntry.value().location(), "the url '" + JdbcUrls.redact(url)
                        + "' is not a JDBC URL: it must start with 'jdbc:', for example " + example + ".");
            }
            return url;
        }

        /** The optional {@code credentials} reference, checked where it stands. */
        private Optional<String> credentials(YamlNode.Mapping mapping) {
            Optional<String> credentials = fields.optionalText(mapping, "credentials");
            credentials.ifPresent(reference -> checkCredentials(reference,
                    mapping.entries().get("credentials").value().location()));
            return credentials;
        }

        private void checkCredentials(String reference, TextPosition location) {
            try {
                CredentialsReference.parse(reference);
            } catch (IllegalArgumentException e) {
                throw fields.error(location, e.getMessage());
            }
        }
    }

    /** A short default target name from a JDBC URL: host and database, without credentials or parameters. */
    static String defaultName(String url) {
        String rest = url.replaceFirst("^jdbc:[a-zA-Z0-9]+:", "");
        rest = rest.replaceFirst("^//", "").replaceFirst("^[^/@]*@", "");
        int cut = rest.length();
        for (char separator : new char[] {'?', ';'}) {
            int index = rest.indexOf(separator);
            if (index >= 0) {
                cut = Math.min(cut, index);
            }
        }
        String name = rest.substring(0, cut).replaceAll("[^A-Za-z0-9_.:/-]", "_");
        return name.isEmpty() ? "default" : name;
    }

    private record Located<T>(T value, TextPosition location) {
    }
}
