package io.jenkins.plugins.dbgitops.jenkins;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import hudson.model.Item;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import hudson.util.FormValidation;
import io.jenkins.plugins.dbgitops.engine.sql.SqlEngine;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Form checks shared by the descriptors. They answer only users who may configure the job (anyone else gets an
 * empty OK, learning nothing), and validate the text alone.
 */
final class FormChecks {
    private FormChecks() {
    }

    /** Whether the user behind the request may configure {@code item}; false outside a job. */
    static boolean mayConfigure(Item item) {
        return item != null && item.hasPermission(Item.CONFIGURE);
    }

    static FormValidation failOn(String value) {
        try {
            FailOn.parse(value);
            return FormValidation.ok();
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
    }

    /** The credentials a code host token may be taken from; only the saved id for users who may not configure. */
    static ListBoxModel tokenCredentials(Item item, String current) {
        StandardListBoxModel result = new StandardListBoxModel();
        if (!mayConfigure(item)) {
            result.includeCurrentValue(current == null ? "" : current);
            return result;
        }
        result.includeEmptyValue();
        result.includeAs(ACL.SYSTEM2, item, StandardCredentials.class, List.of());
        return result;
    }

    static FormValidation required(String value, String what) {
        return value == null || value.isBlank() ? FormValidation.error("Give " + what + ".") : FormValidation.ok();
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
