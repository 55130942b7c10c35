package io.jenkins.plugins.dbgitops.engine.review.rules.table;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogColumn;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnTypes;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumn;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Naming;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ParsedRule;
import java.util.Map;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.create.table.CreateTable;

/**
 * Bytebase's {@code table.text-fields-total-length} (MySQL): the declared lengths of a table's CHAR, VARCHAR and
 * TEXT columns add up to at most {@code number}. For ALTER TABLE the table's other columns come from the catalog.
 */
public final class TextFieldsTotalLengthRule extends ParsedRule {
    private static final Map<String, Long> TEXT_LENGTHS = Map.of("tinytext", 255L, "text", 65_535L,
            "mediumtext", 16_777_215L, "longtext", 4_294_967_295L);

    public TextFieldsTotalLengthRule() {
        super(Ddl.COLUMN_DEFINING_TYPES);
    }

    @Override
    protected void check(Statement ast, StatementContext statement, RuleContext rule) {
        long total = 0;
        String table;
        if (ast instanceof CreateTable create) {
            table = Ddl.tableName(create.getTable());
            for (DefinedColumn column : Ddl.definedColumns(ast)) {
                total += length(column.type());
            }
        } else if (ast instanceof Alter alter && !Ddl.definedColumns(ast).isEmpty()) {
            table = Ddl.tableName(alter.getTable());
            total = totalAfter(statement, alter);
        } else {
            return;
        }
        int limit = rule.config().integer("number");
        if (total > limit) {
            rule.report(statement, "Table " + Naming.quote(statement.engine(), table) + " total text column length ("
                    + total + ") exceeds the limit (" + limit + ").");
        }
    }

    /** The total after the ALTER: catalog columns, with those the statement redefines replaced. */
    private static long totalAfter(StatementContext statement, Alter alter) {
        long total = 0;
        var defined = Ddl.definedColumns(alter);
        CatalogTable known = statement.catalog().table(alter.getTable().getFullyQualifiedName()).orElse(null);
        if (known != null) {
            for (CatalogColumn column : known.columns()) {
                boolean redefined = defined.stream().anyMatch(change -> change.name().equalsIgnoreCase(column.name())
                        || change.definition() != null && column.name().equalsIgnoreCase(oldName(alter, change)));
                total += redefined ? 0 : length(column.type());
            }
        }
        for (DefinedColumn column : defined) {
            total += length(column.type());
        }
        return total;
    }

    private static String oldName(Alter alter, DefinedColumn change) {
        return Ddl.expressions(alter).stream()
                .filter(expression -> expression.getColDataTypeList() != null
                        && expression.getColDataTypeList().contains(change.definition()))
                .map(expression -> Ddl.unquote(expression.getColumnOldName())).filter(name -> name != null)
                .findFirst().orElse("");
    }

    private static long length(String type) {
        String base = ColumnTypes.baseType(type);
        if (ColumnTypes.isFixedChar(base) || ColumnTypes.isVarchar(base)) {
            return Math.max(ColumnTypes.typeLength(type), base.startsWith("char") ? 1 : 0);
        }
        return TEXT_LENGTHS.getOrDefault(base, 0L);
    }
}
