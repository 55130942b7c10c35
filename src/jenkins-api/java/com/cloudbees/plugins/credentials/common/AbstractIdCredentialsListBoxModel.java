/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins:credentials:1506.v948b_b_b_7dec44.
 * Real supertypes: extends ListBoxModel.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package com.cloudbees.plugins.credentials.common;

import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.model.Item;
import hudson.util.ListBoxModel;
import java.util.List;
import org.springframework.security.core.Authentication;

public abstract class AbstractIdCredentialsListBoxModel<T extends AbstractIdCredentialsListBoxModel<T, C>, C extends IdCredentials>
        extends ListBoxModel {
    private static final long serialVersionUID = 1L;

    public AbstractIdCredentialsListBoxModel<T, C> includeEmptyValue() {
        add("- none -", "");
        return this;
    }

    public AbstractIdCredentialsListBoxModel<T, C> includeAs(Authentication authentication, Item context,
            Class<? extends C> type, List<DomainRequirement> domainRequirements) {
        throw new UnsupportedOperationException("stand-in");
    }

    /** Stand-in behaviour: keeps the current value selectable. */
    public AbstractIdCredentialsListBoxModel<T, C> includeCurrentValue(String value) {
        add(value, value);
        return this;
    }
}
