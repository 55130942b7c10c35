package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.Arrays;
import java.util.List;

/**
 * Tracks MySQL and MariaDB compound statements, so that a routine written without {@code DELIMITER} stays one
 * statement: the {@code BEGIN ... END} body of {@code CREATE PROCEDURE|FUNCTION|TRIGGER|EVENT}, MariaDB's
 * {@code BEGIN NOT ATOMIC ... END}, and a statement that starts with {@code IF}, {@code CASE}, {@code LOOP},
 * {@code WHILE} or {@code REPEAT}.
 *
 * <p>Inside a body, {@code BEGIN} opens a block; {@code IF}, {@code WHILE}, {@code LOOP} and {@code REPEAT} open one
 * only where a statement starts (after {@code ;}, a label, {@code BEGIN}, {@code THEN}, {@code ELSE}, {@code DO},
 * {@code LOOP}, {@code REPEAT}, {@code FOR EACH ROW} or a handler condition), which tells them from the functions
 * {@code IF()} and {@code REPEAT()} and from {@code DROP TABLE IF EXISTS}; {@code CASE} always opens one, and
 * {@code END} closes the innermost, so that both {@code END CASE} and the {@code END} of a {@code CASE} expression
 * balance.
 */
final class MySqlBlockTracker implements BlockTracker {
    private static final int BLOCK = 1;
    private static final int CONTROL = 2;
    private static final int CASE_STATEMENT = 3;
    private static final int CASE_EXPRESSION = 4;

    private static final List<String> OPENERS_AT_STATEMENT_START = List.of("IF", "WHILE");
    private static final List<String> LOOP_OPENERS = List.of("LOOP", "REPEAT");
    private static final List<String> TOP_LEVEL_COMPOUNDS = List.of("IF", "CASE", "LOOP", "WHILE", "REPEAT");
    private static final List<String> BRANCHES = List.of("THEN", "ELSE");
    private static final List<String> BEFORE_STATEMENT = List.of("DO", "ROW", "ATOMIC", "SQLEXCEPTION",
            "SQLWARNING", "FOUND");
    private static final List<String> ANONYMOUS_BLOCK = List.of("BEGIN", "NOT", "ATOMIC");

    private final String script;
    private final RoutineHeader header;
    private int[] open = new int[8];
    private int depth;
    private boolean active;
    private int tokenIndex;
    private int anonymousBlockWords;
    private boolean statementStart;
    private boolean afterEnd;

    MySqlBlockTracker(String script) {
        this.script = script;
        this.header = RoutineHeader.mysql(script);
    }

    @Override
    public void reset() {
        header.reset();
        depth = 0;
        active = false;
        tokenIndex = 0;
        anonymousBlockWords = 0;
        statementStart = false;
        afterEnd = false;
    }

    @Override
    public void onWord(int start, int end) {
        if (active) {
            onBodyWord(start, end);
        } else {
            detectCompound(start, end);
        }
    }

    @Override
    public void onSymbol(int offset) {
        char symbol = script.charAt(offset);
        if (!active) {
            header.onSymbol(symbol);
            tokenIndex++;
            return;
        }
        boolean label = symbol == ':' && (offset + 1 >= script.length() || script.charAt(offset + 1) != '=');
        statementStart = symbol == ';' || label;
        afterEnd = false;
    }

    @Override
    public void onOtherToken() {
        if (!active) {
            header.onOtherToken();
            tokenIndex++;
            return;
        }
        statementStart = false;
        afterEnd = false;
    }

    @Override
    public boolean insideBlock() {
        return depth > 0;
    }

    private void detectCompound(int start, int end) {
        header.onWord(start, end);
        int index = tokenIndex++;
        if (header.isRoutine()) {
            active = true;
        } else if (index == 0 && Keywords.isAny(script, start, end, TOP_LEVEL_COMPOUNDS)) {
            active = true;
            statementStart = true;
            onBodyWord(start, end);
        } else if (index == anonymousBlockWords && index < ANONYMOUS_BLOCK.size()
                && Keywords.is(script, start, end, ANONYMOUS_BLOCK.get(index))) {
            anonymousBlockWords++;
            if (anonymousBlockWords == ANONYMOUS_BLOCK.size()) {
                active = true;
                push(BLOCK);
                statementStart = true;
            }
        }
    }

    private void onBodyWord(int start, int end) {
        boolean atStatementStart = statementStart;
        boolean closing = afterEnd;
        statementStart = false;
        afterEnd = false;
        if (is(start, end, "BEGIN")) {
            push(BLOCK);
            statementStart = true;
        } else if (is(start, end, "CASE")) {
            if (!closing) {
                push(atStatementStart ? CASE_STATEMENT : CASE_EXPRESSION);
            }
        } else if (Keywords.isAny(script, start, end, OPENERS_AT_STATEMENT_START)) {
            if (atStatementStart) {
                push(CONTROL);
            }
        } else if (Keywords.isAny(script, start, end, LOOP_OPENERS)) {
            if (atStatementStart) {
                push(CONTROL);
                statementStart = true;
            }
        } else if (is(start, end, "END")) {
            pop();
            afterEnd = true;
        } else if (Keywords.isAny(script, start, end, BRANCHES)) {
            statementStart = depth == 0 || open[depth - 1] != CASE_EXPRESSION;
        } else if (Keywords.isAny(script, start, end, BEFORE_STATEMENT)) {
            statementStart = true;
        }
    }

    private boolean is(int start, int end, String keyword) {
        return Keywords.is(script, start, end, keyword);
    }

    private void push(int kind) {
        if (depth == open.length) {
            open = Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = kind;
    }

    private void pop() {
        if (depth > 0) {
            depth--;
        }
    }
}
