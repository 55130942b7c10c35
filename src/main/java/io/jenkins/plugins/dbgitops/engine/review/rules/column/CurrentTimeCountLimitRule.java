package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.ddl.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.ddl.DefinedColumns;
import io.jenkins.plugins.dbgitops.engine.review.rules.ddl.DefinedColumns.Kind;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Bytebase's {@code column.current-time-count-limit}: per table, at most 2 columns defaulting to the current time and
 * at most 1 updated to it ({@code ON UPDATE CURRENT_TIMESTAMP}), counted over CREATE TABLE and ADD COLUMN in a file.
 */
public final class CurrentTimeCountLimitRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.current-time-count-limit")
            .title("Limit current-time columns")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("More than two DEFAULT CURRENT_TIMESTAMP columns or more than one ON UPDATE CURRENT_TIMESTAMP"
                    + " column in a table usually duplicate created_at/updated_at and all change on every write.")
            .help("Keep one created_at (DEFAULT CURRENT_TIMESTAMP) and one updated_at (ON UPDATE CURRENT_TIMESTAMP)"
                    + " column per table.")
            .description("Counts, per table, the columns of CREATE TABLE and ALTER TABLE ADD COLUMN whose default is"
                    + " NOW(), CURRENT_TIMESTAMP, LOCALTIME or LOCALTIMESTAMP (more than 2 is reported) and those"
                    + " with ON UPDATE of one of these (more than 1 is reported), as Bytebase does. Every such"
                    + " column is rewritten on each update, and several of them rarely mean different things.")
            .failing("CREATE TABLE t (\n  a timestamp DEFAULT now() ON UPDATE localtime,\n"
                    + "  b timestamp DEFAULT current_timestamp() ON UPDATE localtimestamp()\n);")
            .passing("CREATE TABLE t (\n  created_at timestamp DEFAULT current_timestamp,\n"
                    + "  updated_at timestamp DEFAULT current_timestamp ON UPDATE current_timestamp\n);")
            .build();

    private static final Set<String> NOW = Set.of("NOW", "CURRENT_TIMESTAMP", "LOCALTIME", "LOCALTIMESTAMP");

    private final Map<String, int[]> counts = new HashMap<>();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        counts.clear();
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
            if (column.kind() != Kind.CREATE_TABLE && column.kind() != Kind.ADD) {
                continue;
            }
            int[] count = counts.computeIfAbsent(column.table().toLowerCase(Locale.ROOT), table -> new int[2]);
            if (isNow(column.tokens(), "DEFAULT") && ++count[0] == 3) {
                rule.report(statement, column.offset(), Impact.of("Table " + column.table()
                        + " has 3 DEFAULT CURRENT_TIMESTAMP columns", DEFINITION));
            }
            if (isNow(column.tokens(), "UPDATE") && ++count[1] == 2) {
                rule.report(statement, column.offset(), Impact.of("Table " + column.table()
                        + " has 2 ON UPDATE CURRENT_TIMESTAMP columns", DEFINITION));
            }
        }
    }

    /** Whether the keyword is followed, possibly inside parentheses, by a current-time function. */
    private static boolean isNow(List<String> tokens, String keyword) {
        int at = tokens.indexOf(keyword);
        while (at >= 0 && at + 1 < tokens.size() && tokens.get(at + 1).equals("(")) {
            at++;
        }
        return at >= 0 && at + 1 < tokens.size() && NOW.contains(tokens.get(at + 1));
    }
}
