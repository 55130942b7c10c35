package io.jenkins.plugins.dbgitops.engine.review;

/**
 * One problem found by a rule: where, which rule, how serious, what it means and how to fix it.
 *
 * @param file    the reviewed script, relative to the review root, with {@code /} separators
 * @param line    1-based line
 * @param column  1-based column
 * @param ruleId  the rule's dotted id, e.g. {@code table.require-pk}
 * @param level   {@link Level#ERROR} or {@link Level#WARNING}
 * @param message what is wrong and its impact, in one sentence
 * @param help    how to fix it
 */
public record Finding(String file, int line, int column, String ruleId, Level level, String message, String help) {
}
