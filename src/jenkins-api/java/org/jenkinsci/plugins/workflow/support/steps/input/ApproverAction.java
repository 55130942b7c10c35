/*
 * Compile-only stand-in mirroring org.jenkins-ci.plugins:pipeline-input-step:560.v56198a_642157.
 * Real supertypes: extends InvisibleAction.
 * Signatures match the real API; bodies are placeholders. Never packaged (see pom.xml excludes).
 */
package org.jenkinsci.plugins.workflow.support.steps.input;

import hudson.model.InvisibleAction;

public class ApproverAction extends InvisibleAction {
    private final String userId;

    public ApproverAction(String userId) {
        this.userId = userId;
    }

    public String getUserId() {
        return userId;
    }
}
