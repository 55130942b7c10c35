package io.jenkins.plugins.dbgitops.engine.review.rules.toolkit;

import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The family of Bytebase's {@code system.charset.allowlist} and {@code system.collation.allowlist}: the value one
 * option takes on databases, tables and columns must be in the payload's {@code list} (case-insensitive).
 */
public abstract class AllowlistRule implements Rule {
    private final String tableOption;
    private final Function<DefinedColumns.Column, Optional<String>> columnValue;
    private final String what;

    /**
     * @param tableOption the table and database option, as {@link MySqlTableOptions#get} names it
     * @param columnValue the value a column definition gives
     * @param what        the option in messages: "character set", "collation"
     */
    protected AllowlistRule(String tableOption, Function<DefinedColumns.Column, Optional<String>> columnValue,
            String what) {
        this.tableOption = tableOption;
        this.columnValue = columnValue;
        this.what = what;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        List<String> allowed = rule.config().stringList("list").stream().map(name -> name.toLowerCase(Locale.ROOT))
                .toList();
        Optional<MySqlTableOptions> table = MySqlTableOptions.of(statement);
        table.ifPresent(options -> check(statement, rule, allowed, 0, "Table " + options.table(),
                options.get(tableOption)));
        if (table.isPresent()) {
            for (DefinedColumns.Column column : DefinedColumns.of(statement)) {
                check(statement, rule, allowed, column.offset(), "Column " + column.qualifiedName(),
                        columnValue.apply(column));
            }
        } else {
            MySqlTableOptions.ofDatabase(statement).ifPresent(options -> check(statement, rule, allowed, 0,
                    "Database " + options.table(), options.get(tableOption)));
        }
    }

    private void check(StatementContext statement, RuleContext rule, List<String> allowed, int offset,
            String subject, Optional<String> value) {
        value.map(name -> name.toLowerCase(Locale.ROOT)).filter(name -> !allowed.contains(name))
                .ifPresent(name -> rule.report(statement, offset, Impact.of(subject + " uses " + what + " " + name
                        + ", which is not allowed", rule)));
    }
}
