/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins:credentials:1506.v948b_b_b_7dec44.
 * Real supertypes: extends Descriptor<CredentialsProvider>; implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package com.cloudbees.plugins.credentials;

import com.cloudbees.plugins.credentials.common.IdCredentials;
import com.cloudbees.plugins.credentials.domains.DomainRequirement;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.Run;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.jenkins.ui.icon.IconSpec;
import org.springframework.security.core.Authentication;

public abstract class CredentialsProvider extends Descriptor<CredentialsProvider>
        implements ExtensionPoint, Describable<CredentialsProvider>, IconSpec {

    public CredentialsProvider() {
        super(CredentialsProvider.class);
    }

    public <C extends Credentials> List<C> getCredentialsInItem(Class<C> type, Item item, Authentication authentication,
            List<DomainRequirement> domainRequirements) {
        return Collections.emptyList();
    }

    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
            DomainRequirement... domainRequirements) {
        return findCredentialById(id, type, run, Arrays.asList(domainRequirements));
    }

    /** Stand-in behaviour: asks each registered provider for credentials in the build's job; first id match wins. */
    public static <C extends IdCredentials> C findCredentialById(String id, Class<C> type, Run<?, ?> run,
            List<DomainRequirement> domainRequirements) {
        for (CredentialsProvider provider : ExtensionList.lookup(CredentialsProvider.class)) {
            for (C c : provider.getCredentialsInItem(type, run.getParent(), null, domainRequirements)) {
                if (id.equals(c.getId())) {
                    return c;
                }
            }
        }
        return null;
    }
}
