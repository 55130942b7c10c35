package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogColumn;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.catalog.ColumnDefinitions;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.QueryTree;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTexts;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.PlainSelect;

/**
 * Bytebase's {@code statement.join-strict-column-attrs}: the columns compared in a JOIN ... ON equality must have the
 * same type (and character set, where the type names one). Needs the catalog; unknown columns pass.
 */
public final class JoinStrictColumnAttrsRule extends QueryRule {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<String, String> SYNONYMS = Map.ofEntries(Map.entry("integer", "int"),
            Map.entry("int4", "int"), Map.entry("serial", "int"), Map.entry("serial4", "int"),
            Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("bool", "boolean"), Map.entry("float8", "double"), Map.entry("float4", "real"));
    private static final Pattern INTEGER_WIDTH = Pattern.compile("^(tinyint|smallint|mediumint|int|integer|bigint)\\(\\d+\\)");

    @Override
    protected void check(QueryTree query, StatementContext statement, RuleContext rule) {
        for (QueryTree.Block block : query.selects()) {
            checkJoins(statement, rule, block.select());
        }
    }

    private static void checkJoins(StatementContext statement, RuleContext rule, PlainSelect select) {
        if (select.getJoins() == null) {
            return;
        }
        Map<String, Table> scope = StatementTexts.scope(select.getFromItem(), select.getJoins());
        for (Join join : select.getJoins()) {
            for (Expression on : join.getOnExpressions()) {
                QueryTree.walk(on, node -> {
                    if (node instanceof EqualsTo equals && equals.getLeftExpression() instanceof Column left
                            && equals.getRightExpression() instanceof Column right) {
                        compare(statement, rule, scope, left, right);
                    }
                });
            }
        }
    }

    private static void compare(StatementContext statement, RuleContext rule, Map<String, Table> scope, Column left,
            Column right) {
        CatalogColumn leftColumn = column(statement, scope, left);
        CatalogColumn rightColumn = leftColumn == null ? null : column(statement, scope, right);
        // types written alike need no regex normalising: most joins compare a key with a key of the same type
        if (rightColumn != null && !leftColumn.type().equals(rightColumn.type())
                && !normalize(leftColumn.type()).equals(normalize(rightColumn.type()))) {
            rule.report(statement, "JOIN compares " + left + " (" + leftColumn.type() + ") with " + right + " ("
                    + rightColumn.type() + "): the types differ, so every row is converted and the index is"
                    + " not used.");
        }
    }

    /** The catalog's column, or null when unknown. */
    private static CatalogColumn column(StatementContext statement, Map<String, Table> scope, Column column) {
        if (column.getTable() == null || column.getTable().getName() == null) {
            return null; // an unqualified column in a join is ambiguous without the whole catalog
        }
        CatalogTable table = StatementTexts.tableOf(column, scope, statement).orElse(null);
        return table == null ? null : table.column(ColumnDefinitions.unquote(column.getColumnName())).orElse(null);
    }

    /** Folds spellings of one type together: integer widths, serial types, PostgreSQL's short and long names. */
    static String normalize(String type) {
        String lower = SPACES.matcher(type.toLowerCase(Locale.ROOT).trim()).replaceAll(" ");
        lower = lower.replace("character varying", "varchar").replace("double precision", "double");
        lower = SPACES.matcher(lower).replaceAll("");
        lower = INTEGER_WIDTH.matcher(lower).replaceFirst("$1");
        return SYNONYMS.getOrDefault(lower, lower);
    }
}
