package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypeRule;
import java.util.List;
import java.util.Locale;

/** Squawk's prefer-timestamptz. */
public final class PreferTimestamptzRule extends ColumnTypeRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.type.prefer-timestamptz")
            .title("Prefer timestamptz over timestamp")
            .origin("Squawk: prefer-timestamptz")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.WARNING)
            .message("timestamp without time zone loses the instant a value means when sessions use different time zones.")
            .help("Use timestamptz (timestamp with time zone).")
            .description("timestamp stores a wall-clock reading with no zone: the same instant written from sessions"
                    + " in different TimeZone settings ends up as different values, and arithmetic across daylight"
                    + " saving changes is wrong. timestamptz stores the instant (in UTC) and converts on the way in"
                    + " and out, at no extra cost.")
            .failing("CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamp);")
            .passing("CREATE TABLE events (id bigint PRIMARY KEY, happened_at timestamptz);")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected String finding(String table, String column, String typeName, String typeText, List<String> specs) {
        String type = typeText.toLowerCase(Locale.ROOT);
        boolean naive = type.startsWith("timestamp") && !type.startsWith("timestamptz") && !type.contains("with time zone")
                || type.contains("without time zone");
        return naive ? "Column " + table + "." + column + " is " + typeText
                + " without a time zone; use timestamptz." : null;
    }
}
