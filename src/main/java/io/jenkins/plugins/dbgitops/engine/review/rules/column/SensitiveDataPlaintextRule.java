package io.jenkins.plugins.dbgitops.engine.review.rules.column;

import io.jenkins.plugins.dbgitops.engine.review.RuleContext;
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
    private static final Set<String> TEXT_TYPES = Set.of("CHAR", "VARCHAR", "TEXT", "TINYTEXT", "MEDIUMTEXT",
            "LONGTEXT", "CHARACTER", "NCHAR", "NVARCHAR", "CITEXT", "BPCHAR", "NATIONAL", "STRING");
    private static final List<String> PROTECTED = List.of("hash", "digest", "encrypted", "crypt", "cipher", "salt",
            "masked", "last4", "last_four", "hint", "expires", "_at", "_id", "fingerprint", "enc_", "_enc");

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
