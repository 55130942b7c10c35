package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.EnumSet;
import java.util.Set;

/** How an engine's SQL is read at the character level: which quotes, comments and commands it knows. */
final class LexicalRules {

    /** One lexical difference between engines. */
    enum Feature {
        /** A backslash escapes the next character in {@code '...'} and {@code "..."} strings (MySQL). */
        BACKSLASH_ESCAPES,
        /** {@code "..."} is a string, not an identifier (MySQL without ANSI_QUOTES). */
        DOUBLE_QUOTED_STRINGS,
        /** {@code `...`} quotes an identifier (MySQL, SQLite). */
        BACKTICK_IDENTIFIERS,
        /** {@code [...]} quotes an identifier (SQLite). */
        BRACKET_IDENTIFIERS,
        /** {@code E'...'} is a string with backslash escapes (PostgreSQL). */
        ESCAPE_STRING_PREFIX,
        /** {@code $$...$$} and {@code $tag$...$tag$} are strings (PostgreSQL). */
        TAGGED_DOLLAR_QUOTES,
        /** {@code $$...$$} is a string (H2, for Java source). */
        UNTAGGED_DOLLAR_QUOTES,
        /** A {@code /*} inside a block comment opens a nested comment (PostgreSQL, H2). */
        NESTED_BLOCK_COMMENTS,
        /** {@code #} starts a line comment (MySQL). */
        HASH_COMMENTS,
        /** {@code --} starts a comment only when whitespace, a control character or the end follows (MySQL). */
        DASH_COMMENT_NEEDS_SPACE,
        /** {@code //} starts a line comment (H2). */
        SLASH_SLASH_COMMENTS,
        /** Comments opened by {@code /*!} or {@code /*M!} hold SQL the server runs (MySQL, MariaDB). */
        EXECUTABLE_COMMENTS,
        /** A {@code DELIMITER xx} line changes the statement delimiter (the mysql client). */
        DELIMITER_COMMAND
    }

    private final Set<Feature> features;

    private LexicalRules(Set<Feature> features) {
        this.features = EnumSet.copyOf(features);
    }

    static LexicalRules forEngine(SqlEngine engine) {
        return switch (engine) {
            case POSTGRESQL -> new LexicalRules(EnumSet.of(Feature.ESCAPE_STRING_PREFIX, Feature.TAGGED_DOLLAR_QUOTES,
                    Feature.NESTED_BLOCK_COMMENTS));
            case MYSQL, MARIADB -> new LexicalRules(EnumSet.of(Feature.BACKSLASH_ESCAPES,
                    Feature.DOUBLE_QUOTED_STRINGS, Feature.BACKTICK_IDENTIFIERS, Feature.HASH_COMMENTS,
                    Feature.DASH_COMMENT_NEEDS_SPACE, Feature.EXECUTABLE_COMMENTS, Feature.DELIMITER_COMMAND));
            case H2 -> new LexicalRules(EnumSet.of(Feature.UNTAGGED_DOLLAR_QUOTES, Feature.NESTED_BLOCK_COMMENTS,
                    Feature.SLASH_SLASH_COMMENTS));
            case SQLITE -> new LexicalRules(EnumSet.of(Feature.BACKTICK_IDENTIFIERS, Feature.BRACKET_IDENTIFIERS));
        };
    }

    boolean has(Feature feature) {
        return features.contains(feature);
    }
}
