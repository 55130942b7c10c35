package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumnRule;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code column.current-time-count-limit} (MySQL): at most two columns of a table default to the current
 * time and at most one is updated with it. Counts across the statements of one file, as Bytebase does.
 */
public final class ColumnCurrentTimeCountLimitRule extends DefinedColumnRule {
    private static final Pattern DEFAULT_NOW = Pattern.compile(
            " DEFAULT (CURRENT_TIMESTAMP|NOW|LOCALTIME|LOCALTIMESTAMP)\\b");
    private static final Pattern ON_UPDATE_NOW = Pattern.compile(
            " ON UPDATE (CURRENT_TIMESTAMP|NOW|LOCALTIME|LOCALTIMESTAMP)\\b");
    private static final int DEFAULT_LIMIT = 2;
    private static final int ON_UPDATE_LIMIT = 1;

    /** Per table (lower case): DEFAULT now columns, ON UPDATE now columns, line of the last one counted. */
    private final Map<String, int[]> counts = new HashMap<>();

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        counts.clear();
    }

    /** Counts the column; the counts are judged when the file ends. */
    @Override
    protected String finding(DefinedColumn column, Statement ast, StatementContext statement, RuleContext rule) {
        String specs = column.specs();
        boolean defaultNow = DEFAULT_NOW.matcher(specs).find();
        boolean onUpdateNow = ON_UPDATE_NOW.matcher(specs).find();
        if (defaultNow || onUpdateNow) {
            int[] count = counts.computeIfAbsent(column.table().toLowerCase(Locale.ROOT), table -> new int[3]);
            count[0] += defaultNow ? 1 : 0;
            count[1] += onUpdateNow ? 1 : 0;
            count[2] = statement.positionOf(column.offsetIn(statement.text()))[0];
        }
        return null;
    }

    /** Judged when the file ends, at the last counted column of each table, as Bytebase's MySQL advisor does. */
    @Override
    public void endFile(FileContext file, RuleContext rule) {
        counts.entrySet().stream().sorted(Comparator.comparingInt(entry -> entry.getValue()[2])).forEach(entry -> {
            int[] count = entry.getValue();
            String table = Naming.quote(file.engine(), entry.getKey());
            if (count[0] > DEFAULT_LIMIT) {
                rule.reportAt(file, count[2], 1, "Table " + table + " has " + count[0]
                        + " DEFAULT CURRENT_TIMESTAMP() columns. The count greater than " + DEFAULT_LIMIT + ".");
            }
            if (count[1] > ON_UPDATE_LIMIT) {
                rule.reportAt(file, count[2], 1, "Table " + table + " has " + count[1]
                        + " ON UPDATE CURRENT_TIMESTAMP() columns. The count greater than " + ON_UPDATE_LIMIT + ".");
            }
        });
    }
}
