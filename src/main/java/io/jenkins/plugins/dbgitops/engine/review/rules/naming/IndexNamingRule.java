package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.UnsupportedStatement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterExpression;
import net.sf.jsqlparser.statement.alter.AlterOperation;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.create.table.CreateTable;
import net.sf.jsqlparser.statement.create.table.ForeignKeyIndex;
import net.sf.jsqlparser.statement.create.table.Index;

/**
 * The shared walk of Bytebase's {@code naming.index.*} rules: every index or constraint of one kind that a
 * {@code CREATE TABLE}, {@code ALTER TABLE ... ADD}, {@code CREATE INDEX}, MySQL's {@code RENAME INDEX} or
 * PostgreSQL's {@code ALTER INDEX ... RENAME TO} and {@code ADD CONSTRAINT ... USING INDEX} name is
 * checked against the {@code format} (with its templates expanded) and {@code maxLength}.
 */
abstract class IndexNamingRule implements Rule {
    private final Ddl.IndexKind kind;
    private final String noun;

    /**
     * @param kind the kind of index this rule names
     * @param noun the noun Bytebase's messages use, e.g. {@code Index}, {@code Unique key}
     */
    IndexNamingRule(Ddl.IndexKind kind, String noun) {
        this.kind = kind;
        this.noun = noun;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        // unparsed ALTER INDEX ... RENAME still arrives
        return List.of(CreateTable.class, Alter.class, CreateIndex.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty() || statement.ast().get() instanceof UnsupportedStatement) {
            UnparsedIndexNames.of(statement).filter(index -> index.kind() == kind).ifPresent(index ->
                    checkName(statement, rule, index.table(), index.name(),
                            IndexNameTemplates.values(index.table(), index.columns())));
            return;
        }
        if (statement.ast().get() instanceof CreateTable create) {
            String table = Ddl.tableName(create.getTable());
            for (Index index : Ddl.indexes(create)) {
                checkIndex(statement, rule, table, index);
            }
        } else if (statement.ast().get() instanceof Alter alter) {
            String table = Ddl.tableName(alter.getTable());
            for (Index index : Ddl.addedIndexes(alter)) {
                checkIndex(statement, rule, table, index);
            }
            for (AlterExpression expression : Ddl.expressions(alter)) {
                if (expression.getOperation() == AlterOperation.RENAME_INDEX
                        || expression.getOperation() == AlterOperation.RENAME_CONSTRAINT) {
                    checkRename(statement, rule, alter, expression);
                }
            }
        } else if (statement.ast().get() instanceof CreateIndex create) {
            checkCreateIndex(statement, rule, create);
        }
        if (kind == Ddl.IndexKind.FOREIGN) {
            for (InlineForeignKeys.InlineForeignKey key : InlineForeignKeys.of(statement.ast().get())) {
                checkName(statement, rule, key.table(), key.name(), IndexNameTemplates.foreignKeyValues(key.table(),
                        List.of(key.column()), key.referencedTable(), List.of(key.referencedColumn())));
            }
        }
    }

    private void checkCreateIndex(StatementContext statement, RuleContext rule, CreateIndex create) {
        if (Ddl.kind(create.getIndex()) == kind) {
            checkName(statement, rule, Ddl.tableName(create.getTable()), Ddl.name(create.getIndex()),
                    IndexNameTemplates.values(Ddl.tableName(create.getTable()), Ddl.columnNames(create.getIndex())));
        }
    }

    private void checkIndex(StatementContext statement, RuleContext rule, String table, Index index) {
        if (Ddl.kind(index) != kind) {
            return;
        }
        Map<String, String> values = index instanceof ForeignKeyIndex foreignKey
                ? IndexNameTemplates.foreignKeyValues(table, Ddl.columnNames(index),
                        Ddl.tableName(foreignKey.getTable()),
                        foreignKey.getReferencedColumnNames() == null ? List.of()
                                : foreignKey.getReferencedColumnNames().stream().map(Ddl::unquote).toList())
                : IndexNameTemplates.values(table, Ddl.columnNames(index));
        checkName(statement, rule, table, Ddl.name(index), values);
    }

    /** MySQL's {@code RENAME INDEX old TO new}: the columns come from the catalog. */
    private void checkRename(StatementContext statement, RuleContext rule, Alter alter, AlterExpression expression) {
        String table = Ddl.tableName(alter.getTable());
        String oldName = expression.getOldIndex() == null ? "" : Ddl.name(expression.getOldIndex());
        Optional<CatalogIndex> existing = statement.catalog().table(alter.getTable().getFullyQualifiedName())
                .flatMap(catalogTable -> UnparsedIndexNames.find(catalogTable, oldName));
        existing.filter(index -> UnparsedIndexNames.kindOf(index) == kind).ifPresent(index ->
                checkName(statement, rule, table, Ddl.name(expression.getIndex()),
                        IndexNameTemplates.values(table, index.columns())));
    }

    final void checkName(StatementContext statement, RuleContext rule, String table, String name,
            Map<String, String> values) {
        String format = Naming.expand(rule.config().string("format"), values);
        int maxLength = rule.config().integer("maxLength");
        boolean tooLong = maxLength > 0 && name.length() > maxLength;
        boolean badFormat = !Naming.matches(format, name);
        if (!tooLong && !badFormat) {
            return; // the usual case: no finding, so the name need not be found in the text
        }
        int offset = NameOffsets.offsetOf(statement.text(), name, 0, 0);
        String quotedTable = Naming.quote(statement.engine(), table);
        String quotedName = Naming.quote(statement.engine(), name);
        if (tooLong) {
            rule.report(statement, offset, noun + " " + quotedName + " in table " + quotedTable
                    + " mismatches the naming convention, its length should be within " + maxLength + " characters.");
        }
        if (badFormat) {
            rule.report(statement, offset, noun + " in table " + quotedTable
                    + " mismatches the naming convention, expect \"" + format + "\" but found " + quotedName + ".");
        }
    }
}
