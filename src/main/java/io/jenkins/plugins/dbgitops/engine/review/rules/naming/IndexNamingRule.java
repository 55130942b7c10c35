package io.jenkins.plugins.dbgitops.engine.review.rules.naming;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogIndex;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.support.Naming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
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
    /** PostgreSQL's {@code ADD CONSTRAINT name PRIMARY KEY | UNIQUE USING INDEX idx}, which JSqlParser does not parse. */
    private static final Pattern ADD_USING_INDEX = Pattern.compile("(?is)\\s*ALTER\\s+TABLE\\s+(?:IF\\s+EXISTS\\s+)?"
            + "(?:ONLY\\s+)?(\\S+)\\s+ADD\\s+CONSTRAINT\\s+(\\S+)\\s+(PRIMARY\\s+KEY|UNIQUE)\\s+USING\\s+INDEX\\s+(\\S+)\\s*");

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
            Matcher usingIndex = ADD_USING_INDEX.matcher(statement.text());
            if (usingIndex.matches()) {
                checkUsingIndex(statement, rule, usingIndex);
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
                if (expression.getOperation() == AlterOperation.RENAME_INDEX
                        || expression.getOperation() == AlterOperation.RENAME_CONSTRAINT) {
                    checkRename(statement, rule, alter, expression);
                }
            }
        } else if (statement.ast().get() instanceof CreateIndex create) {
            checkCreateIndex(statement, rule, create);
        }
        if (kind() == Ddl.IndexKind.FOREIGN) {
            for (InlineForeignKeys.InlineForeignKey key : InlineForeignKeys.of(statement.ast().get())) {
                Map<String, String> values = values(key.table(), List.of(key.column()));
                values.put("referencing_table", key.table());
                values.put("referencing_column", key.column());
                values.put("referenced_table", key.referencedTable());
                values.put("referenced_column", key.referencedColumn());
                checkName(statement, rule, key.table(), key.name(), values);
            }
        }
    }

    private void checkCreateIndex(StatementContext statement, RuleContext rule, CreateIndex create) {
        if (Ddl.kind(create.getIndex()) == kind()) {
            checkName(statement, rule, Ddl.tableName(create.getTable()), Ddl.name(create.getIndex()),
                    values(Ddl.tableName(create.getTable()), Ddl.columnNames(create.getIndex())));
        }
    }

    /** The constraint takes over an existing index: its columns come from the catalog. */
    private void checkUsingIndex(StatementContext statement, RuleContext rule, Matcher usingIndex) {
        Ddl.IndexKind kind = usingIndex.group(3).toUpperCase(Locale.ROOT).startsWith("PRIMARY")
                ? Ddl.IndexKind.PRIMARY : Ddl.IndexKind.UNIQUE;
        if (kind != kind()) {
            return;
        }
        String table = Ddl.unquote(usingIndex.group(1));
        String bareTable = table.substring(table.lastIndexOf('.') + 1);
        String indexName = Ddl.unquote(usingIndex.group(4));
        statement.catalog().table(table).flatMap(catalogTable -> find(catalogTable, indexName)).ifPresent(index ->
                checkName(statement, rule, bareTable, Ddl.unquote(usingIndex.group(2)),
                        values(bareTable, index.columns())));
    }

    private void checkIndex(StatementContext statement, RuleContext rule, String table, Index index) {
        if (Ddl.kind(index) != kind()) {
            return;
        }
        Map<String, String> values = values(table, Ddl.columnNames(index));
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
                checkName(statement, rule, table, Ddl.name(expression.getIndex()), values(table, index.columns())));
    }

    /** PostgreSQL's {@code ALTER INDEX old RENAME TO new}, which JSqlParser does not parse: the table comes from the catalog. */
    private void checkPostgresqlRename(StatementContext statement, RuleContext rule, String oldName, String newName) {
        String bareOld = oldName.substring(oldName.lastIndexOf('.') + 1);
        for (CatalogTable table : statement.catalog().tables()) {
            Optional<CatalogIndex> index = find(table, bareOld).filter(found -> kindOf(found) == kind());
            if (index.isPresent()) {
                checkName(statement, rule, table.name(), newName.substring(newName.lastIndexOf('.') + 1),
                        values(table.name(), index.get().columns()));
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

    private static Map<String, String> values(String table, List<String> columns) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("table", table);
        values.put("column_list", String.join("_", columns));
        return values;
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
        int offset = Ddl.offsetOf(statement.text(), name, 0, 0);
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
