package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
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

    /** The syntax-tree types of DML; every other parsed statement is DDL or other. */
    static final List<Class<? extends Statement>> DML_TYPES = List.of(Insert.class, Update.class, Delete.class,
            Merge.class, Upsert.class);

    private static final String STATEMENT_PACKAGE = "net.sf.jsqlparser.statement.";
    private static final Set<String> DDL_PACKAGES = Set.of("create", "alter", "drop", "truncate", "comment");

    /** The kind of each syntax-tree class, worked out once per class. */
    private static final ClassValue<StatementKind> BY_CLASS = new ClassValue<>() {
        @Override
        protected StatementKind computeValue(Class<?> type) {
            return ofClass(type);
        }
    };

    static StatementKind of(StatementContext statement) {
        if (statement.parsed()) {
            return BY_CLASS.get(statement.ast().orElseThrow().getClass());
        }
        String text = statement.normalized();
        int space = text.indexOf(' ');
        String first = space < 0 ? text : text.substring(0, space);
        if (DDL_WORDS.contains(first)) {
            return DDL;
        }
        return DML_WORDS.contains(first) ? DML : OTHER;
    }

    /** By the tree's type alone, so that large parsed statements are never normalised for this. */
    private static StatementKind ofClass(Class<?> type) {
        for (Class<?> dml : DML_TYPES) {
            if (dml.isAssignableFrom(type)) {
                return DML;
            }
        }
        String name = type.getName();
        if (name.startsWith(STATEMENT_PACKAGE)) {
            String rest = name.substring(STATEMENT_PACKAGE.length());
            int dot = rest.indexOf('.');
            if (dot > 0 && DDL_PACKAGES.contains(rest.substring(0, dot))) {
                return DDL;
            }
        }
        return OTHER;
    }
}
