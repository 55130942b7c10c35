package io.jenkins.plugins.dbgitops.engine.sql;

import net.sf.jsqlparser.parser.CCJSqlParser;
import net.sf.jsqlparser.parser.StringProvider;

/**
 * A JSqlParser 5.4 parser re-initialised for each statement instead of built anew: building one (a
 * {@code FeatureConfiguration}, the token manager's tables, the look-ahead arrays, 4096-slot character buffers)
 * cost about 9% of parse time. One instance parses one statement at a time, in one grammar mode, set once.
 *
 * <p>What {@link #prepare} restores, checked with {@code javap} on the 5.4 jar (no sources jar is published):
 * {@code ReInit} re-initialises the character stream, the token manager (lexical state back to the default), the
 * current token, the look-ahead bookkeeping and the 847 {@code JJCalls} (left over, their generation numbers would
 * add a previous statement's tokens to the expected-token lists of a syntax error). It leaves the tree-builder
 * stack, the public counters, the interruption flag and {@code AbstractJSqlParser}'s JDBC parameter index, error
 * recovery and error list: reset here. It cannot reach, without reflection:
 * <ul>
 * <li>{@code ternaryThenBranchDepth} and {@code mapKeyDepth}: the grammar restores both in {@code finally} blocks, so
 * they are back to 0 whenever a parse ends, normally or with any exception ({@code ReusableJSqlParserTest} checks it
 * on the corpus);</li>
 * <li>{@code jj_lookingAhead}: set around a semantic look-ahead without {@code finally}, so a lexical error inside
 * one leaves it set and later {@code getToken} calls would read stale tokens. {@link #prepare} detects it (after
 * {@code ReInit}, {@code getToken(0)} is the fresh current token unless it is set) and the caller renews the parser;
 * callers also never reuse a parser after anything but a normal end or a {@code ParseException};</li>
 * <li>{@code isFunctionAheadCache} and {@code isAllTableColumnsAheadCache}, keyed by {@code Token} objects, which do
 * not override {@code equals}: a new statement's tokens never hit an old entry, but old entries keep old tokens
 * alive, so a parser is renewed after {@link #MAX_PARSES} statements;</li>
 * <li>the character stream's count of characters read: {@code Token.absoluteBegin} and {@code absoluteEnd} count
 * from the first statement since the parser was built, not from the start of this one. JSqlParser only compares
 * them within one tree and our code reads token lines and columns (which are reset) instead; the parser is renewed
 * before the count could overflow.</li>
 * </ul>
 */
final class ReusableJSqlParser extends CCJSqlParser {
    /** Bounds the memory the look-ahead caches keep; building a parser once per this many parses costs nothing. */
    static final int MAX_PARSES = 1_000;
    /** Keeps the character count of the stream, and so token offsets, far from overflowing an int. */
    private static final int MAX_CHARACTERS = 1 << 28;

    private int parses;
    private int characters;

    ReusableJSqlParser(boolean complex) {
        super(new StringProvider(""));
        withAllowComplexParsing(complex);
    }

    /**
     * Re-initialises this parser for {@code text}.
     *
     * @return false when this parser must not parse again: past its parse or character budget, or left in a state
     *         that {@code ReInit} does not restore; the caller then takes a new one
     */
    boolean prepare(String text) {
        if (parses >= MAX_PARSES || parses > 0 && text.length() > MAX_CHARACTERS - characters) {
            return false;
        }
        ReInit(new StringProvider(text));
        jjtree.reset();
        bracketsCounter = 0;
        caseCounter = 0;
        interrupted = false;
        jdbcParameterIndex = 0;
        errorRecovery = false;
        parseErrors.clear();
        if (getToken(0) != token) {
            return false; // a semantic look-ahead was left unfinished: getToken reads from its scan position
        }
        parses++;
        characters += Math.min(text.length(), MAX_CHARACTERS);
        return true;
    }
}
