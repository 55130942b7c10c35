package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import java.util.List;
import java.util.function.Function;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of Bytebase's {@code table.disallow-ddl} and {@code table.disallow-dml}: no statement of one kind
 * targets a table in the policy's {@code list}.
 */
abstract class ProtectedTableRule implements Rule {
    private final Function<Statement, List<Table>> targets;
    private final String kind;

    /**
     * @param targets the tables a statement of this kind changes
     * @param kind    the kind in messages: "DDL", "DML"
     */
    ProtectedTableRule(Function<Statement, List<Table>> targets, String kind) {
        this.targets = targets;
        this.kind = kind;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.ast().ifPresent(ast -> {
            for (Table table : targets.apply(ast)) {
                if (protectedTable(rule.config().stringList("list"), table)) {
                    rule.report(statement, NameOffsets.offsetOf(statement.text(), Ddl.tableName(table), 0, 0),
                            kind + " is disallowed on table " + table.getFullyQualifiedName() + ".");
                }
            }
        });
    }

    /** Whether the table is in the list, by plain or qualified name, ignoring case and quotes. */
    static boolean protectedTable(List<String> list, Table table) {
        String name = Ddl.tableName(table);
        String qualified = table.getSchemaName() == null ? name : Ddl.unquote(table.getSchemaName()) + "." + name;
        for (String entry : list) { // a loop, not a stream: called for every statement
            String bare = entry.replace("\"", "").replace("`", "");
            if (bare.equalsIgnoreCase(name) || bare.equalsIgnoreCase(qualified)) {
                return true;
            }
        }
        return false;
    }
}
