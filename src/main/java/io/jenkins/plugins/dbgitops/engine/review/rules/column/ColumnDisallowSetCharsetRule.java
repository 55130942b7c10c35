package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.Locale;
import java.util.Optional;

/** Bytebase's {@code column.disallow-set-charset}: columns inherit the table's character set. */
public final class ColumnDisallowSetCharsetRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.disallow-set-charset")
            .optIn()
            .title("Disallow a column character set")
            .origin("Bytebase")
            .engines(RuleDefinition.Engines.MYSQL_FAMILY)
            .defaultLevel(Level.WARNING)
            .message("A column character set that differs from the table's forces conversions in comparisons and"
                    + " joins, which bypass indexes.")
            .help("Remove CHARACTER SET from the column so it inherits the table character set.")
            .description("Checks the columns of CREATE TABLE and of ALTER TABLE ADD, MODIFY and CHANGE COLUMN for"
                    + " CHARSET or CHARACTER SET. A column in another character set than its neighbours needs"
                    + " conversion whenever it is compared with them, and such comparisons cannot use an index.")
            .failing("CREATE TABLE t1 (a varchar(20) CHARSET ascii);")
            .passing("CREATE TABLE t1 (a varchar(20));")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        return column.charset().map(charset -> "Column " + column.qualifiedName() + " sets character set "
                + charset.toLowerCase(Locale.ROOT));
    }
}
