package io.jenkins.plugins.dbgitops.engine.review.rules.index;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TableIndexes;
import java.util.List;
import java.util.Locale;
import net.sf.jsqlparser.statement.Statement;

/**
 * Bytebase's {@code index.type-no-blob} (MySQL): no index, key or unique constraint on BLOB, TEXT or JSON columns.
 * Column types come from the statement or the catalog. FULLTEXT indexes, which exist for text, are exempt.
 */
public final class IndexTypeNoBlobRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("index.type-no-blob")
            .title("No indexes on BLOB or TEXT columns")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("An index on a BLOB or TEXT column indexes only a prefix, is large, and rarely serves the "
                    + "queries meant.")
            .help("Index a short VARCHAR or a hash column instead, or use a FULLTEXT index for text search.")
            .description("Reports indexes, primary keys and unique keys of CREATE TABLE, ALTER TABLE and CREATE INDEX"
                    + " that include a BLOB, TEXT (any size) or JSON column. MySQL needs a prefix length for them,"
                    + " so uniqueness is only checked on the prefix and lookups read the rows to compare.")
            .failing("CREATE TABLE docs (id int PRIMARY KEY, body text, KEY idx_docs_body (body(100)));")
            .passing("CREATE TABLE docs (id int PRIMARY KEY, body text, title varchar(200), KEY idx_docs_title "
                    + "(title));")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return TableIndexes.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty()) {
            return;
        }
        for (TableIndexes.NewIndex index : TableIndexes.created(statement)) {
            if (index.kind() == Ddl.IndexKind.FOREIGN || fullText(index)) {
                continue;
            }
            for (String column : index.columns()) {
                TableIndexes.columnType(statement, index.table(), column)
                        .filter(type -> ColumnTypes.isMySqlLob(ColumnTypes.baseType(type)))
                        .ifPresent(type -> rule.report(statement, TableIndexes.offset(statement, index),
                                "Columns in index must not be BLOB or TEXT but "
                                        + Naming.quote(statement.engine(), index.tableName()) + "."
                                        + Naming.quote(statement.engine(), column) + " is " + ColumnTypes.displayType(type) + "."));
            }
        }
    }

    private static boolean fullText(TableIndexes.NewIndex index) {
        return index.index() != null && index.index().getType() != null
                && index.index().getType().toUpperCase(Locale.ROOT).contains("FULLTEXT");
    }
}
