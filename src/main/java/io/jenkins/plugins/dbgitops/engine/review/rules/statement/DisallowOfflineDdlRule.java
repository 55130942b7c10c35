package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.catalog.CatalogTable;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.MySqlTableOptions;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.sql.SqlText;
import java.util.List;
import java.util.Optional;
import net.sf.jsqlparser.statement.alter.Alter;
import net.sf.jsqlparser.statement.alter.AlterOperation;

/**
 * MySQL ALTER TABLE changes that only ALGORITHM=COPY can perform: the table is rebuilt row by row while concurrent
 * writes wait. Tables created in the same change are exempt, and an explicit ALGORITHM=INPLACE or INSTANT makes
 * MySQL refuse rather than copy, so it passes.
 */
public final class DisallowOfflineDdlRule implements Rule {
    @Override
    public void check(StatementContext statement, RuleContext rule) {
        Optional<MySqlTableOptions> found = MySqlTableOptions.of(statement).filter(options -> !options.create());
        if (found.isEmpty()) {
            return;
        }
        MySqlTableOptions options = found.get();
        Optional<CatalogTable> table = statement.catalog().table(options.table());
        if (table.map(CatalogTable::createdInReview).orElse(false)
                || options.get("ALGORITHM").filter(algorithm -> !algorithm.equals("copy")).isPresent()) {
            return;
        }
        String subject = "ALTER TABLE " + options.table();
        if (options.get("ALGORITHM").isPresent()) {
            rule.report(statement, Impact.of(subject + " asks for ALGORITHM=COPY", rule));
        } else if (options.convert()) {
            rule.report(statement, Impact.of(subject + " converts every row to another character set", rule));
        } else if (dropsPrimaryKeyOnly(statement)) {
            rule.report(statement, Impact.of(subject + " drops the primary key without adding one", rule));
        } else {
            table.ifPresent(known -> reportTypeChanges(statement, rule, known));
        }
    }

    private static void reportTypeChanges(StatementContext statement, RuleContext rule, CatalogTable table) {
        for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
            if (column.kind() != Kind.MODIFY && column.kind() != Kind.CHANGE) {
                continue;
            }
            String old = column.oldName() == null ? column.name() : column.oldName();
            table.column(old).map(existing -> typeOf(SqlTokens.words(SqlText.normalize(existing.type(),
                    statement.engine())))).filter(type -> !type.equals(typeOf(column.tokens())))
                    .ifPresent(type -> rule.report(statement, Impact.of("Column " + table.name() + "." + old
                            + " changes its type from " + type + " to " + typeOf(column.tokens()), rule)));
        }
    }

    /** The type with its length and UNSIGNED, e.g. {@code VARCHAR(20)}, ignoring options such as NOT NULL. */
    private static String typeOf(List<String> tokens) {
        StringBuilder type = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            depth += token.equals("(") ? 1 : token.equals(")") ? -1 : 0;
            boolean partOfType = i == 0 || depth > 0 || token.equals(")") || token.equals("(")
                    || token.equals("UNSIGNED") || token.equals("PRECISION") || token.equals("VARYING");
            if (!partOfType) {
                break;
            }
            type.append(token);
        }
        return type.toString().replace("INTEGER", "INT");
    }

    private static boolean dropsPrimaryKeyOnly(StatementContext statement) {
        return statement.ast(Alter.class).map(alter -> {
            boolean drops = alter.getAlterExpressions().stream()
                    .anyMatch(expression -> expression.getOperation() == AlterOperation.DROP_PRIMARY_KEY);
            return drops && !SqlTokens.contains(SqlTokens.words(statement), "ADD", "PRIMARY", "KEY");
        }).orElse(false);
    }
}
