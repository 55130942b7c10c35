package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.NameOffsets;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
 * PostgreSQL's {@code ALTER INDEX ... RENAME TO} names is
 * checked against the {@code format} (with its templates expanded) and {@code maxLength}.
 */
abstract class IndexNamingRule implements Rule {
    private static final Pattern ALTER_INDEX_RENAME = Pattern.compile(
            "(?is)\\s*ALTER\\s+INDEX\\s+(?:IF\\s+EXISTS\\s+)?(\\S+)\\s+RENAME\\s+TO\\s+(\\S+)\\s*");

    /** The kind of index this rule names. */
    abstract Ddl.IndexKind kind();

    /** The noun Bytebase's messages use, e.g. {@code Index}, {@code Unique key}. */
    abstract String noun();

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        // unparsed ALTER INDEX ... RENAME still arrives
        return List.of(CreateTable.class, Alter.class, CreateIndex.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (statement.ast().isEmpty() || statement.ast().get() instanceof UnsupportedStatement) {
            Matcher rename = ALTER_INDEX_RENAME.matcher(statement.text());
            if (rename.matches()) {
                checkPostgresqlRename(statement, rule, Ddl.unquote(rename.group(1)), Ddl.unquote(rename.group(2)));
            }
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
                if (expression.getOperation() == AlterOperation.RENAME_INDEX) {
                    checkRename(statement, rule, alter, expression);
                }
            }
        } else if (statement.ast().get() instanceof CreateIndex create) {
            Ddl.IndexKind kind = Ddl.kind(create.getIndex());
            if (kind == kind()) {
                checkName(statement, rule, Ddl.tableName(create.getTable()), Ddl.name(create.getIndex()),
                        IndexNameTemplates.values(Ddl.tableName(create.getTable()),
                                Ddl.columnNames(create.getIndex())));
            }
        }
    }

    private void checkIndex(StatementContext statement, RuleContext rule, String table, Index index) {
        if (Ddl.kind(index) != kind()) {
            return;
        }
        Map<String, String> values = IndexNameTemplates.values(table, Ddl.columnNames(index));
        if (index instanceof ForeignKeyIndex foreignKey) {
            values.put("referencing_table", table);
            values.put("referencing_column", String.join("_", Ddl.columnNames(index)));
            values.put("referenced_table", Ddl.tableName(foreignKey.getTable()));
            values.put("referenced_column", String.join("_", foreignKey.getReferencedColumnNames() == null ? List.of()
                    : foreignKey.getReferencedColumnNames().stream().map(Ddl::unquote).toList()));
        }
        checkName(statement, rule, table, Ddl.name(index), values);
    }

    /** MySQL's {@code RENAME INDEX old TO new}: the columns come from the catalog. */
    private void checkRename(StatementContext statement, RuleContext rule, Alter alter, AlterExpression expression) {
        String table = Ddl.tableName(alter.getTable());
        String oldName = expression.getOldIndex() == null ? "" : Ddl.name(expression.getOldIndex());
        Optional<CatalogIndex> existing = statement.catalog().table(alter.getTable().getFullyQualifiedName())
                .flatMap(catalogTable -> find(catalogTable, oldName));
        existing.filter(index -> kindOf(index) == kind()).ifPresent(index ->
                checkName(statement, rule, table, Ddl.name(expression.getIndex()),
                        IndexNameTemplates.values(table, index.columns())));
    }

    /** PostgreSQL's {@code ALTER INDEX old RENAME TO new}, which JSqlParser does not parse: the table comes from the catalog. */
    private void checkPostgresqlRename(StatementContext statement, RuleContext rule, String oldName, String newName) {
        String bareOld = oldName.substring(oldName.lastIndexOf('.') + 1);
        for (CatalogTable table : statement.catalog().tables()) {
            Optional<CatalogIndex> index = find(table, bareOld).filter(found -> kindOf(found) == kind());
            if (index.isPresent()) {
                checkName(statement, rule, table.name(), newName.substring(newName.lastIndexOf('.') + 1),
                        IndexNameTemplates.values(table.name(), index.get().columns()));
                return;
            }
        }
    }

    private static Optional<CatalogIndex> find(CatalogTable table, String name) {
        return table.indexes().stream().filter(index -> name.equalsIgnoreCase(index.name())).findFirst();
    }

    private static Ddl.IndexKind kindOf(CatalogIndex index) {
        return index.primaryKey() ? Ddl.IndexKind.PRIMARY : index.unique() ? Ddl.IndexKind.UNIQUE : Ddl.IndexKind.PLAIN;
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
            rule.report(statement, offset, noun() + " " + quotedName + " in table " + quotedTable
                    + " mismatches the naming convention, its length should be within " + maxLength + " characters.");
        }
        if (badFormat) {
            rule.report(statement, offset, noun() + " in table " + quotedTable
                    + " mismatches the naming convention, expect \"" + format + "\" but found " + quotedName + ".");
        }
    }
}
