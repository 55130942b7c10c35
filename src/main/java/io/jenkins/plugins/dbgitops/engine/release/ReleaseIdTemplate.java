package io.jenkins.plugins.dbgitops.engine.release;

import io.jenkins.plugins.dbgitops.engine.UserInputException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders release ids such as {@code 20250115-0930-1a2b3c4}. Placeholders: {@code {commit}}, {@code {shortCommit}}
 * (7 characters), {@code {branch}} (with {@code /} as {@code -}), {@code {iteration}}, and any date pattern of
 * {@link DateTimeFormatter} letters such as {@code {yyyyMMdd-HHmm}}, in UTC.
 */
public final class ReleaseIdTemplate {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");
    private static final Pattern DATE_PATTERN = Pattern.compile("[yMdHmsSu._-]+");
    private static final Pattern RELEASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private final String template;

    private ReleaseIdTemplate(String template) {
        this.template = template;
    }

    /**
     * Checks a template: every placeholder must be known.
     *
     * @throws UserInputException naming the unknown placeholder and the known ones
     */
    public static ReleaseIdTemplate of(String template) {
        if (template == null || template.isBlank()) {
            throw new UserInputException("The release id template is empty: use for example {yyyyMMdd-HHmm}-{shortCommit}.");
        }
        Matcher matcher = PLACEHOLDER.matcher(template);
        while (matcher.find()) {
            String name = matcher.group(1);
            if (!isKnown(name)) {
                throw new UserInputException("Unknown placeholder {" + name + "} in the release id template '"
                        + template + "': use {commit}, {shortCommit}, {branch}, {iteration} or a date pattern such as"
                        + " {yyyyMMdd-HHmm}.");
            }
        }
        return new ReleaseIdTemplate(template);
    }

    public boolean usesIteration() {
        return template.contains("{iteration}");
    }

    /**
     * The release id for these values.
     *
     * @throws UserInputException when the result is not a safe file name
     */
    public String render(String commit, String branch, int iteration, Instant createdAt) {
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder id = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = switch (name) {
                case "commit" -> commit;
                case "shortCommit" -> commit.length() <= 7 ? commit : commit.substring(0, 7);
                case "branch" -> branch.replaceFirst("^refs/heads/", "").replaceAll("[^A-Za-z0-9._-]", "-");
                case "iteration" -> Integer.toString(iteration);
                default -> DateTimeFormatter.ofPattern(name).withZone(ZoneOffset.UTC).format(createdAt);
            };
            matcher.appendReplacement(id, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(id);
        String result = id.toString();
        if (!RELEASE_ID.matcher(result).matches()) {
            throw new UserInputException("The release id template '" + template + "' gives '" + result + "', which"
                    + " is not a valid release id: use letters, digits, '.', '_' and '-' only (at most 128).");
        }
        return result;
    }

    /** Whether a text is a well-formed release id (also checked when reading manifests). */
    public static boolean isValidId(String id) {
        return id != null && RELEASE_ID.matcher(id).matches();
    }

    private static boolean isKnown(String name) {
        switch (name) {
            case "commit":
            case "shortCommit":
            case "branch":
            case "iteration":
                return true;
            default:
                if (!DATE_PATTERN.matcher(name).matches()) {
                    return false;
                }
                try {
                    DateTimeFormatter.ofPattern(name);
                    return true;
                } catch (IllegalArgumentException e) {
                    return false;
                }
        }
    }

    @Override
    public String toString() {
        return template;
    }
}
