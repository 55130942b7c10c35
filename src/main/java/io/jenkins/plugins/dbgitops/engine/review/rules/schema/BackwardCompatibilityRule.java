package io.jenkins.plugins.dbgitops.engine.review.rules.schema;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Ddl;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.schema.Table;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.RenameTableStatement;
import net.sf.jsqlparser.statement.create.index.CreateIndex;
import net.sf.jsqlparser.statement.drop.Drop;

/**
 * Bytebase's {@code schema.backward-compatibility}: one rule for every change that can break the application
 * version still running while a migration deploys. Objects created earlier in the same change are exempt: no
 * running code uses them yet. Statements JSqlParser cannot parse (e.g. {@code NOT VALID}) are read by their tokens.
 */
public final class BackwardCompatibilityRule implements Rule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        // the parsed statements reason() judges
        return List.of(Drop.class, RenameTableStatement.class, CreateIndex.class, Alter.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        String reason = statement.ast().isPresent() ? reason(statement, statement.ast().get())
                : UnparsedBreakingChanges.unparsedReason(statement);
        if (reason != null) {
            rule.report(statement, "\"" + UnparsedBreakingChanges.abbreviate(statement.text())
                    + "\" may cause incompatibility with the existing"
                    + " data and code: " + reason + ".");
        }
    }

    private static String reason(StatementContext statement, Statement ast) {
        if (ast instanceof Drop drop) {
            String type = (drop.isMaterialized() ? "MATERIALIZED " : "")
                    + (drop.getType() == null ? "" : drop.getType().toUpperCase(Locale.ROOT));
            List<Table> tables = drop.getNames() != null && !drop.getNames().isEmpty() ? drop.getNames()
                    : drop.getName() == null ? List.of() : List.of(drop.getName());
            if (type.equals("TABLE") && !tables.isEmpty() && tables.stream()
                    .allMatch(table -> newInThisChange(statement, table.getFullyQualifiedName()))) {
                return null;
            }
            return switch (type) {
                // a plain view holds no data and is recreated from its query (Bytebase skips DROP VIEW too)
                case "DATABASE", "SCHEMA", "TABLE", "MATERIALIZED VIEW" -> "it drops a " + type.toLowerCase(Locale.ROOT);
                default -> null;
            };
        }
        if (ast instanceof RenameTableStatement) {
            return "it renames a table";
        }
        if (ast instanceof CreateIndex create && Ddl.kind(create.getIndex()) == Ddl.IndexKind.UNIQUE
                && !newInThisChange(statement, create.getTable().getFullyQualifiedName())) {
            return "a unique index rejects duplicate values that were accepted before";
        }
        if (ast instanceof Alter alter && !newInThisChange(statement, alter.getTable().getFullyQualifiedName())) {
            return alterReason(alter);
        }
        return null;
    }

    private static String alterReason(Alter alter) {
        for (var expression : Ddl.expressions(alter)) {
            switch (expression.getOperation()) {
                case DROP:
                    if (Ddl.droppedColumn(expression) != null) {
                        return "it drops column " + Ddl.droppedColumn(expression);
                    }
                    break;
                case DROP_PRIMARY_KEY:
                    return "it drops the primary key";
                case RENAME:
                case RENAME_TABLE:
                    return "it renames " + (expression.getColumnOldName() != null ? "column " + Ddl.unquote(expression.getColumnOldName()) : "the table");
                case MODIFY:
                case CHANGE:
                    return "it redefines a column";
                case ALTER:
                    String text = expression.toString().toUpperCase(Locale.ROOT);
                    if (expression.getColDataTypeList() != null || text.contains(" TYPE ")) {
                        return "it changes a column's type";
                    }
                    if (text.contains("SET NOT NULL")) {
                        return "it makes a column NOT NULL";
                    }
                    break;
                case ADD:
                    if (expression.getIndex() != null && Ddl.kind(expression.getIndex()) != Ddl.IndexKind.PLAIN) {
                        return "it adds a " + Ddl.kind(expression.getIndex()).name().toLowerCase(Locale.ROOT)
                                + " constraint that rejects writes accepted before";
                    }
                    break;
                default:
                    break;
            }
        }
        return null;
    }

    static boolean newInThisChange(StatementContext statement, String table) {
        Optional<CatalogTable> known = statement.catalog().table(table);
        return known.map(CatalogTable::createdInReview).orElse(false);
    }
}
