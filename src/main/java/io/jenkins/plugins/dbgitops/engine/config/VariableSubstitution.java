package io.jenkins.plugins.dbgitops.engine.config;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} with values from an environment map; {@code $${} stays a
 * literal {@code ${}. The map is injected so that tests and Jenkins (with its {@code EnvVars}) control it.
 */
final class VariableSubstitution {
    private static final Pattern VARIABLE = Pattern.compile("\\$\\$\\{|\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

    private final Map<String, String> environment;

    VariableSubstitution(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /**
     * Substitutes every variable of {@code text}.
     *
     * @param undefined makes the exception to throw for a variable that is neither set nor has a default
     */
    String apply(String text, Function<String, RuntimeException> undefined) {
        if (text.indexOf('$') < 0) {
            return text;
        }
        Matcher matcher = VARIABLE.matcher(text);
        StringBuilder result = new StringBuilder();
        while (matcher.find()) {
            String replacement;
            if (matcher.group(1) == null) {
                replacement = "${";
            } else {
                String value = environment.get(matcher.group(1));
                if (value == null) {
                    if (matcher.group(2) == null) {
                        throw undefined.apply(matcher.group(1));
                    }
                    value = matcher.group(2);
                }
                replacement = value;
            }
            matcher.appendReplacement(result, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(result);
        return result.toString();
    }
}
