package io.jenkins.plugins.dbgitops.engine.review;

import io.jenkins.plugins.dbgitops.engine.review.catalog.Catalog;
import io.jenkins.plugins.dbgitops.engine.sql.ParseDiagnosis;
import io.jenkins.plugins.dbgitops.engine.sql.ParsedStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import io.jenkins.plugins.dbgitops.engine.sql.SqlStatement;
import io.jenkins.plugins.dbgitops.engine.sql.SqlText;
import java.util.Arrays;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
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
    private Object[] facts;
    private int[] newlines;

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
        // no filter/map: their method references were allocated per rule and statement, 100+ calls per statement
        Statement ast = parsed.ast().orElse(null);
        return type.isInstance(ast) ? Optional.of(type.cast(ast)) : Optional.empty();
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

    /**
     * The 1-based line and column in the script of the character at {@code offsetInStatement}, as
     * {@link SqlStatement#positionOf(int)} gives it, from the statement's newline offsets found once (rules report
     * tens of thousands of findings, each of which rescanned the statement from its start).
     */
    public int[] positionOf(int offsetInStatement) {
        SqlStatement statement = statement();
        int end = Math.min(offsetInStatement, statement.text().length());
        if (end <= 0) {
            return new int[] {statement.line(), statement.column()};
        }
        int[] breaks = newlines();
        int before = Arrays.binarySearch(breaks, end);
        int count = before >= 0 ? before : -before - 1; // newlines at offsets < end
        if (count == 0) {
            return new int[] {statement.line(), statement.column() + end};
        }
        return new int[] {statement.line() + count, end - breaks[count - 1]};
    }

    private int[] newlines() {
        if (newlines == null) {
            String text = statement().text();
            int count = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                count++;
            }
            int[] found = new int[count];
            int n = 0;
            for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
                found[n++] = i;
            }
            newlines = found;
        }
        return newlines;
    }

    /**
     * A fact about this statement that several rules need (its tokens, say), computed on first use and then shared
     * by every rule, instead of each rule working it out again.
     */
    @SuppressWarnings("unchecked")
    public <T> T fact(Fact<T> fact) {
        if (facts == null || fact.index >= facts.length) {
            facts = facts == null ? new Object[Math.max(8, fact.index + 1)]
                    : Arrays.copyOf(facts, Math.max(facts.length * 2, fact.index + 1));
        }
        Object value = facts[fact.index];
        if (value == null) {
            value = fact.compute.apply(this);
            facts[fact.index] = value;
        }
        return (T) value;
    }

    /**
     * A kind of per-statement fact; declare each one once as a constant. The computation must not return null and
     * must not depend on anything but the statement (it runs for whichever rule asks first).
     */
    public static final class Fact<T> {
        private static final AtomicInteger COUNT = new AtomicInteger();
        private final int index = COUNT.getAndIncrement();
        private final Function<StatementContext, T> compute;

        private Fact(Function<StatementContext, T> compute) {
            this.compute = compute;
        }

        public static <T> Fact<T> of(Function<StatementContext, T> compute) {
            return new Fact<>(compute);
        }
    }
}
