package io.jenkins.plugins.dbgitops.jenkins;

import hudson.util.FormValidation;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Form checks shared by the descriptors; they validate text only and read nothing from Jenkins. */
final class FormChecks {
    private FormChecks() {
    }

    static FormValidation failOn(String value) {
        try {
            FailOn.parse(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    static FormValidation dialect(String value) {
        String known = Arrays.stream(SqlEngine.values()).map(e -> e.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            return FormValidation.ok();
        }
        try {
            SqlEngine.valueOf(value.trim().toUpperCase(Locale.ROOT));
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error("Unknown dialect '" + value + "'; use one of " + known);
        }
    }
}
