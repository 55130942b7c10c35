package io.jenkins.plugins.dbgitops.engine.review.rules.statement;

import io.jenkins.plugins.dbgitops.engine.review.EngineRules;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import java.util.List;
import net.sf.jsqlparser.statement.Statement;

/**
 * Reports statements that are not valid SQL, as {@link io.jenkins.plugins.dbgitops.engine.sql.ParseDiagnosis}
 * tells them from valid SQL JSqlParser does not support. The review engine reports scripts the splitter cannot
 * split (an unterminated string or comment) under this rule too, so its definition lives in {@link EngineRules}.
 */
public final class SyntaxErrorRule implements Rule {
    public static final RuleDefinition DEFINITION = EngineRules.SYNTAX_ERROR;

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
