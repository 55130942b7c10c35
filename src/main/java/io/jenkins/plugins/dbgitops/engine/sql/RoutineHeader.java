package io.jenkins.plugins.dbgitops.engine.sql;

import java.util.List;

/**
 * Recognises the start of a statement that creates a routine with a body, such as
 * {@code CREATE OR REPLACE FUNCTION} or {@code CREATE DEFINER = `app`@`%` TRIGGER}: the word {@code CREATE}, then
 * only modifier words (and the values of modifiers, written after {@code =}, {@code @} or {@code .}), then a kind.
 */
final class RoutineHeader {
    private enum State { EXPECT_CREATE, AFTER_CREATE, ROUTINE, OTHER }

    private final String script;
    private final List<String> modifiers;
    private final List<String> kinds;
    private final String valueSymbols;
    private State state = State.EXPECT_CREATE;
    private boolean afterValueSymbol;

    private RoutineHeader(String script, List<String> modifiers, List<String> kinds, String valueSymbols) {
        this.script = script;
        this.modifiers = modifiers;
        this.kinds = kinds;
        this.valueSymbols = valueSymbols;
    }

    /** {@code CREATE [OR REPLACE] FUNCTION|PROCEDURE}, whose body may be {@code BEGIN ATOMIC ... END}. */
    static RoutineHeader postgresql(String script) {
        return new RoutineHeader(script, List.of("OR", "REPLACE"), List.of("FUNCTION", "PROCEDURE"), "");
    }

    /** {@code CREATE [TEMP|TEMPORARY] TRIGGER}, whose body is {@code BEGIN ... END}. */
    static RoutineHeader sqlite(String script) {
        return new RoutineHeader(script, List.of("TEMP", "TEMPORARY"), List.of("TRIGGER"), "");
    }

    /** {@code CREATE [OR REPLACE] [DEFINER = user] [AGGREGATE] PROCEDURE|FUNCTION|TRIGGER|EVENT}. */
    static RoutineHeader mysql(String script) {
        return new RoutineHeader(script, List.of("OR", "REPLACE", "DEFINER", "CURRENT_USER", "AGGREGATE"),
                List.of("PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"), "=@.");
    }

    void reset() {
        state = State.EXPECT_CREATE;
        afterValueSymbol = false;
    }

    void onWord(int start, int end) {
        if (state == State.EXPECT_CREATE) {
            state = Keywords.is(script, start, end, "CREATE") ? State.AFTER_CREATE : State.OTHER;
        } else if (state == State.AFTER_CREATE) {
            if (Keywords.isAny(script, start, end, kinds)) {
                state = State.ROUTINE;
            } else if (!afterValueSymbol && !Keywords.isAny(script, start, end, modifiers)) {
                state = State.OTHER;
            }
        }
        afterValueSymbol = false;
    }

    void onSymbol(char symbol) {
        if (state == State.EXPECT_CREATE) {
            state = State.OTHER;
        }
        afterValueSymbol = valueSymbols.indexOf(symbol) >= 0;
    }

    void onOtherToken() {
        if (state == State.EXPECT_CREATE) {
            state = State.OTHER;
        }
        afterValueSymbol = false;
    }

    boolean isRoutine() {
        return state == State.ROUTINE;
    }
}
