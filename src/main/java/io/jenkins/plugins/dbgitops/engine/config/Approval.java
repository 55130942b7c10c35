package io.jenkins.plugins.dbgitops.engine.config;

/** Whether an environment deploys as soon as it is asked to, or only with an allowed approver. */
public enum Approval {
    AUTOMATIC,
    MANUAL
}
