package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.create.type.CreateType;

/** MySQL ENUM and SET columns and PostgreSQL {@code CREATE TYPE ... AS ENUM}. */
public final class TypeDisallowEnumRule extends ColumnDefinitionRule {
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(); // every statement: CREATE TYPE ... AS ENUM is not parsed
    }

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return column.baseType().equals("ENUM") || column.baseType().equals("SET")
                ? Optional.of("Column " + column.qualifiedName() + " is an " + column.baseType()) : Optional.empty();
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        super.check(statement, rule);
        if (statement.engine() == SqlEngine.POSTGRESQL && StatementTypes.mayBe(statement, CreateType.class)) {
            List<String> tokens = SqlTokens.words(statement);
            if (SqlTokens.matchesAt(tokens, 0, "CREATE", "TYPE") && SqlTokens.matchesAt(tokens, 3, "AS", "ENUM")) {
                rule.report(statement, Impact.of("Type " + tokens.get(2).toLowerCase(Locale.ROOT) + " is an ENUM",
                        rule));
            }
        }
    }
}
