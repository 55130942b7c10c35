package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a user reads about a rule, declared next to its code: the id, the engines it checks, its default level
 * and payload, what it checks and why, how to fix it, and one example that fails and one that passes.
 * {@code docs/rules.md} is generated from these, and every rule's examples are run by its tests.
 *
 * @param id           dotted id in Bytebase's style, e.g. {@code statement.where.require.update-delete}
 * @param title        a short noun phrase for tables of contents
 * @param origin       where the rule comes from: {@code Bytebase}, {@code Squawk: <rule>}, {@code Atlas: <code>}, {@code dbgitops}
 * @param engines      the engines the rule applies to
 * @param defaultLevel the level when a policy names the rule without a level
 * @param message      the default finding message: the impact, in one sentence
 * @param help         the remedy, in one sentence
 * @param description  what the rule checks and why it matters, a few sentences
 * @param failing      SQL that produces at least one finding
 * @param passing      SQL with the same intent that produces none
 * @param payload      the settings the rule accepts
 * @param optIn        a matter of house style or organisation policy rather than safety (comments on every column,
 *                     no views, fully-qualified names): off in the built-in {@code prod} and {@code dev} templates,
 *                     on when a policy names it or uses the {@code all} template
 * @param alwaysOn     Bytebase runs it whatever a policy says, so a Bytebase policy keeps it at its default level
 * @param reportedByEngine the review engine reports its findings itself (no rule's check can see them); no
 *                     {@code Rule} implements it
 */
public record RuleDefinition(String id, String title, String origin, Set<SqlEngine> engines, Level defaultLevel,
        String message, String help, String description, String failing, String passing, List<PayloadField> payload,
        boolean optIn, boolean alwaysOn, boolean reportedByEngine) {
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    public RuleDefinition {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("Rule id '" + id + "' is not dotted lower-case words, e.g. table.require-pk");
        }
        engines = Set.copyOf(engines);
        payload = List.copyOf(payload);
    }

    /** The first segment of the id: {@code naming}, {@code table}, {@code column}, {@code statement}, ... */
    public String category() {
        return id.substring(0, id.indexOf('.'));
    }

    public boolean appliesTo(SqlEngine engine) {
        return engines.contains(engine);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    /** Builds a definition; {@link #build()} checks that every documentation field is filled. */
    public static final class Builder {
        private final String id;
        private String title;
        private String origin = "dbgitops";
        private Set<SqlEngine> engines = EnumSet.of(SqlEngine.POSTGRESQL, SqlEngine.MYSQL, SqlEngine.MARIADB);
        private Level defaultLevel = Level.WARNING;
        private String message;
        private String help;
        private String description;
        private String failing;
        private String passing;
        private final List<PayloadField> payload = new ArrayList<>();
        private boolean optIn;
        private boolean alwaysOn;
        private boolean reportedByEngine;

        private Builder(String id) {
            this.id = id;
        }

        public Builder title(String value) {
            this.title = value;
            return this;
        }

        public Builder origin(String value) {
            this.origin = value;
            return this;
        }

        public Builder engines(Set<SqlEngine> value) {
            this.engines = value;
            return this;
        }

        public Builder defaultLevel(Level value) {
            this.defaultLevel = value;
            return this;
        }

        public Builder message(String value) {
            this.message = value;
            return this;
        }

        public Builder help(String value) {
            this.help = value;
            return this;
        }

        public Builder description(String value) {
            this.description = value;
            return this;
        }

        public Builder failing(String sql) {
            this.failing = sql;
            return this;
        }

        public Builder passing(String sql) {
            this.passing = sql;
            return this;
        }

        /** Marks a house-style or organisation-policy rule: off in the built-in templates until a policy asks. */
        public Builder optIn() {
            this.optIn = true;
            return this;
        }

        /** Marks a rule Bytebase always runs: a Bytebase policy keeps it at its default level. */
        public Builder alwaysOn() {
            this.alwaysOn = true;
            return this;
        }

        /** Marks a rule whose findings the review engine reports itself; see {@code EngineRules}. */
        public Builder reportedByEngine() {
            this.reportedByEngine = true;
            return this;
        }

        public Builder payload(PayloadField field) {
            this.payload.add(field);
            return this;
        }

        public RuleDefinition build() {
            requireText(title, "title");
            requireText(message, "message");
            requireText(help, "help");
            requireText(description, "description");
            requireText(failing, "failing example");
            requireText(passing, "passing example");
            if (engines.isEmpty()) {
                throw new IllegalStateException("Rule " + id + " applies to no engine");
            }
            return new RuleDefinition(id, title, origin, engines, defaultLevel, message, help, description,
                    failing, passing, payload, optIn, alwaysOn, reportedByEngine);
        }

        private void requireText(String value, String what) {
            if (value == null || value.isBlank()) {
                throw new IllegalStateException("Rule " + id + " has no " + what + ": every rule documents itself");
            }
        }
    }
}
