package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.Set;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.merge.Merge;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.upsert.Upsert;

/** Whether a statement changes data (DML) or the schema (DDL), from its tree or, unparsed, its first keyword. */
enum StatementKind {
    DDL,
    DML,
    OTHER;

    private static final Set<String> DDL_WORDS = Set.of("CREATE", "ALTER", "DROP", "RENAME", "TRUNCATE", "COMMENT");
    private static final Set<String> DML_WORDS = Set.of("INSERT", "UPDATE", "DELETE", "MERGE", "REPLACE", "UPSERT");

    static StatementKind of(StatementContext statement) {
        if (statement.parsed()) {
            Statement ast = statement.ast().orElseThrow();
            if (ast instanceof Insert || ast instanceof Update || ast instanceof Delete || ast instanceof Merge
                    || ast instanceof Upsert) {
                return DML;
            }
        }
        String text = statement.normalized();
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        if (DDL_WORDS.contains(first)) {
            return DDL;
        }
        return DML_WORDS.contains(first) ? DML : OTHER;
    }
}
