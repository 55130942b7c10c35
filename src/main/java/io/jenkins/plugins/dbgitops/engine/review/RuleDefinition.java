package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Everything a user reads about a rule, declared next to its code: the id, the engines it checks, its default level
 * and payload, what it checks and why, how to fix it, and one example that fails and one that passes.
 * {@code docs/rules.md} is generated from these, and every rule's examples are run by its tests; a definition with a
 * documentation field left blank is refused.
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
        requireText(id, title, "title");
        requireText(id, message, "message");
        requireText(id, help, "help");
        requireText(id, description, "description");
        requireText(id, failing, "failing example");
        requireText(id, passing, "passing example");
        if (engines.isEmpty()) {
            throw new IllegalArgumentException("Rule " + id + " applies to no engine");
        }
        engines = Set.copyOf(engines);
        payload = List.copyOf(payload);
    }

    private static void requireText(String id, String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Rule " + id + " has no " + what + ": every rule documents itself");
        }
    }

    /** The first segment of the id: {@code naming}, {@code table}, {@code column}, {@code statement}, ... */
    public String category() {
        return id.substring(0, id.indexOf('.'));
    }

    public boolean appliesTo(SqlEngine engine) {
        return engines.contains(engine);
    }
}
