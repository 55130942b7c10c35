package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code column.current-time-count-limit} (MySQL): at most two columns of a table default to the current
 * time and at most one is updated with it. Counts across the statements of one file, as Bytebase does.
 */
public final class ColumnCurrentTimeCountLimitRule implements Rule {
    private static final Pattern DEFAULT_NOW = Pattern.compile(
            " DEFAULT (CURRENT_TIMESTAMP|NOW|LOCALTIME|LOCALTIMESTAMP)\\b");
    private static final Pattern ON_UPDATE_NOW = Pattern.compile(
            " ON UPDATE (CURRENT_TIMESTAMP|NOW|LOCALTIME|LOCALTIMESTAMP)\\b");
    private static final int DEFAULT_LIMIT = 2;
    private static final int ON_UPDATE_LIMIT = 1;

    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.current-time-count-limit")
            .title("Limit current-time columns")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("More than two DEFAULT CURRENT_TIMESTAMP or more than one ON UPDATE CURRENT_TIMESTAMP column"
                    + " in a table means timestamps that say nothing distinct.")
            .help("Keep one created and one updated timestamp per table; set other times explicitly.")
            .description("Counts, per table and file, the columns of CREATE TABLE and ALTER TABLE that default to"
                    + " CURRENT_TIMESTAMP (or NOW()) and those with ON UPDATE CURRENT_TIMESTAMP, and reports more"
                    + " than two and more than one. Every such column gets the same value, which is a sign of a"
                    + " mistaken design.")
            .failing("CREATE TABLE t (id int PRIMARY KEY, a timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE"
                    + " CURRENT_TIMESTAMP, b timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);")
            .passing("CREATE TABLE t (id int PRIMARY KEY, created_at timestamp DEFAULT CURRENT_TIMESTAMP,"
                    + " updated_at timestamp DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP);")
            .build();

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
    public List<Class<? extends Statement>> statementTypes() {
        return Ddl.COLUMN_DEFINING_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        Map<String, int[]> before = new HashMap<>();
        for (DefinedColumn column : Ddl.definedColumns(statement.ast().get())) {
            String key = column.table().toLowerCase(Locale.ROOT);
            int[] count = counts.computeIfAbsent(key, table -> new int[2]);
            before.putIfAbsent(key, count.clone());
            String specs = column.specs();
            count[0] += DEFAULT_NOW.matcher(specs).find() ? 1 : 0;
            count[1] += ON_UPDATE_NOW.matcher(specs).find() ? 1 : 0;
        }
        before.forEach((key, previous) -> {
            int[] now = counts.get(key);
            String table = Naming.quote(statement.engine(), key);
            if (now[0] > DEFAULT_LIMIT && previous[0] <= DEFAULT_LIMIT) {
                rule.report(statement, "Table " + table + " has " + now[0] + " DEFAULT CURRENT_TIMESTAMP() columns."
                        + " The count greater than " + DEFAULT_LIMIT + ".");
            }
            if (now[1] > ON_UPDATE_LIMIT && previous[1] <= ON_UPDATE_LIMIT) {
                rule.report(statement, "Table " + table + " has " + now[1] + " ON UPDATE CURRENT_TIMESTAMP() columns."
                        + " The count greater than " + ON_UPDATE_LIMIT + ".");
            }
        });
    }
}
