package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns.Kind;
import java.util.Optional;
import java.util.function.Function;

/**
 * The family of Bytebase's {@code column.require-charset} and {@code column.require-collation}: each character column
 * a CREATE TABLE or ADD COLUMN writes must state the option (MODIFY and CHANGE are not checked, as in Bytebase).
 */
public abstract class RequireColumnOptionRule extends ColumnDefinitionRule {
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
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        boolean written = column.kind() == Kind.CREATE_TABLE || column.kind() == Kind.ADD;
        return written && column.isCharacterType() && option.apply(column).isEmpty()
                ? Optional.of("Column " + column.qualifiedName() + " has no " + what) : Optional.empty();
    }
}
