package io.jenkins.plugins.dbgitops.engine.review.rules.security;

import net.sf.jsqlparser.statement.Statement;
import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.Rule;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.StatementContext;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.Impact;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.SqlTokens;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.StatementTypes;
import java.util.List;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import java.util.Locale;
import net.sf.jsqlparser.statement.create.extension.CreateExtension;

/** PostgreSQL {@code CREATE EXTENSION} of an extension missing from the {@code list} allowlist. */
public final class DisallowCreateExtensionUntrustedRule implements Rule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("security.disallow-create-extension-untrusted")
            .title("Only allowlisted extensions")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL)
            .defaultLevel(Level.ERROR)
            .message("An extension outside the allowlist runs native code inside the server with superuser rights"
                    + " and may be missing on managed databases.")
            .help("Use an allowlisted extension or add this one to the policy's list after a security review.")
            .description("Reports CREATE EXTENSION for extensions that are not in the payload list. Extensions such"
                    + " as plpython3u, adminpack, dblink or file_fdw give access to the operating system, files or"
                    + " other servers; and an extension the managed service does not offer makes the migration fail"
                    + " in production only.")
            .failing("CREATE EXTENSION IF NOT EXISTS plpython3u;")
            .passing("CREATE EXTENSION IF NOT EXISTS pgcrypto;")
            .payload(PayloadField.stringList("list", List.of("pgcrypto", "uuid-ossp", "pg_trgm", "citext", "hstore",
                    "btree_gin", "btree_gist", "pg_stat_statements", "unaccent", "fuzzystrmatch", "intarray", "ltree",
                    "postgis", "vector"), "Extensions that may be created (case-insensitive)."))
            .build();

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    public List<Class<? extends Statement>> statementTypes() {
        return List.of(CreateExtension.class);
    }

    @Override
    public void check(StatementContext statement, RuleContext rule) {
        if (!StatementTypes.mayBe(statement, CreateExtension.class)) {
            return;
        }
        List<String> tokens = SqlTokens.words(statement);
        if (!SqlTokens.matchesAt(tokens, 0, "CREATE", "EXTENSION")) {
            return;
        }
        int name = SqlTokens.matchesAt(tokens, 2, "IF", "NOT", "EXISTS") ? 5 : 2;
        if (name >= tokens.size()) {
            return;
        }
        String extension = tokens.get(name).toLowerCase(Locale.ROOT);
        boolean allowed = rule.config().stringList("list").stream().anyMatch(extension::equalsIgnoreCase);
        if (!allowed) {
            rule.report(statement, Impact.of("Extension " + extension + " is not in the allowlist", DEFINITION));
        }
    }
}
