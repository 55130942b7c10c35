package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.TokenRule;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import net.sf.jsqlparser.statement.SetStatement;
import net.sf.jsqlparser.statement.create.user.CreateUser;
import net.sf.jsqlparser.statement.role.AlterRole;
import net.sf.jsqlparser.statement.role.CreateRole;

/**
 * Accounts set up with a weak password hash: MySQL/MariaDB {@code IDENTIFIED WITH|VIA mysql_native_password} or
 * {@code mysql_old_password}; PostgreSQL {@code password_encryption = md5} and {@code PASSWORD 'md5...'} hashes.
 * Only the configuration and the hash prefix are read, never a password.
 */
public final class DisallowWeakPasswordHashRule extends TokenRule {
    private static final Set<String> WEAK_PLUGINS = Set.of("MYSQL_NATIVE_PASSWORD", "MYSQL_OLD_PASSWORD");
    private static final Pattern MD5_SETTING = Pattern.compile("(?i)password_encryption\\s*(?:=|\\bTO\\b)\\s*'?md5\\b");
    private static final Pattern MD5_HASH = Pattern.compile("(?i)\\bPASSWORD\\s+'md5[0-9a-f]{32}'");

    public DisallowWeakPasswordHashRule() {
        super(CreateUser.class, CreateRole.class, AlterRole.class, SetStatement.class);
    }

    @Override
    protected void check(List<String> tokens, StatementContext statement, RuleContext rule) {
        if (statement.engine().isMySqlFamily()) {
            for (int i = 0; i + 1 < tokens.size(); i++) {
                boolean via = tokens.get(i).equals("WITH") || tokens.get(i).equals("VIA");
                if (via && i > 0 && tokens.get(i - 1).equals("IDENTIFIED") && WEAK_PLUGINS.contains(tokens.get(i + 1))) {
                    rule.report(statement, Impact.of("The account uses " + tokens.get(i + 1).toLowerCase(Locale.ROOT),
                            rule));
                    return;
                }
            }
        } else if (statement.engine() == SqlEngine.POSTGRESQL) {
            if (tokens.contains("PASSWORD_ENCRYPTION") && MD5_SETTING.matcher(statement.text()).find()) {
                rule.report(statement, Impact.of("password_encryption is set to md5", rule));
            } else if (tokens.contains("PASSWORD") && MD5_HASH.matcher(statement.text()).find()) {
                rule.report(statement, Impact.of("The role is given an md5 password hash", rule));
            }
        }
    }
}
