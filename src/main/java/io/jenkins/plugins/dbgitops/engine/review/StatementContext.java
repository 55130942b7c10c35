package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.review.catalog.Catalog;
import io.jenkins.plugins.dbgitops.engine.sql.ParseDiagnosis;
import io.jenkins.plugins.dbgitops.engine.sql.ParsedStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlText;
import java.util.Optional;
import net.sf.jsqlparser.statement.Statement;

/**
 * One statement under review, as every rule sees it: its text and position, its syntax tree when JSqlParser could
 * parse it, a normalised text for token rules, and the catalog just before it. Built once per statement.
 */
public final class StatementContext {
    private final FileContext file;
    private final ParsedStatement parsed;
    private final Catalog catalog;
    private String normalized;
    private ParseDiagnosis diagnosis;

    public StatementContext(FileContext file, ParsedStatement parsed, Catalog catalog) {
        this.file = file;
        this.parsed = parsed;
        this.catalog = catalog;
    }

    public FileContext file() {
        return file;
    }

    public SqlEngine engine() {
        return file.engine();
    }

    public SqlStatement statement() {
        return parsed.statement();
    }

    /** The statement's text as written, without its delimiter. */
    public String text() {
        return parsed.statement().text();
    }

    /** Whether JSqlParser understood the statement; when not, only token rules can check it. */
    public boolean parsed() {
        return parsed.ast().isPresent();
    }

    public Optional<Statement> ast() {
        return parsed.ast();
    }

    /** The syntax tree if it is of the given type, e.g. {@code ast(CreateIndex.class)}. */
    public <T> Optional<T> ast(Class<T> type) {
        return parsed.ast().filter(type::isInstance).map(type::cast);
    }

    /**
     * The text in upper case with comments removed, string literals replaced by {@code ''} and runs of white space
     * folded to one space, for rules that match keywords in statements JSqlParser cannot parse.
     */
    public String normalized() {
        if (normalized == null) {
            normalized = SqlText.normalize(parsed.statement().text(), file.engine());
        }
        return normalized;
    }

    /**
     * For a statement JSqlParser could not parse, whether it is a syntax error or valid SQL JSqlParser does not
     * support (see {@link ParseDiagnosis}); empty for a parsed statement.
     */
    public Optional<ParseDiagnosis> parseDiagnosis() {
        if (parsed()) {
            return Optional.empty();
        }
        if (diagnosis == null) {
            diagnosis = parsed.tooLarge() ? ParseDiagnosis.tooLarge(parsed.parseError())
                    : ParseDiagnosis.of(text(), engine(), parsed.parseError());
        }
        return Optional.of(diagnosis);
    }

    /** The schema as earlier statements left it; read-only. */
    public Catalog catalog() {
        return catalog;
    }
}
