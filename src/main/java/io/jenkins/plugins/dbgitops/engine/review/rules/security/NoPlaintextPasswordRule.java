package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.create.user.CreateUser;
import net.sf.jsqlparser.statement.grant.Grant;
import net.sf.jsqlparser.statement.role.AlterRole;
import net.sf.jsqlparser.statement.role.CreateRole;

/**
 * A password written into a migration as a literal: PostgreSQL {@code CREATE/ALTER ROLE|USER ... PASSWORD '...'} and
 * {@code OPTIONS (password '...')}, MySQL {@code IDENTIFIED [WITH plugin] BY '...'}, {@code SET PASSWORD} and
 * replication {@code *_PASSWORD = '...'}. Works on the normalised text, where literals are blanked, so the secret
 * is never read into a message; only PostgreSQL's pre-hashed {@code SCRAM-SHA-256$...} and {@code md5...} values,
 * and MySQL's {@code BY PASSWORD '*hash'} and {@code AS 'hash'} forms, are accepted.
 */
public final class NoPlaintextPasswordRule extends TokenRule {
    private static final Pattern PG_PASSWORD_LITERAL = Pattern.compile("(?i)\\bPASSWORD\\s+'");
    private static final Pattern PG_HASH = Pattern.compile("SCRAM-SHA-256\\$.*|md5[0-9a-fA-F]{32}");

    public NoPlaintextPasswordRule() {
        super(CreateRole.class, AlterRole.class, CreateUser.class, Grant.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        if (tokens.size() < 2) {
            return;
        }
        boolean literal = passwordLiteral(tokens) || identifiedByLiteral(tokens) || setPassword(tokens);
        if (literal && !(statement.engine() == SqlEngine.POSTGRESQL && onlyHashes(statement.text()))) {
            rule.report(statement, Impact.of(tokens.get(0) + " " + tokens.get(1) + " contains a password literal",
                    rule));
        }
    }

    /** {@code PASSWORD ''} or {@code X_PASSWORD = ''} in account, server and replication statements. */
    private static boolean passwordLiteral(List<String> tokens) {
        for (int i = 0; i + 1 < tokens.size(); i++) {
            String token = tokens.get(i);
            if (token.equals("PASSWORD") && tokens.get(i + 1).equals("''") && !SqlTokens.matchesAt(tokens, i - 1, "BY")
                    || token.endsWith("_PASSWORD") && SqlTokens.matchesAt(tokens, i + 1, "=", "''")) {
                return true;
            }
        }
        return false;
    }

    /** MySQL {@code IDENTIFIED BY ''} or {@code IDENTIFIED WITH plugin BY ''}, but not {@code BY PASSWORD '*hash'}. */
    private static boolean identifiedByLiteral(List<String> tokens) {
        for (int i = SqlTokens.indexOf(tokens, 0, "IDENTIFIED"); i >= 0; i = SqlTokens.indexOf(tokens, i + 1,
                "IDENTIFIED")) {
            int by = SqlTokens.matchesAt(tokens, i + 1, "WITH") ? i + 3 : i + 1;
            if (SqlTokens.matchesAt(tokens, by, "BY", "''")) {
                return true;
            }
        }
        return false;
    }

    /** MySQL {@code SET PASSWORD [FOR user] = '...'} or {@code = PASSWORD('...')}. */
    private static boolean setPassword(List<String> tokens) {
        return tokens.get(0).equals("SET") && tokens.get(1).equals("PASSWORD") && tokens.contains("''");
    }

    /** Whether every PostgreSQL PASSWORD literal holds a pre-computed hash; reads the text without keeping it. */
    private static boolean onlyHashes(String text) {
        Matcher matcher = PG_PASSWORD_LITERAL.matcher(text);
        boolean any = false;
        while (matcher.find()) {
            int end = text.indexOf('\'', matcher.end());
            if (end < 0 || !PG_HASH.matcher(text).region(matcher.end(), end).matches()) {
                return false;
            }
            any = true;
        }
        return any;
    }
}
