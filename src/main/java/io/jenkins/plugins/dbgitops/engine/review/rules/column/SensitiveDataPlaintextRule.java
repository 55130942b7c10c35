package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.Level;
import io.jenkins.plugins.dbgitops.engine.review.PayloadField;
import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
import io.jenkins.plugins.dbgitops.engine.review.RuleDefinition;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.ColumnDefinitionRule;
import io.jenkins.plugins.dbgitops.engine.review.rules.toolkit.DefinedColumns;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Columns whose names say they hold secrets or personal identifiers (password, token, ssn, credit card, ...) typed as
 * plain text. Names that say the value is protected (hash, digest, encrypted, ...) and binary types pass.
 */
public final class SensitiveDataPlaintextRule extends ColumnDefinitionRule {
    static final RuleDefinition DEFINITION = RuleDefinition.builder("column.sensitive-data-plaintext")
            .title("No plaintext columns for secrets")
            .origin("dbgitops")
            .engines(RuleDefinition.Engines.POSTGRESQL_AND_MYSQL)
            .defaultLevel(Level.WARNING)
            .message("A secret or personal identifier stored as plain text is exposed in every backup, replica,"
                    + " log of a slow query and SELECT * by a support engineer.")
            .help("Store a salted hash (passwords), an encrypted value in a binary column, or a token from a vault,"
                    + " and name the column after what it holds, e.g. password_hash.")
            .description("Reports text columns (CHAR, VARCHAR, TEXT and variants) whose names contain one of the"
                    + " payload patterns, such as password, secret, token, api_key, ssn or credit_card, unless the"
                    + " name also says the value is protected (hash, digest, encrypted, cipher, salt, masked, last4)."
                    + " Compliance regimes such as PCI DSS and GDPR require such data to be hashed or encrypted at"
                    + " rest.")
            .failing("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), password varchar(255));")
            .passing("CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255), password_hash varchar(255));")
            .payload(PayloadField.stringList("list", List.of("password", "passwd", "secret", "token", "api_key",
                    "apikey", "private_key", "ssn", "social_security", "credit_card", "card_number", "cvv", "iban"),
                    "Name fragments that mark a column as sensitive (case-insensitive)."))
            .build();

    private static final Set<String> TEXT_TYPES = Set.of("CHAR", "VARCHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT",
            "LONGTEXT", "CHARACTER", "NCHAR", "NVARCHAR", "CITEXT", "BPCHAR", "NATIONAL", "STRING");
    private static final List<String> PROTECTED = List.of("hash", "digest", "encrypted", "crypt", "cipher", "salt",
            "masked", "last4", "last_four", "hint", "expires", "_at", "_id", "fingerprint", "enc_", "_enc");

    @Override
    public RuleDefinition definition() {
        return DEFINITION;
    }

    @Override
    protected Optional<String> problem(DefinedColumns.Column column, RuleContext rule) {
        if (!TEXT_TYPES.contains(column.baseType())) {
            return Optional.empty();
        }
        String name = column.name().toLowerCase(Locale.ROOT);
        return rule.config().stringList("list").stream().anyMatch(pattern -> name.contains(pattern.toLowerCase(
                Locale.ROOT))) && PROTECTED.stream().noneMatch(name::contains)
                ? Optional.of("Column " + column.qualifiedName() + " stores " + column.baseType().toLowerCase(
                        Locale.ROOT) + " plain text") : Optional.empty();
    }
}
