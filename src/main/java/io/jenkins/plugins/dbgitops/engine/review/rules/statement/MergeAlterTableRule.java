package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import io.jenkins.plugins.dbgitops.engine.review.FileContext;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code statement.merge-alter-table}: a table created or altered by more than one statement of a file.
 * Reported once per table, at the last of those statements.
 */
public final class MergeAlterTableRule implements Rule {
    private final Map<String, Changes> changes = new LinkedHashMap<>();

    private static final class Changes {
        private final String name;
        private int count;
        private int lastLine;

        Changes(String name) {
            this.name = name;
        }
    }

    @Override
    public void startFile(FileContext file, RuleContext rule) {
        changes.clear();
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateTable.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        Statement ast = statement.ast().orElse(null);
        if (ast instanceof CreateTable create) {
            count(create.getTable(), statement);
        } else if (ast instanceof Alter alter) {
            count(alter.getTable(), statement);
        }
    }

    private void count(Table table, StatementContext statement) {
        Changes entry = changes.computeIfAbsent(StatementTexts.key(table.getFullyQualifiedName()),
                key -> new Changes(StatementTexts.name(table)));
        entry.count++;
        entry.lastLine = statement.statement().line();
    }

    @Override
    public void endFile(FileContext file, RuleContext rule) {
        for (Changes entry : changes.values()) {
            if (entry.count > 1) {
                rule.reportAt(file, entry.lastLine, 1, "There are " + entry.count + " statements to modify table `"
                        + entry.name + "`; each one locks the table again.");
            }
        }
    }
}
