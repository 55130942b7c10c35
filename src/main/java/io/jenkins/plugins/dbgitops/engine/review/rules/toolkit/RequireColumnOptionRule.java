package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import net.sf.jsqlparser.statement.Statement;

/**
 * The family of Bytebase's {@code column.require-charset} and {@code column.require-collation}: each character column
 * a CREATE TABLE or ADD COLUMN writes must state the option (MODIFY and CHANGE are not checked, as in Bytebase).
 */
public abstract class RequireColumnOptionRule implements Rule {
    private final Function<DefinedColumns.Column, Optional<String>> option;
    private final String what;

    /**
     * @param option the value the column definition gives
     * @param what   the option in messages: "character set", "collation"
     */
    protected RequireColumnOptionRule(Function<DefinedColumns.Column, Optional<String>> option, String what) {
        this.option = option;
        this.what = what;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return DefinedColumns.STATEMENT_TYPES;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
            boolean written = column.kind() == Kind.CREATE_TABLE || column.kind() == Kind.ADD;
            if (written && column.isCharacterType() && option.apply(column).isEmpty()) {
                rule.report(statement, column.offset(), Impact.of("Column " + column.qualifiedName() + " has no "
                        + what, definition()));
            }
        }
    }
}
