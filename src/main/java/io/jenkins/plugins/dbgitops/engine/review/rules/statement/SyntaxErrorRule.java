package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * Reports statements that are not valid SQL, as {@link io.jenkins.plugins.dbgitops.engine.sql.ParseDiagnosis}
 * tells them from valid SQL JSqlParser does not support. The review engine reports scripts the splitter cannot
 * split (an unterminated string or comment) under this rule too.
 */
public final class SyntaxErrorRule implements Rule {
    public static final RuleDefinition DEFINITION = RuleDefinition.builder("statement.syntax-error")
            .title("Syntax errors")
            .origin("dbgitops; Squawk: syntax-error")
            .engines(RuleDefinition.Engines.ALL)
            .defaultLevel(Level.ERROR)
            .message("The statement is not valid SQL, so the migration will fail when it runs.")
            .help("Fix the statement at the reported line and column.")
            .description("A statement with unbalanced parentheses or quotes, a misspelt first keyword, a CREATE,"
                    + " ALTER or DROP of no known kind of object, a trailing comma before ')' or an unexpected end"
                    + " fails on the database and stops the rollout part-way. Valid SQL that the parser does not"
                    + " support (DO blocks, NOT VALID, CONCURRENTLY, routine bodies, ...) is not reported here: the"
                    + " review lists it as not fully parsed. A script with an unterminated string, quoted"
                    + " identifier or comment is reported at the place it opens.")
            .failing("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2);")
            .passing("CREATE TABLE orders (id bigint PRIMARY KEY, total numeric(10,2));")
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    /**
     * Only a statement JSqlParser could not parse can be a syntax error, and such a statement reaches every rule
     * whatever it declares: no parsed type is judged.
     */
    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return JudgedTypes.UNPARSED_ONLY;
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        statement.parseDiagnosis().filter(diagnosis -> diagnosis.syntaxError())
                .ifPresent(diagnosis -> rule.report(statement, diagnosis.offset(), diagnosis.message()));
    }
}
